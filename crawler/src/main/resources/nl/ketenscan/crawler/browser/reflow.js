// Reflow at the viewport the gatherer emulated: the outermost elements that stick out past its
// right edge, with what in them lies past it and whether the page scrolls to it or clips it.
// Two-dimensional content, and what scrolls in a container of its own, may scroll: left out.
var TWO_DIMENSIONAL = 'table:not([role=presentation]):not([role=none]), [role=grid], [role=treegrid], [role=table],'
    + ' pre, code, samp, kbd, video, canvas, math, [role=math], [role=application]';
var MEDIA = 'img, svg, iframe, object, embed, picture, [role=img]';
var MAX_OVERFLOWS = 50;
// the viewport's full width: a page that fits 320 px must not fail for the scrollbar taking 15 of them
var width = window.innerWidth;
var scroller = document.scrollingElement || document.documentElement;
var pageWidth = scroller.scrollWidth;
var scrollX = window.scrollX;

function right(element) {
  return element.getBoundingClientRect().right + scrollX;
}

function sticksOut(element) {
  return right(element) > width + 1 && ketenscanVisible(element);
}

// PAGE_SCROLLS, CUT_OFF, or null when a container of its own scrolls or clips it within the viewport.
function reach(element) {
  for (var e = element; e && e !== document.body && e !== document.documentElement; e = e.parentElement) {
    var style = getComputedStyle(e);
    if (style.position === 'fixed') {
      return 'CUT_OFF';
    }
    if (e !== element && style.overflowX !== 'visible' && right(e) <= width + 1) {
      return style.overflowX === 'auto' || style.overflowX === 'scroll' ? null : 'CUT_OFF';
    }
  }
  var clipped = ['hidden', 'clip'];
  var root = getComputedStyle(document.documentElement).overflowX;
  var body = document.body ? getComputedStyle(document.body).overflowX : 'visible';
  return clipped.indexOf(root) >= 0 || clipped.indexOf(body) >= 0 || pageWidth <= document.documentElement.clientWidth + 1
      ? 'CUT_OFF' : 'PAGE_SCROLLS';
}

// TEXT when visible text of the element lies past the edge, else MEDIA when an image or the like does.
function content(element) {
  var walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  var range = document.createRange();
  for (var node = walker.nextNode(); node; node = walker.nextNode()) {
    var parent = node.parentElement;
    if (!node.nodeValue.trim() || !parent || parent.closest(TWO_DIMENSIONAL) || !ketenscanVisible(parent)) {
      continue;
    }
    range.selectNodeContents(node);
    var rects = range.getClientRects();
    for (var i = 0; i < rects.length; i++) {
      if (rects[i].right + scrollX > width + 1 && rects[i].width > 0) {
        return 'TEXT';
      }
    }
  }
  var media = [element].concat(Array.prototype.slice.call(element.querySelectorAll(MEDIA)));
  for (var m = 0; m < media.length; m++) {
    if (media[m].matches(MEDIA) && !media[m].closest(TWO_DIMENSIONAL) && sticksOut(media[m])) {
      return 'MEDIA';
    }
  }
  return 'EMPTY';
}

var overflows = [];
if (document.body) {
  var all = document.body.querySelectorAll('*');
  for (var i = 0; i < all.length && overflows.length < MAX_OVERFLOWS; i++) {
    var element = all[i];
    var parent = element.parentElement;
    if (element.closest(TWO_DIMENSIONAL) || !sticksOut(element)
        || parent !== document.body && sticksOut(parent)) {
      continue;
    }
    var how = reach(element);
    if (how === null) {
      continue;
    }
    var rect = element.getBoundingClientRect();
    overflows.push({ selector: ketenscanSelector(element), snippet: ketenscanSnippet(element),
      content: content(element), reach: how,
      left: Math.round(rect.left + scrollX), right: Math.round(rect.right + scrollX) });
  }
}
return { viewportWidth: width, pageWidth: pageWidth, overflows: overflows };
