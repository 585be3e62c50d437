/**
 * The dialogs and the sidebar the script has open. Each gets an unguessable id; the page
 * loads its HTML from /frame/<id> into a sandboxed iframe, and google.script.run calls are
 * accepted only for ids still open. Opening a sidebar closes the previous one, as in Sheets.
 */
import { randomUUID } from 'node:crypto';
import type { UiEvent } from '../services/ui.ts';

type FrameEvent = Extract<UiEvent, { kind: 'dialog' | 'sidebar' }>;

/** What the page is told about a frame: never its HTML, which it loads by id. */
export type FrameView =
  | { readonly kind: 'sidebar'; readonly frame: string; readonly title: string }
  | { readonly kind: 'dialog'; readonly frame: string; readonly title: string; readonly modal: boolean; readonly width: number; readonly height: number };

interface Frame {
  readonly view: FrameView;
  readonly html: string;
}

/** Dialogs stay open until closed; this bounds what a script opening many can pile up. */
const MAX_OPEN = 20;

export class FrameRegistry {
  private readonly frames = new Map<string, Frame>();

  open(event: FrameEvent): FrameView {
    const frame = randomUUID();
    if (event.kind === 'sidebar') {
      for (const [id, f] of this.frames) if (f.view.kind === 'sidebar') this.frames.delete(id);
    }
    const view: FrameView = event.kind === 'sidebar'
      ? { kind: 'sidebar', frame, title: event.title }
      : { kind: 'dialog', frame, title: event.title, modal: event.modal, width: event.width, height: event.height };
    this.frames.set(frame, { view, html: event.html });
    while (this.frames.size > MAX_OPEN) this.frames.delete(this.frames.keys().next().value as string);
    return view;
  }

  isOpen(id: string): boolean {
    return this.frames.has(id);
  }

  html(id: string): string | undefined {
    return this.frames.get(id)?.html;
  }

  close(id: string): void {
    this.frames.delete(id);
  }

  closeAll(): void {
    this.frames.clear();
  }
}
