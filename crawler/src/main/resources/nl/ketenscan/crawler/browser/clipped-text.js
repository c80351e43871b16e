// Text that stops fitting: called with 'before', it notes the visible text that is wholly within the
// boxes of the ancestors that clip it; called with 'after' (once the page was zoomed or spaced), it
// returns those texts that are now cut off in part, with part still in view, and forgets the notes
// when nothing is cut off or when its second argument says this is the last look. Text cut off wholly is
// left out: a menu that collapses or a panel that closes hides its text on purpose.
// Text of icon fonts, of parts hidden from assistive technology and of SVG graphics is left out: a
// ligature icon spelled out by letter spacing is no content lost, and SVG text does not wrap, so a
// drawing's labels are judged as the image they are part of.
var phase = arguments[0];
var last = arguments[1];
var MAX_TEXTS = 3000;
var MAX_CLIPPED = 50;

// The ancestors that clip the node, each with the axes it clips: only those in its containing block
// chain clip it, so an absolutely positioned box escapes static ancestors and a fixed one all of them.
function clippers(node) {
  var found = [];
  for (var e = node.parentElement; e && e !== document.documentElement;) {
    var style = getComputedStyle(e);
    var x = style.overflowX === 'hidden' || style.overflowX === 'clip';
    var y = style.overflowY === 'hidden' || style.overflowY === 'clip';
    if (x || y) {
      found.push({ element: e, x: x, y: y });
    }
    if (style.position === 'fixed') {
      break;
    }
    var next = e.parentElement;
    if (style.position === 'absolute') {
      while (next && next !== document.documentElement && getComputedStyle(next).position === 'static') {
        next = next.parentElement;
      }
    }
    e = next;
  }
  return found;
}

// 'whole', 'part' (some in view, some cut off) or 'none' in view.
function fit(node) {
  var box = { left: -Infinity, top: -Infinity, right: Infinity, bottom: Infinity };
  clippers(node).forEach(function (clipper) {
    var rect = clipper.element.getBoundingClientRect();
    var left = rect.left + clipper.element.clientLeft;
    var top = rect.top + clipper.element.clientTop;
    if (clipper.x) {
      box.left = Math.max(box.left, left);
      box.right = Math.min(box.right, left + clipper.element.clientWidth);
    }
    if (clipper.y) {
      box.top = Math.max(box.top, top);
      box.bottom = Math.min(box.bottom, top + clipper.element.clientHeight);
    }
  });
  var range = document.createRange();
  range.selectNodeContents(node);
  var rects = range.getClientRects();
  var seen = false;
  var cut = false;
  for (var i = 0; i < rects.length; i++) {
    var r = rects[i];
    if (r.width < 1 || r.height < 1) {
      continue;
    }
    var inX = Math.min(r.right, box.right) - Math.max(r.left, box.left);
    var inY = Math.min(r.bottom, box.bottom) - Math.max(r.top, box.top);
    seen = seen || inX > 1 && inY > 1;
    cut = cut || r.left < box.left - 1 || r.right > box.right + 1 || r.top < box.top - 1 || r.bottom > box.bottom + 1;
  }
  return !seen ? 'none' : cut ? 'part' : 'whole';
}

if (phase === 'before') {
  var texts = [];
  if (document.body) {
    var walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (var node = walker.nextNode(); node && texts.length < MAX_TEXTS; node = walker.nextNode()) {
      if (ketenscanReadableText(node) && fit(node) === 'whole') {
        texts.push(node);
      }
    }
  }
  window.__ketenscanFittingText = texts;
  return texts.length;
}
var clipped = [];
var named = [];
(window.__ketenscanFittingText || []).forEach(function (node) {
  var parent = node.parentElement;
  if (clipped.length >= MAX_CLIPPED || !node.isConnected || named.indexOf(parent) >= 0 || !ketenscanReadableText(node)
      || fit(node) !== 'part') {
    return;
  }
  named.push(parent);
  var by = clippers(node).map(function (c) { return c.element; });
  clipped.push({ selector: ketenscanSelector(parent), snippet: ketenscanSnippet(parent),
    clippedBy: by.length ? ketenscanSelector(by[0]) : null, text: node.nodeValue.trim().substring(0, 120) });
});
if (!clipped.length || last) {
  delete window.__ketenscanFittingText;
}
return clipped;
