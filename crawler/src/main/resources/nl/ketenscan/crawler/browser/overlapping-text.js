// Text that runs into other text once the page changed: called with 'before', it notes the boxes of
// the visible texts; called with 'after' (once the page was spaced), it returns the pairs of texts of
// different elements whose boxes now overlap and did not before. Text that overlapped already (a badge
// placed over a heading on purpose) is the author's design, not what the change did.
// The same texts are left out as by clipped-text.js: icon fonts, parts hidden from assistive
// technology, SVG graphics; and text inside a box that hides what overflows it is cut to that box,
// since what is cut off cannot run into anything (clipped-text.js reports that).
var phase = arguments[0];
var MAX_TEXTS = 3000;
var MAX_PAIRS = 20;
// A line's box is its font's height; two boxes that share less than this part of the smaller one's
// height touch (descenders, accents) rather than overprint each other.
var MIN_SHARED_HEIGHT = 0.3;
var MIN_SHARED_WIDTH = 4;

// The part of the viewport an ancestor that hides its overflow lets the text show in.
function clipBox(node) {
  var box = { left: -Infinity, top: -Infinity, right: Infinity, bottom: Infinity };
  for (var e = node.parentElement; e && e !== document.documentElement; e = e.parentElement) {
    var style = getComputedStyle(e);
    if (style.overflowX === 'visible' && style.overflowY === 'visible') {
      continue;
    }
    var rect = e.getBoundingClientRect();
    box.left = Math.max(box.left, rect.left);
    box.top = Math.max(box.top, rect.top);
    box.right = Math.min(box.right, rect.right);
    box.bottom = Math.min(box.bottom, rect.bottom);
  }
  return box;
}

// The text's line boxes in page coordinates, each cut to what its clipping ancestors show.
function boxes(node) {
  var clip = clipBox(node);
  var range = document.createRange();
  range.selectNodeContents(node);
  var rects = range.getClientRects();
  var found = [];
  for (var i = 0; i < rects.length; i++) {
    var r = rects[i];
    var left = Math.max(r.left, clip.left);
    var right = Math.min(r.right, clip.right);
    var top = Math.max(r.top, clip.top);
    var bottom = Math.min(r.bottom, clip.bottom);
    if (right - left >= 1 && bottom - top >= 1) {
      found.push({ left: left + scrollX, right: right + scrollX, top: top + scrollY, bottom: bottom + scrollY,
        height: r.height });
    }
  }
  return found;
}

function overprint(a, b) {
  var width = Math.min(a.right, b.right) - Math.max(a.left, b.left);
  var height = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
  return width >= MIN_SHARED_WIDTH && height >= MIN_SHARED_HEIGHT * Math.min(a.height, b.height);
}

function overlapping(texts) {
  var lines = [];
  texts.forEach(function (text, index) {
    boxes(text).forEach(function (box) { box.text = index; lines.push(box); });
  });
  lines.sort(function (a, b) { return a.top - b.top; });
  var pairs = {};
  for (var i = 0; i < lines.length; i++) {
    for (var j = i + 1; j < lines.length && lines[j].top < lines[i].bottom; j++) {
      var a = lines[i].text;
      var b = lines[j].text;
      if (texts[a].parentElement !== texts[b].parentElement && overprint(lines[i], lines[j])) {
        pairs[Math.min(a, b) + ':' + Math.max(a, b)] = true;
      }
    }
  }
  return pairs;
}

if (phase === 'before') {
  var texts = [];
  if (document.body) {
    var walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (var node = walker.nextNode(); node && texts.length < MAX_TEXTS; node = walker.nextNode()) {
      if (ketenscanReadableText(node)) {
        texts.push(node);
      }
    }
  }
  window.__ketenscanSpacedTexts = { texts: texts, before: overlapping(texts) };
  return texts.length;
}
var noted = window.__ketenscanSpacedTexts || { texts: [], before: {} };
delete window.__ketenscanSpacedTexts;
var shown = noted.texts.filter(function (node) { return node.isConnected && ketenscanReadableText(node); });
var indexOf = function (node) { return noted.texts.indexOf(node); };
var after = overlapping(shown);
var found = [];
var named = [];
Object.keys(after).forEach(function (key) {
  var parts = key.split(':');
  var first = shown[+parts[0]];
  var second = shown[+parts[1]];
  var before = Math.min(indexOf(first), indexOf(second)) + ':' + Math.max(indexOf(first), indexOf(second));
  if (found.length >= MAX_PAIRS || noted.before[before] || named.indexOf(first.parentElement) >= 0) {
    return;
  }
  named.push(first.parentElement);
  found.push({ selector: ketenscanSelector(first.parentElement), snippet: ketenscanSnippet(first.parentElement),
    text: first.nodeValue.trim().substring(0, 120), other: ketenscanSelector(second.parentElement),
    otherText: second.nodeValue.trim().substring(0, 120) });
});
return found;
