/**
 * The Ui: add-on menus, sidebars, dialogs, alerts and toasts, recorded so tests can read
 * what the user would have seen. Alerts answer from a queue tests fill (default OK),
 * because a real alert suspends the script until the user clicks.
 */
import type { HtmlOutputPort, MenuPort, PromptResponsePort, UiPort } from '../../src/sheet/ports.ts';
import { KIND } from './call-counter.ts';
import { Button, ButtonSet, enumName, member } from './enums.ts';

export interface MenuItem {
  readonly caption: string;
  readonly functionName?: string;
  readonly separator?: boolean;
  readonly subMenu?: MenuRecord;
}

export interface MenuRecord {
  readonly caption: string;
  readonly addon: boolean;
  readonly items: MenuItem[];
}

export type UiEvent =
  | { readonly kind: 'menu'; readonly menu: MenuRecord }
  | { readonly kind: 'sidebar'; readonly title: string; readonly html: string }
  | { readonly kind: 'dialog'; readonly title: string; readonly html: string; readonly modal: boolean; readonly width: number; readonly height: number }
  | { readonly kind: 'alert'; readonly title: string; readonly prompt: string; readonly buttons: string; readonly answer: string }
  | { readonly kind: 'prompt'; readonly title: string; readonly prompt: string; readonly buttons: string; readonly answer: string; readonly text: string }
  | { readonly kind: 'toast'; readonly message: string; readonly title: string; readonly timeoutSeconds: number };

/**
 * Thrown by a prompt with no answer queued while someone is there to answer (the preview):
 * the page asks the person, then runs the menu item again with the answers so far.
 */
export class PromptNeeded extends Error {
  constructor(readonly title: string, readonly prompt: string, readonly buttons: string) {
    super('The script is waiting for an answer to a prompt.');
  }
}

export interface PromptAnswer {
  readonly text: string;
  /** OK, CANCEL, YES, NO or CLOSE (the dialog's ×); default OK. */
  readonly button?: string;
}

/** Local only: what the Ui showed, and the answers alerts will give. */
export class UiRecorder {
  readonly events: UiEvent[] = [];
  private answers: string[] = [];
  private typed: PromptAnswer[] = [];
  /** True while a person can answer (the preview): a prompt without a queued answer throws PromptNeeded. */
  askPerson = false;

  record(event: UiEvent): void { this.events.push(event); }
  /** Queues the buttons the next alerts return, e.g. answerAlerts('YES', 'NO'). */
  answerAlerts(...buttons: string[]): void { this.answers.push(...buttons); }
  nextAnswer(fallback: string): string { return this.answers.shift() ?? fallback; }
  /** Queues what the next prompts get: the text typed and the button pressed (default OK). */
  answerPrompts(...answers: PromptAnswer[]): void { this.typed.push(...answers); }
  /** Whether a prompt has an answer waiting (the preview asks the person for one when not). */
  hasPromptAnswer(): boolean { return this.typed.length > 0; }
  nextPrompt(): PromptAnswer | undefined { return this.typed.shift(); }
  prompts() { return this.events.filter((e) => e.kind === 'prompt'); }
  menus(): MenuRecord[] { return this.events.flatMap((e) => (e.kind === 'menu' ? [e.menu] : [])); }
  toasts() { return this.events.filter((e) => e.kind === 'toast'); }
  alerts() { return this.events.filter((e) => e.kind === 'alert'); }
  sidebars() { return this.events.filter((e) => e.kind === 'sidebar'); }
}

export class LocalMenu implements MenuPort {
  readonly [KIND] = 'Menu';
  readonly record: MenuRecord;
  constructor(private readonly ui: UiRecorder, caption: string, addon: boolean) {
    this.record = { caption, addon, items: [] };
  }
  addItem(caption: string, functionName: string): this { this.record.items.push({ caption, functionName }); return this; }
  addSeparator(): this { this.record.items.push({ caption: '', separator: true }); return this; }
  addSubMenu(menu: LocalMenu): this { this.record.items.push({ caption: menu.record.caption, subMenu: menu.record }); return this; }
  addToUi(): void { this.ui.record({ kind: 'menu', menu: this.record }); }
}

export class LocalUi implements UiPort {
  readonly [KIND] = 'Ui';
  readonly Button = Button;
  readonly ButtonSet = ButtonSet;
  constructor(private readonly recorder: UiRecorder, private readonly addonName: string) {}

  createAddonMenu(): LocalMenu { return new LocalMenu(this.recorder, this.addonName, true); }
  createMenu(caption: string): LocalMenu { return new LocalMenu(this.recorder, caption, false); }

  alert(a: string, b?: string | GoogleAppsScript.Base.ButtonSet, c?: GoogleAppsScript.Base.ButtonSet): GoogleAppsScript.Base.Button {
    const [title, prompt, buttons] = typeof b === 'string' ? [a, b, c] : ['', a, b];
    const set = buttons === undefined ? 'OK' : enumName(buttons);
    const answer = this.recorder.nextAnswer(set.startsWith('YES') ? 'YES' : 'OK');
    this.recorder.record({ kind: 'alert', title, prompt, buttons: set, answer });
    return member(Button, answer);
  }

  /**
   * A prompt answers from the queue tests (and the preview's replays) fill; with nothing
   * queued the person closed it (CLOSE, no text), or, in the preview, the person is asked.
   */
  prompt(a: string, b?: string | GoogleAppsScript.Base.ButtonSet, c?: GoogleAppsScript.Base.ButtonSet): PromptResponsePort {
    const [title, prompt, buttons] = typeof b === 'string' ? [a, b, c] : ['', a, b];
    const set = buttons === undefined ? 'OK' : enumName(buttons);
    const given = this.recorder.nextPrompt();
    if (!given && this.recorder.askPerson) throw new PromptNeeded(title, prompt, set);
    const answer = given ? (given.button ?? 'OK') : 'CLOSE';
    const text = given?.text ?? '';
    this.recorder.record({ kind: 'prompt', title, prompt, buttons: set, answer, text });
    const button = member(Button, answer);
    return { getResponseText: () => text, getSelectedButton: () => button };
  }

  showSidebar(userInterface: HtmlOutputPort): void {
    this.recorder.record({ kind: 'sidebar', title: userInterface.getTitle(), html: userInterface.getContent() });
  }

  showModalDialog(userInterface: HtmlOutputPort, title: string): void {
    this.recorder.record({ kind: 'dialog', title, html: userInterface.getContent(), modal: true, width: userInterface.getWidth(), height: userInterface.getHeight() });
  }

  showModelessDialog(userInterface: HtmlOutputPort, title: string): void {
    this.recorder.record({ kind: 'dialog', title, html: userInterface.getContent(), modal: false, width: userInterface.getWidth(), height: userInterface.getHeight() });
  }
}
