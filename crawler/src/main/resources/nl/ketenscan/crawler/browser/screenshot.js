// Marks an element for a screenshot of a finding, and takes the mark away again. Runs in the top page
// and, for an element inside another origin's frame, in that frame's context too. Called with:
//   'mark', path, maxWidth, maxHeight, margin, state, css, tag, dx, dy, shown
//       finds the element: the path's steps, joined by ' >>> ', each lead into the document of a frame or
//       the open shadow root (a closed one cannot be reached: no screenshot) of the element the step before
//       names; when tag is given the element must be of that name, so that a selector that finds another
//       element in the live page than in the DOM it was made from gives no screenshot of the wrong element;
//       puts the page in the state the failure shows in (state 'focus': the element focused; 'style': the
//       style sheet css added to the element's document or shadow root, e.g. the text spacing of 1.4.12).
//       dx, dy: where this context's viewport starts in the top page's viewport, and shown: the part of the
//       top viewport its frames show ({left, top, right, bottom}), both as an earlier call returned them.
//       Returns false when the element is not there or not shown, or when a password field holds a value
//       in a document or shadow root on the way to it, which a screenshot must never show;
//       {hop: frame, dx, dy, shown, rest} when the path leads through a frame whose document this context
//       cannot read (another origin's): the caller goes on in that frame's context with the rest of the path;
//       in the top page: the element outlined (as by 'outline') and the part of the page to capture;
//       in a frame: {rect: true, left, top, right, bottom}, the part of the top viewport that shows it
//   'outline', left, top, right, bottom, maxWidth, maxHeight, margin
//       in the top page: outlines that part of its viewport (an overlay above the page, so the page's own
//       styles stay as they are) and returns the part of the page to capture, in page coordinates: it and a
//       margin around it, cut to maxWidth by maxHeight from its top left
//   'unmark'    takes the overlay, the style sheet and the focus this context holds away again
var step = arguments[0];
var OVERLAY_ID = 'ketenscan-screenshot-mark';
var FAR = 1e9;

function outline(left, top, right, bottom, maxWidth, maxHeight, margin) {
  var old = document.getElementById(OVERLAY_ID);
  if (old) { old.remove(); }
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
}

if (step === 'outline') {
  return outline(arguments[1], arguments[2], arguments[3], arguments[4], arguments[5], arguments[6], arguments[7]);
}

// what an earlier mark left in this context goes first: the overlay, the style sheet, the focus
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
  // focusing an element in a frame leaves the frame focused in the page around it; focus is not given
  // back to what had it, whose focus handler would run again
  if (document.activeElement !== marked.focusedBefore && document.activeElement) {
    document.activeElement.blur();
  }
  delete window.__ketenscanScreenshotMark;
}
if (step === 'unmark') {
  return true;
}
var mark = { focusedBefore: document.activeElement };
window.__ketenscanScreenshotMark = mark;

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

function within(shown, left, top, right, bottom) {
  return { left: Math.max(shown.left, left), top: Math.max(shown.top, top),
    right: Math.min(shown.right, right), bottom: Math.min(shown.bottom, bottom) };
}

// the element the path names in this context, with where its document's viewport starts in the top one and
// the part of the top viewport its frames show; or the first frame crossed here, when a frame further on
// cannot be read here (its element is one this context's driver can switch into); null when there is none
function resolve(steps, dx, dy, shown) {
  var root = document;
  var firstFrame = null;
  if (window !== window.top) {
    // a frame shows no more than its viewport; the top page is captured beyond its own
    shown = within(shown, dx, dy, dx + document.documentElement.clientWidth, dy + document.documentElement.clientHeight);
  }
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
      var box = element.getBoundingClientRect();
      var style = getComputedStyle(element);
      var left = dx + box.left + element.clientLeft + parseFloat(style.paddingLeft);
      var top = dy + box.top + element.clientTop + parseFloat(style.paddingTop);
      shown = within(shown, left, top, left + element.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight),
          top + element.clientHeight - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom));
      var hop = { hop: element, dx: left, dy: top, shown: shown, rest: steps.slice(i + 1).join(' >>> ') };
      firstFrame = firstFrame || hop;
      var inner;
      try { inner = element.contentDocument; } catch (otherOrigin) { inner = null; }
      if (!inner || !inner.documentElement) {
        return firstFrame;
      }
      dx = left;
      dy = top;
      shown = within(shown, dx, dy, dx + inner.documentElement.clientWidth, dy + inner.documentElement.clientHeight);
      root = inner;
    } else if (element.shadowRoot) {
      root = element.shadowRoot;
    } else {
      return null;
    }
  }
}

var found = resolve(path.split(' >>> '), arguments[8] || 0, arguments[9] || 0,
    arguments[10] || { left: -FAR, top: -FAR, right: FAR, bottom: FAR });
if (found && found.hop) {
  return found;
}
if (!found || (tag && found.element.localName.toLowerCase() !== tag) || !ketenscanVisible(found.element)) {
  return false;
}
var element = found.element;
var win = element.ownerDocument.defaultView;
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
var shownPart = within(found.shown, found.dx + rect.left, found.dy + rect.top, found.dx + rect.right, found.dy + rect.bottom);
if (shownPart.right - shownPart.left < 1 || shownPart.bottom - shownPart.top < 1) {
  return false;
}
if (window !== window.top) {
  return { rect: true, left: shownPart.left, top: shownPart.top, right: shownPart.right, bottom: shownPart.bottom };
}
return outline(shownPart.left, shownPart.top, shownPart.right, shownPart.bottom, maxWidth, maxHeight, margin);
