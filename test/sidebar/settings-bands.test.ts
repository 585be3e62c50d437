import { describe, expect, it } from 'vitest';
import { bandMessages, checkBands, percentText } from '../../sidebar/settings-bands.ts';

describe('the pace bands in the settings form', () => {
  it('reads percentages into the ratios the server keeps', () => {
    expect(checkBands({ onTrack: '90', atRisk: '70' })).toEqual({ ok: true, onTrack: 0.9, atRisk: 0.7 });
    expect(checkBands({ onTrack: ' 95.5 ', atRisk: '80' })).toEqual({ ok: true, onTrack: 0.955, atRisk: 0.8 });
    expect(percentText(0.9)).toBe('90');
    expect(percentText(0.955)).toBe('95.5');
  });

  it('refuses a blank field (Number("") is 0) in percent, naming the field', () => {
    expect(checkBands({ onTrack: '', atRisk: '70' })).toEqual({ ok: false, messages: { onTrack: 'On track from is blank: give a percentage such as 90' } });
    expect(checkBands({ onTrack: '90', atRisk: ' ' })).toEqual({ ok: false, messages: { atRisk: 'At risk from is blank: give a percentage such as 70' } });
  });

  it('refuses text, 0, more than 200% and bands out of order, in percent', () => {
    expect(checkBands({ onTrack: 'abc', atRisk: '0' })).toEqual({
      ok: false,
      messages: { onTrack: 'On track from "abc" is not a number: give a percentage such as 90', atRisk: 'At risk from is 0%: give a percentage above 0, such as 70' },
    });
    expect(checkBands({ onTrack: '900', atRisk: '70' })).toEqual({ ok: false, messages: { onTrack: 'On track from is 900%: give a percentage of 200 or less, such as 90' } });
    expect(checkBands({ onTrack: '80', atRisk: '95' })).toEqual({
      ok: false, messages: { atRisk: 'At risk from (95%) is above On track from (80%): make it the lower band, such as 70' },
    });
  });

  it("words the server's ratio refusals in percent at their fields", () => {
    const notPositive = { code: 'band-not-positive', message: 'on_track 0 and at_risk 0.7 must be pace ratios above 0, such as 0.9 and 0.7' };
    expect(bandMessages(notPositive, { onTrack: 0, atRisk: 0.7 })).toEqual({ onTrack: 'On track from is 0%: give a percentage above 0, such as 90' });
    expect(bandMessages({ code: 'bands-out-of-order', message: 'at_risk 0.95 is above on_track 0.8' }, { onTrack: 0.8, atRisk: 0.95 }))
      .toEqual({ atRisk: 'At risk from (95%) is above On track from (80%): make it the lower band, such as 70' });
    expect(bandMessages({ code: 'invalid-param', field: 'atRisk', message: 'atRisk is odd' }, { onTrack: 0.9, atRisk: 0.7 })).toEqual({ atRisk: 'At risk from is odd' });
    expect(bandMessages({ code: 'band-x', message: 'bands are odd' }, { onTrack: 0.9, atRisk: 0.7 })).toEqual({ onTrack: 'On track from: bands are odd' });
    expect(bandMessages({ code: 'invalid-param', field: 'asOf', message: 'asOf is wrong' }, { onTrack: 0.9, atRisk: 0.7 })).toBeNull();
  });
});
