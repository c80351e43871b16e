// Marks an element for a screenshot of a finding, and takes the mark away again. Called with:
//   'mark', selector, maxWidth, maxHeight, margin
//       outlines the element (an overlay above the page, so the page's own styles stay as they are) and
//       returns the part of the page to capture, in page coordinates: the element and a margin around it,
//       cut to maxWidth by maxHeight from its top left; false when the element is not there or not shown,
//       or when a password field on the page holds a value, which a screenshot must never show
//   'unmark'
var step = arguments[0];
var OVERLAY_ID = 'ketenscan-screenshot-mark';
var old = document.getElementById(OVERLAY_ID);
if (old) { old.remove(); }
if (step === 'unmark') {
  return true;
}
var selector = arguments[1];
var maxWidth = arguments[2];
var maxHeight = arguments[3];
var margin = arguments[4];
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
