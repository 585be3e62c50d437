/**
 * The pace bands as the settings form shows them: percentages of expected pace (90, 70),
 * while the server keeps ratios (0.9, 0.7) and words its refusals in ratios. Every
 * message here is in the form's units and names the field it is about, before anything
 * is sent and for the server's refusals alike.
 */
import type { RpcError } from '../src/contract/rpc.ts';
import { readNumber } from './read-number.ts';

export type BandField = 'onTrack' | 'atRisk';
export const BAND_LABELS: Readonly<Record<BandField, string>> = { onTrack: 'On track from', atRisk: 'At risk from' };
const EXAMPLE: Readonly<Record<BandField, string>> = { onTrack: '90', atRisk: '70' };
/** The highest band the server takes (MAX_BAND 2 in src/core/status.ts), as a percentage. */
const MAX_PERCENT = 200;

/** A ratio as the form writes it: 0.9 → "90" (one decimal at most). */
export const percentText = (x: number | null): string => (x === null ? '' : String(Math.round(x * 1000) / 10));

export type BandCheck =
  | { readonly ok: true; readonly onTrack: number; readonly atRisk: number }
  | { readonly ok: false; readonly messages: Partial<Record<BandField, string>> };

/** The two percentages as typed, read and checked as the server would check their ratios. */
export function checkBands(typed: Readonly<Record<BandField, string>>): BandCheck {
  const messages: Partial<Record<BandField, string>> = {};
  const values: Partial<Record<BandField, number>> = {};
  for (const f of ['onTrack', 'atRisk'] as const) {
    const label = BAND_LABELS[f];
    const t = typed[f].trim();
    const read = readNumber(label, t, EXAMPLE[f]);
    if (t === '') messages[f] = `${label} is blank: give a percentage such as ${EXAMPLE[f]}`;
    else if (!read.ok) messages[f] = `${label} "${t}" is not a number: give a percentage such as ${EXAMPLE[f]}`;
    else if (!(read.value > 0)) messages[f] = `${label} is ${read.value}%: give a percentage above 0, such as ${EXAMPLE[f]}`;
    else if (read.value > MAX_PERCENT) messages[f] = `${label} is ${read.value}%: give a percentage of ${MAX_PERCENT} or less, such as ${EXAMPLE[f]}`;
    else values[f] = read.value;
  }
  const { onTrack, atRisk } = values;
  if (onTrack !== undefined && atRisk !== undefined && atRisk > onTrack) {
    messages.atRisk = `At risk from (${atRisk}%) is above On track from (${onTrack}%): make it the lower band, such as ${EXAMPLE.atRisk}`;
  }
  if (onTrack === undefined || atRisk === undefined || messages.atRisk) return { ok: false, messages };
  return { ok: true, onTrack: onTrack / 100, atRisk: atRisk / 100 };
}

/**
 * A server refusal about the bands, in the form's units by its field; null when it is not
 * about them. The server words these in ratios ("on_track 0 … such as 0.9 and 0.7").
 */
export function bandMessages(error: RpcError, sent: { readonly onTrack: number; readonly atRisk: number }): Partial<Record<BandField, string>> | null {
  const about = error.code.startsWith('band') || error.field === 'onTrack' || error.field === 'atRisk';
  if (!about) return null;
  const again = checkBands({ onTrack: percentText(sent.onTrack), atRisk: percentText(sent.atRisk) });
  if (!again.ok) return again.messages;
  // Refused for a reason the form cannot see: the server's words, at the field it names.
  const field: BandField = error.field === 'atRisk' ? 'atRisk' : 'onTrack';
  const m = error.message;
  return { [field]: m.startsWith(`${field} `) ? `${BAND_LABELS[field]}${m.slice(field.length)}` : `${BAND_LABELS[field]}: ${m}` };
}
