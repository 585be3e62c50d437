// Dialogs and the sidebar the add-on opens, drawn in the page: each is the add-on's HTML in
// a sandboxed iframe (an opaque origin, no network), served from /frame/<id>. Its only way
// to the script is google.script.run, which posts here; this page checks that the message
// comes from one of its frames and carries only what Apps Script lets cross, then forwards
// it to the server. The frame cannot reach the preview's API any other way.

/** [DOC] platform §3, minus allow-same-origin: here that origin would be the preview's own. */
const SANDBOX = 'allow-scripts allow-forms allow-modals allow-popups allow-popups-to-escape-sandbox allow-downloads';
const SIDEBAR_WIDTH = 300;
const MAX_DEPTH = 64;

function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Plain JSON data only: postMessage could carry Dates, Maps or Blobs from a frame that skips the bridge. */
function isPlain(value, depth = 0) {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value);
  if (typeof value !== 'object' || depth > MAX_DEPTH) return false;
  if (Array.isArray(value)) return value.every((v) => isPlain(v, depth + 1));
  const proto = Object.getPrototypeOf(value);
  return (proto === Object.prototype || proto === null) && Object.values(value).every((v) => isPlain(v, depth + 1));
}

export class Frames {
  /** @param {object} on  run(frame, fn, args) → Promise<{result, ui, selection?}>, ui(events, selection?), closed(frame), focusGrid() */
  constructor(on) {
    this.on = on;
    this.open = new Map();
    window.addEventListener('message', (e) => this.message(e));
  }

  show(event) {
    if (event.kind === 'sidebar') this.showSidebar(event);
    else this.showDialog(event);
  }

  iframe(event, width, height) {
    const frame = document.createElement('iframe');
    frame.setAttribute('sandbox', SANDBOX);
    frame.setAttribute('title', event.title || 'Add-on');
    frame.src = `/frame/${encodeURIComponent(event.frame)}`;
    frame.style.width = width;
    frame.style.height = height;
    return frame;
  }

  showDialog(event) {
    const box = el('dialog', 'addon-dialog');
    box.setAttribute('aria-label', event.title || 'Dialog');
    const head = el('header');
    head.append(el('h2', '', event.title));
    const close = el('button', 'close', '×');
    close.type = 'button';
    close.setAttribute('aria-label', 'Close');
    close.addEventListener('click', () => this.close(event.frame));
    head.append(close);
    const width = Math.min(event.width, window.innerWidth - 48);
    const height = Math.min(event.height, window.innerHeight - 120);
    const frame = this.iframe(event, `${width}px`, `${height}px`);
    box.append(head, frame);
    box.addEventListener('cancel', (e) => { e.preventDefault(); this.close(event.frame); });
    document.body.append(box);
    if (event.modal) box.showModal();
    else box.show();
    this.open.set(event.frame, { kind: 'dialog', frame, container: box });
  }

  showSidebar(event) {
    // Opening a sidebar closes the one before, as in Sheets.
    for (const [id, f] of this.open) if (f.kind === 'sidebar') this.close(id, false);
    const aside = document.getElementById('sidebar');
    const title = document.getElementById('sidebar-title');
    title.textContent = event.title;
    const frame = this.iframe(event, `${SIDEBAR_WIDTH}px`, '100%');
    document.getElementById('sidebar-body').replaceChildren(frame);
    document.getElementById('sidebar-close').onclick = () => this.close(event.frame);
    aside.hidden = false;
    this.open.set(event.frame, { kind: 'sidebar', frame, container: aside });
  }

  close(id, tellServer = true) {
    const f = this.open.get(id);
    if (!f) return;
    this.open.delete(id);
    if (f.kind === 'dialog') {
      f.container.close();
      f.container.remove();
    } else {
      f.container.hidden = true;
      document.getElementById('sidebar-body').replaceChildren();
    }
    if (tellServer) this.on.closed(id);
  }

  async message(e) {
    const entry = [...this.open].find(([, f]) => f.frame.contentWindow === e.source);
    // Only our frames, and only while sandboxed (their origin is opaque, so it reads "null").
    if (!entry || e.origin !== 'null') return;
    const [id, f] = entry;
    const m = e.data;
    if (!m || typeof m !== 'object' || typeof m.type !== 'string') return;
    if (m.type === 'goalpost:close') this.close(id);
    else if (m.type === 'goalpost:focusEditor') this.on.focusGrid();
    else if ((m.type === 'goalpost:setHeight' || m.type === 'goalpost:setWidth') && f.kind === 'dialog') this.resize(f, m.type, m.value);
    else if (m.type === 'goalpost:run') await this.run(id, e.source, m);
  }

  /** [DOC] Dialogs resize; sidebars keep their fixed width. */
  resize(f, type, value) {
    if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) return;
    if (type === 'goalpost:setHeight') f.frame.style.height = `${Math.min(value, window.innerHeight - 120)}px`;
    else f.frame.style.width = `${Math.min(value, window.innerWidth - 48)}px`;
  }

  async run(id, source, m) {
    const reply = (result) => source.postMessage({ type: 'goalpost:result', id: m.id, ...result }, '*');
    if (typeof m.id !== 'number' || typeof m.fn !== 'string' || !Array.isArray(m.args) || !isPlain(m.args)) {
      reply({ ok: false, error: 'Failed due to illegal value in property: 0' });
      return;
    }
    try {
      const { result, ui, selection } = await this.on.run(id, m.fn, m.args);
      // The frame may have closed meanwhile: then nobody is listening, as in Apps Script.
      if (this.open.has(id)) reply(result);
      this.on.ui(ui, selection);
    } catch (error) {
      if (this.open.has(id)) reply({ ok: false, error: error.message });
    }
  }
}
