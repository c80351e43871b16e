// Evaluated in every new document before its own scripts (registered once per browser, as axe is):
// records what the page's scripts set up and do that no DOM snapshot shows. The listeners it adds for
// the kinds of input that the criteria of motion, keys, pointers and input speak to, with their source;
// the text that changes after the page loaded; the media that start playing; whether its scripts ask
// about the screen's orientation (media queries of orientation or aspect ratio, orientation events).
// Changes nothing the page sees, except that addEventListener and matchMedia are wrapped.
(function () {
  if (window.__ketenscanBehaviour) {
    return;
  }
  var MAX_LISTENERS = 1000;
  var MAX_CHANGES = 50;
  var WATCHED = /^(keydown|keypress|keyup|devicemotion|deviceorientation|touchstart|touchmove|pointerdown|pointermove|mousedown|click|gesturestart|mouseover|mouseenter|pointerover|pointerenter)$/;
  var ORIENTATION_QUERY = /orientation|aspect-ratio/i;
  var record = { listeners: [], changes: [], loaded: false, orientation: false };
  Object.defineProperty(window, '__ketenscanBehaviour', { value: record });
  var add = EventTarget.prototype.addEventListener;
  EventTarget.prototype.addEventListener = function (type, listener) {
    try {
      if (type === 'orientationchange' || (type === 'change' && window.screen && this === screen.orientation)) {
        record.orientation = true;
      }
      if (listener && WATCHED.test(type) && record.listeners.length < MAX_LISTENERS) {
        var handler = typeof listener === 'function' ? listener : listener.handleEvent;
        // only key handlers are read for what they do; the others count by where they are
        var source = handler && type.indexOf('key') === 0 ? String(handler).substring(0, 4000) : '';
        record.listeners.push({ target: this, type: type, source: source });
      }
    } catch (ignored) {
      // a listener that cannot be described is still added
    }
    return add.apply(this, arguments);
  };
  var matchMedia = window.matchMedia;
  if (matchMedia) {
    window.matchMedia = function (query) {
      if (ORIENTATION_QUERY.test(String(query))) {
        record.orientation = true;
      }
      return matchMedia.apply(this, arguments);
    };
  }
  add.call(window, 'load', function () {
    record.loaded = true;
    if (!document.body || !window.MutationObserver) {
      return;
    }
    new MutationObserver(function (mutations) {
      mutations.forEach(function (mutation) {
        var node = mutation.type === 'characterData' ? mutation.target.parentElement : mutation.target;
        var text = mutation.type === 'characterData' ? mutation.target.nodeValue
            : Array.prototype.map.call(mutation.addedNodes, function (n) { return n.textContent || ''; }).join(' ');
        if (node && node.nodeType === 1 && text.trim() && record.changes.length < MAX_CHANGES) {
          record.changes.push({ element: node, text: text.trim().substring(0, 200) });
        }
      });
    }).observe(document.body, { childList: true, subtree: true, characterData: true });
  });
})();
