// google.script.run and google.script.host inside a dialog or sidebar of the preview. This
// runs first in the page the add-on built, which the preview serves into a sandboxed
// iframe with an opaque origin and no network access (connect-src 'none'): its only way to
// the script is postMessage to the preview page, which forwards calls to the server.
// What may cross follows Apps Script ([DOC] platform §3): numbers, strings, booleans, null,
// and arrays and plain objects of them; a <form> as the only argument; never a Date, a
// function, a DOM node or a circular structure. The preview fills in CONFIG when serving.
(function (CONFIG) {
  'use strict';
  var MAX_CONCURRENT = 10; // [DOC] at most 10 calls at once; more are queued
  var pending = new Map();
  var queue = [];
  var inFlight = 0;
  var nextId = 1;

  // [3P/UNCONFIRMED] Apps Script's wording, naming the innermost property ("0" for a first argument).
  function illegal(key) {
    return new Error('Failed due to illegal value in property: ' + key);
  }

  function encode(value, key, seen) {
    if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
    if (typeof value === 'number') return isFinite(value) ? value : null;
    if (typeof value !== 'object' || seen.has(value)) throw illegal(key);
    var proto = Object.getPrototypeOf(value);
    var isArray = Array.isArray(value);
    if (!isArray && proto !== Object.prototype && proto !== null) throw illegal(key);
    seen.add(value);
    var out;
    if (isArray) {
      out = value.map(function (v, i) { return v === undefined ? null : encode(v, String(i), seen); });
    } else {
      out = {};
      Object.keys(value).forEach(function (k) { if (value[k] !== undefined) out[k] = encode(value[k], k, seen); });
    }
    seen.delete(value);
    return out;
  }

  // [DOC] A form becomes {fieldName: value}. File inputs would become Blobs: not in the preview.
  function formObject(form) {
    var out = {};
    new FormData(form).forEach(function (value, name) {
      if (typeof value !== 'string') throw new Error('The local preview cannot send file inputs (field "' + name + '").');
      if (!(name in out)) out[name] = value;
    });
    return out;
  }

  function pump() {
    while (inFlight < MAX_CONCURRENT && queue.length > 0) {
      inFlight++;
      window.parent.postMessage(queue.shift(), CONFIG.parentOrigin);
    }
  }

  function call(name, args, handlers) {
    var form = args.length === 1 && args[0] instanceof HTMLFormElement;
    var encoded = form ? [formObject(args[0])] : args.map(function (a, i) { return a === undefined ? null : encode(a, String(i), new Set()); });
    var id = nextId++;
    pending.set(id, handlers);
    queue.push({ type: 'goalpost:run', id: id, fn: name, args: encoded });
    pump();
  }

  // Each with* returns a new runner, reusable, as in Apps Script.
  function runner(handlers) {
    var run = {
      withSuccessHandler: function (fn) { return runner(Object.assign({}, handlers, { success: fn })); },
      withFailureHandler: function (fn) { return runner(Object.assign({}, handlers, { failure: fn })); },
      withUserObject: function (obj) { return runner(Object.assign({}, handlers, { userObject: obj })); },
    };
    CONFIG.functions.forEach(function (name) {
      run[name] = function () { call(name, Array.prototype.slice.call(arguments), handlers); };
    });
    return Object.freeze(run);
  }

  window.addEventListener('message', function (event) {
    if (event.source !== window.parent || event.origin !== CONFIG.parentOrigin) return;
    var m = event.data;
    if (!m || m.type !== 'goalpost:result' || !pending.has(m.id)) return;
    var handlers = pending.get(m.id);
    pending.delete(m.id);
    inFlight--;
    pump();
    if (m.warning) console.warn(m.warning);
    if (m.ok) {
      if (handlers.success) handlers.success(m.value, handlers.userObject);
    } else {
      var error = new Error(m.error);
      if (handlers.failure) handlers.failure(error, handlers.userObject);
      else console.error(error);
    }
  });

  function tell(type, value) {
    window.parent.postMessage({ type: type, value: value }, CONFIG.parentOrigin);
  }

  window.google = {
    script: {
      run: runner({}),
      host: {
        origin: CONFIG.parentOrigin,
        close: function () { tell('goalpost:close'); },
        setHeight: function (h) { tell('goalpost:setHeight', Number(h)); },
        setWidth: function (w) { tell('goalpost:setWidth', Number(w)); },
        editor: { focus: function () { tell('goalpost:focusEditor'); } },
      },
      sandbox: { mode: 'IFRAME' },
    },
  };
})
