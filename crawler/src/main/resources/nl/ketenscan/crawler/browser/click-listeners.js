// Evaluated in every new document before the page's own scripts: marks each element that gets a click,
// mouse or pointer listener, so the tab walk can name elements that act on a click but take no focus.
(function () {
  var MARK = Symbol.for('ketenscan.clickListener');
  var TYPES = { click: 1, mousedown: 1, mouseup: 1, pointerdown: 1, pointerup: 1 };
  var add = EventTarget.prototype.addEventListener;
  EventTarget.prototype.addEventListener = function (type, listener, options) {
    if (TYPES[type] === 1 && this && this.nodeType === 1) {
      try { Object.defineProperty(this, MARK, { value: true, configurable: true }); } catch (e) { /* frozen */ }
    }
    return add.call(this, type, listener, options);
  };
})();
