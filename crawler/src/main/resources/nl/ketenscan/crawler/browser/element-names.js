// How gatherers name the elements they report: a CSS selector that finds the element again (an id
// when it is unique, else the path of tag names from the nearest such id or the root, with the child
// position where a sibling has the same tag), and
// its HTML cut to a length a finding can show. Prepended to each gatherer's script by PageScripts.
function ketenscanSelector(element) {
  var steps = [];
  for (var e = element; e && e.nodeType === 1; e = e.parentElement) {
    if (e.id && document.querySelectorAll('#' + CSS.escape(e.id)).length === 1) {
      steps.unshift('#' + CSS.escape(e.id));
      break;
    }
    var step = e.localName;
    var parent = e.parentElement;
    var alike = parent ? Array.prototype.filter.call(parent.children, function (c) { return c.localName === e.localName; }) : [];
    if (alike.length > 1) {
      step += ':nth-child(' + (Array.prototype.indexOf.call(parent.children, e) + 1) + ')';
    }
    steps.unshift(step);
  }
  return steps.join(' > ');
}

function ketenscanSnippet(element) {
  var html = element.outerHTML || '';
  return html.length > 600 ? html.substring(0, 600) : html;
}

// Whether the element is rendered and can be seen: it has a box, and neither it nor an ancestor is
// invisible or fully transparent. The browser's own checkVisibility walks the ancestors far cheaper than
// a computed style for each (the older option names too, for a Grid node's Chromium before 121).
function ketenscanVisible(element) {
  var rect = element.getBoundingClientRect();
  return rect.width >= 2 && rect.height >= 2 && element.checkVisibility({ opacityProperty: true,
      visibilityProperty: true, checkOpacity: true, checkVisibilityCSS: true });
}

// Where a pointer goes to hover over the element: the middle of its box in the viewport, or false when
// that lies outside the viewport, where a pointer cannot reach it.
function ketenscanMiddle(element) {
  var r = element.getBoundingClientRect();
  var x = r.left + r.width / 2, y = r.top + r.height / 2;
  return x >= 0 && y >= 0 && x < innerWidth && y < innerHeight ? [x, y] : false;
}

// Whether a text node is text a reader reads: not blank, shown, not hidden from assistive technology,
// not in a script, style or SVG graphic (whose text does not wrap: it is judged as the image it is part
// of), and not an icon font's ligature, which spelled out by letter spacing is no content lost.
function ketenscanReadableText(node) {
  var parent = node.parentElement;
  return node.nodeValue.trim() && parent && !parent.closest('[aria-hidden=true], script, style, noscript, svg')
      && !/icon|material|awesome|glyph|symbol/i.test(getComputedStyle(parent).fontFamily) && ketenscanVisible(parent);
}
