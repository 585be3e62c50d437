/** Pieces every view uses: labelled fields with their messages, loading and error states, chips and bars. */
import { Component, type ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';
import type { RpcError } from '../src/contract/rpc.ts';
import { percent, statusOf } from './format.ts';
import type { Remote } from './remote.ts';
import { colourOf } from './state.ts';

/** The input attributes the views set. */
interface InputProps {
  type?: 'text' | 'number' | 'date' | 'search';
  step?: string;
  required?: boolean;
  placeholder?: string;
  inputMode?: 'decimal' | 'text';
}

/** A label, its control and the control's message (aria-describedby, aria-invalid). */
export function Field(props: { label: string; hint?: string; message?: string | undefined; children: (a: { id: string; describedBy: string | undefined; invalid: boolean }) => ComponentChildren }) {
  const id = useId();
  const msgId = `${id}-msg`;
  const hintId = `${id}-hint`;
  const describedBy = [props.hint ? hintId : '', props.message ? msgId : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div>
      <label for={id}>{props.label}</label>
      {props.hint && <div id={hintId} class="hint">{props.hint}</div>}
      {props.children({ id, describedBy, invalid: Boolean(props.message) })}
      {props.message && <div id={msgId} class="error">{props.message}</div>}
    </div>
  );
}

/** Whether a goal is a done-or-not milestone (target blank or 1): its reading is Done (1) or Not done (0), not a free number. */
export const doneOrNot = (kind: string, target: number | string | null): boolean =>
  kind === 'milestone' && (target === null || String(target).trim() === '' || Number(target) === 1);

/** A done-or-not milestone's reading: a select of Done (1) and Not done (0), for a Field. */
export const DoneSelect = (props: { a: { id: string; describedBy: string | undefined; invalid: boolean }; value: string; onValue: (v: string) => void; blank: string }) => (
  <select id={props.a.id} aria-describedby={props.a.describedBy} aria-invalid={props.a.invalid} value={props.value} onChange={(e) => props.onValue(e.currentTarget.value)}>
    <option value="">{props.blank}</option>
    <option value="1">Done</option>
    <option value="0">Not done</option>
  </select>
);

/** A text, number or date input bound to a value. */
export function Input(props: { label: string; value: string; onValue: (v: string) => void; hint?: string; message?: string | undefined } & InputProps) {
  const { label, value, onValue, hint, message, ...rest } = props;
  return (
    <Field label={label} hint={hint} message={message}>
      {(a) => <input {...(rest as {})} type={(rest.type ?? "text") as "text"} id={a.id} aria-describedby={a.describedBy} aria-invalid={a.invalid} value={value} onInput={(e) => onValue(e.currentTarget.value)} />}
    </Field>
  );
}

export function Failure(props: { error: RpcError; retry?: () => void; what?: string }) {
  return (
    <div class="panel" role="alert">
      <p class="error">{props.what ? `${props.what} did not load: ${props.error.message}` : props.error.message}</p>
      {props.retry && <button type="button" onClick={props.retry}>Try again</button>}
    </div>
  );
}

/** Loading, a failure with a retry, or the view of the value. */
export function Loaded<T>(props: { data: Remote<T>; what: string; retry: () => void; children: (value: T) => ComponentChildren }) {
  const d = props.data;
  if (d.state === 'loading') return <p role="status" class="gray">Loading {props.what}…</p>;
  if (d.state === 'error') return <Failure error={d.error} retry={props.retry} />;
  return <>{props.children(d.value)}</>;
}

/** A status with its colour: the document's (settings), unless the caller passes it. */
export function StatusChip(props: { status: string; colour?: string | undefined }) {
  if (!props.status) return null;
  // A row the Status column cannot judge holds "Error: …": an Error chip, the message as its title (and read out).
  const error = statusOf(props.status) === 'Error' ? props.status.replace(/^Error:?\s*/, '') : null;
  const colour = error === null ? props.colour ?? colourOf(props.status) ?? '#e8eaed' : '#c5221f';
  // The space after the chip keeps its text apart from the words that follow ("On track no change", not "On trackno change").
  return (
    <>
      <span class="chip" title={error ?? undefined}><i aria-hidden="true" style={{ background: colour }} />{error === null ? props.status : 'Error'}{error && <span class="sr-only">: {error}</span>}</span>{' '}
    </>
  );
}

/** Progress against expected: the bar, with a mark where the goal should be by now. */
export function ProgressBar(props: { progress: number | null; expected: number | null; label: string }) {
  const p = props.progress === null ? 0 : Math.max(0, Math.min(1, props.progress));
  const text = `${percent(props.progress)} done${props.expected === null ? '' : `, ${percent(props.expected)} expected`}`;
  return (
    <div class="bar" role="img" aria-label={`${props.label}: ${text}`} title={text}>
      <span style={{ width: `${p * 100}%` }} />
      {props.expected !== null && <i style={{ left: `${Math.max(0, Math.min(1, props.expected)) * 100}%` }} />}
    </div>
  );
}

/** A result message, read out when it appears. */
export const Note = (props: { text: string; error?: boolean }) =>
  props.text ? <p role={props.error ? 'alert' : 'status'} class={props.error ? 'error' : 'ok'}>{props.text}</p> : null;

/**
 * A component drawn again only when one of its props changes (===), like preact/compat's
 * memo without compat's global option hooks. For components that read no signals.
 */
export function memo<P extends object>(draw: (props: P) => ComponentChildren): new (props: P) => Component<P> {
  return class Memo extends Component<P> {
    override shouldComponentUpdate(next: P): boolean {
      const now = this.props as Record<string, unknown>;
      for (const k in next) if ((next as Record<string, unknown>)[k] !== now[k]) return true;
      for (const k in now) if (!(k in next)) return true;
      return false;
    }
    override render(props: P): ComponentChildren {
      return draw(props);
    }
  };
}
