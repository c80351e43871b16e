// Marks an element for a screenshot of a finding, and takes the mark away again. Called with:
//   'mark', selector, maxWidth, maxHeight, margin, state, css, tag
//       finds the element: the selector is a path whose steps, joined by ' >>> ', each lead into the
//       document of a frame of the page's own origin or the open shadow root of the element the step
//       before names (another origin's frame or a closed shadow root cannot be reached: no screenshot);
//       when tag is given the element must be of that name, so that a selector that finds another element
//       in the live page than in the DOM it was made from gives no screenshot of the wrong element;
//       puts the page in the state the failure shows in (state 'focus': the element focused; 'style': the
//       style sheet css added to the element's document or shadow root, e.g. the text spacing of 1.4.12),
//       outlines the element (an overlay above the top page, so the page's own styles stay as they are) and
//       returns the part of the page to capture, in page coordinates: the element, as far as its frames
//       show it, and a margin around it, cut to maxWidth by maxHeight from its top left; false when the
//       element is not there or not shown, or when a password field holds a value in a document or shadow
//       root on the way to it, which a screenshot must never show
//   'unmark'    takes the overlay, the style sheet and the focus away again
var step = arguments[0];
var OVERLAY_ID = 'ketenscan-screenshot-mark';
var old = document.getElementById(OVERLAY_ID);
if (old) { old.remove(); }
var marked = window.__ketenscanScreenshotMark;
if (marked) {
  if (marked.sheet) { marked.sheet.remove(); }
  if (marked.focus) {
    marked.focus.element.blur();
    if (marked.focus.win.navigation) { marked.focus.win.navigation.removeEventListener('navigate', marked.focus.stay); }
    marked.focus.win.open = marked.focus.open;
  }
  delete window.__ketenscanScreenshotMark;
}
if (step === 'unmark') {
  return true;
}
var path = arguments[1];
var maxWidth = arguments[2];
var maxHeight = arguments[3];
var margin = arguments[4];
var state = arguments[5];
var css = arguments[6];
var tag = arguments[7];

function holdsPassword(root) {
  return Array.prototype.some.call(root.querySelectorAll('input[type=password]'), function (field) {
    return field.value !== '';
  });
}

// the element the path names, and the part of the top viewport its frames show (frames clip what they hold)
function resolve(steps) {
  var root = document;
  var shown = { left: -Infinity, top: -Infinity, right: Infinity, bottom: Infinity };
  var dx = 0;
  var dy = 0;
  for (var i = 0; ; i++) {
    if (holdsPassword(root)) {
      return null;
    }
    var element;
    try { element = root.querySelector(steps[i]); } catch (e) { return null; }
    if (!element) {
      return null;
    }
    if (i === steps.length - 1) {
      return { element: element, root: root, dx: dx, dy: dy, shown: shown };
    }
    if (element.localName === 'iframe' || element.localName === 'frame') {
      var inner;
      try { inner = element.contentDocument; } catch (otherOrigin) { inner = null; }
      if (!inner || !inner.documentElement) {
        return null;
      }
      var box = element.getBoundingClientRect();
      var style = getComputedStyle(element);
      var left = dx + box.left + element.clientLeft + parseFloat(style.paddingLeft);
      var top = dy + box.top + element.clientTop + parseFloat(style.paddingTop);
      shown = { left: Math.max(shown.left, left), top: Math.max(shown.top, top),
        right: Math.min(shown.right, left + inner.documentElement.clientWidth),
        bottom: Math.min(shown.bottom, top + inner.documentElement.clientHeight) };
      dx = left;
      dy = top;
      root = inner;
    } else if (element.shadowRoot) {
      root = element.shadowRoot;
    } else {
      return null;
    }
  }
}

var found = resolve(path.split(' >>> '));
if (!found || (tag && found.element.localName.toLowerCase() !== tag) || !ketenscanVisible(found.element)) {
  return false;
}
var element = found.element;
var win = element.ownerDocument.defaultView;
var mark = {};
window.__ketenscanScreenshotMark = mark;
if (state === 'focus' && element.focus) {
  // a focus handler must not take the page away or open a window: the tab walk saw what it does
  mark.focus = { element: element, win: win, open: win.open,
    stay: function (event) { if (event.cancelable) { event.preventDefault(); } } };
  if (win.navigation) { win.navigation.addEventListener('navigate', mark.focus.stay); }
  win.open = function () { return null; };
  element.focus({ preventScroll: true });
} else if (state === 'style') {
  mark.sheet = element.ownerDocument.createElement('style');
  mark.sheet.textContent = css;
  (found.root.head || found.root).appendChild(mark.sheet);
}
var rect = element.getBoundingClientRect();
var left = Math.max(found.shown.left, found.dx + rect.left);
var top = Math.max(found.shown.top, found.dy + rect.top);
var right = Math.min(found.shown.right, found.dx + rect.right);
var bottom = Math.min(found.shown.bottom, found.dy + rect.bottom);
if (right - left < 1 || bottom - top < 1) {
  return false;
}
var width = right - left;
var height = bottom - top;
left += scrollX;
top += scrollY;
var overlay = document.createElement('div');
overlay.id = OVERLAY_ID;
overlay.setAttribute('aria-hidden', 'true');
overlay.style.cssText = 'position:absolute;pointer-events:none;z-index:2147483647;box-sizing:border-box;'
    + 'border:3px solid #d10069;outline:2px solid #fff;'
    + 'left:' + (left - 3) + 'px;top:' + (top - 3) + 'px;width:' + (width + 6) + 'px;height:' + (height + 6) + 'px;';
document.body.appendChild(overlay);
var x = Math.max(0, left - margin);
var y = Math.max(0, top - margin);
return { x: x, y: y, width: Math.min(maxWidth, width + 2 * margin), height: Math.min(maxHeight, height + 2 * margin) };
