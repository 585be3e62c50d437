/** The template gallery: the four worked examples, each a goal table made with one click (createTable). */
import { signal } from '@preact/signals';
import { TEMPLATE_NAMES, type TemplateName } from '../../src/core/vocabulary.ts';
import { call } from '../remote.ts';
import { announcement, reloadAll } from '../state.ts';
import { Note } from '../ui.tsx';

const ABOUT: Record<TemplateName, string> = {
  Retail: 'Sales, basket value, returns',
  Healthcare: 'Wait times, readmissions',
  Manufacturing: 'OEE, defects, downtime',
  Software: 'Uptime, NPS, lead time',
};

const busy = signal<TemplateName | ''>('');
const failure = signal('');

async function make(template: TemplateName) {
  busy.value = template;
  failure.value = '';
  const result = await call('createTable', { template });
  busy.value = '';
  if (!result.ok) {
    failure.value = result.error.message;
    return;
  }
  announcement.value = `Made "${result.value.table.sheetName}".`;
  await reloadAll();
}

export function TemplateGallery() {
  return (
    <div>
      <div class="cards" role="group" aria-label="Templates">
        {TEMPLATE_NAMES.map((t) => (
          <button key={t} type="button" disabled={busy.value !== ''} onClick={() => void make(t)}>
            {busy.value === t ? 'Making…' : t}<br /><span class="hint">{ABOUT[t]}</span>
          </button>
        ))}
      </div>
      <Note text={failure.value} error />
    </div>
  );
}
