// Small DOM helpers for the page. Text goes in through textContent only.

export const $ = (id) => document.getElementById(id);

export function el(tag, props = {}, text) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) node.setAttribute(k, v);
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Text from the person (the page's own prompt, or a script's Ui.prompt with its message), or null when cancelled. */
export function ask(title, value, message = '') {
  return new Promise((resolve) => {
    const box = $('ask');
    $('ask-title').textContent = title;
    $('ask-text').textContent = message;
    $('ask-text').hidden = message === '';
    $('ask-input').value = value;
    box.returnValue = '';
    box.addEventListener('close', () => resolve(box.returnValue === 'ok' ? $('ask-input').value : null), { once: true });
    box.showModal();
    $('ask-input').select();
  });
}
