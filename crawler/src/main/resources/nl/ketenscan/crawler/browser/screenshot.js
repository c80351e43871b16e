// Marks an element for a screenshot of a finding, and takes the mark away again. Called with:
//   'mark', selector, maxWidth, maxHeight, margin, state, css
//       puts the page in the state the failure shows in (state 'focus': the element focused; 'style': the
//       style sheet css added, e.g. the text spacing of 1.4.12), outlines the element (an overlay above the
//       page, so the page's own styles stay as they are) and
//       returns the part of the page to capture, in page coordinates: the element and a margin around it,
//       cut to maxWidth by maxHeight from its top left; false when the element is not there or not shown,
//       or when a password field on the page holds a value, which a screenshot must never show
//   'unmark'    takes the overlay, the style sheet and the focus away again
var step = arguments[0];
var OVERLAY_ID = 'ketenscan-screenshot-mark';
var STYLE_ID = 'ketenscan-screenshot-style';
['ketenscan-screenshot-mark', STYLE_ID].forEach(function (id) {
  var old = document.getElementById(id);
  if (old) { old.remove(); }
});
if (step === 'unmark') {
  var focused = window.__ketenscanScreenshotFocus;
  if (focused) {
    focused.element.blur();
    if (window.navigation) { navigation.removeEventListener('navigate', focused.stay); }
    window.open = focused.open;
    delete window.__ketenscanScreenshotFocus;
  }
  return true;
}
var selector = arguments[1];
var maxWidth = arguments[2];
var maxHeight = arguments[3];
var margin = arguments[4];
var state = arguments[5];
var css = arguments[6];
var filled = Array.prototype.some.call(document.querySelectorAll('input[type=password]'), function (field) {
  return field.value !== '';
});
if (filled) {
  return false;
}
var element;
try { element = document.querySelector(selector); } catch (e) { return false; }
if (!element || !ketenscanVisible(element)) {
  return false;
}
if (state === 'focus' && element.focus) {
  // a focus handler must not take the page away or open a window: the tab walk saw what it does
  var focused = { element: element, open: window.open,
    stay: function (event) { if (event.cancelable) { event.preventDefault(); } } };
  if (window.navigation) { navigation.addEventListener('navigate', focused.stay); }
  window.open = function () { return null; };
  window.__ketenscanScreenshotFocus = focused;
  element.focus({ preventScroll: true });
} else if (state === 'style') {
  var sheet = document.createElement('style');
  sheet.id = STYLE_ID;
  sheet.textContent = css;
  document.head.appendChild(sheet);
}
var rect = element.getBoundingClientRect();
if (rect.width < 1 || rect.height < 1) {
  return false;
}
var left = rect.left + scrollX;
var top = rect.top + scrollY;
var overlay = document.createElement('div');
overlay.id = OVERLAY_ID;
overlay.setAttribute('aria-hidden', 'true');
overlay.style.cssText = 'position:absolute;pointer-events:none;z-index:2147483647;box-sizing:border-box;'
    + 'border:3px solid #d10069;outline:2px solid #fff;'
    + 'left:' + (left - 3) + 'px;top:' + (top - 3) + 'px;width:' + (rect.width + 6) + 'px;height:' + (rect.height + 6) + 'px;';
document.body.appendChild(overlay);
var x = Math.max(0, left - margin);
var y = Math.max(0, top - margin);
return { x: x, y: y, width: Math.min(maxWidth, rect.width + 2 * margin), height: Math.min(maxHeight, rect.height + 2 * margin) };
