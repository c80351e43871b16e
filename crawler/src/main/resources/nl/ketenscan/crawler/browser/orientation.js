// The page's response to the screen's orientation. Called with 'responds': whether anything in the page
// can tell the orientation at all: a style sheet's media query of orientation or aspect ratio (also in
// @import and <link media>), a style sheet it cannot read (another site's), or a script that asked (the
// behaviour recorder notes matchMedia queries and orientation events; without its record, the page may
// have). Called with 'view', in the orientation the gatherer emulated: how much text it shows, and the
// elements turned a quarter by a transform while holding at least half of that text.
var step = arguments[0];
var QUARTER = 0.05;
var ORIENTATION_QUERY = /orientation|aspect-ratio/i;

function respondingRules(rules) {
  for (var i = 0; i < rules.length; i++) {
    var rule = rules[i];
    if (rule.media && ORIENTATION_QUERY.test(rule.media.mediaText)) {
      return true;
    }
    if (rule.conditionText && ORIENTATION_QUERY.test(rule.conditionText)) {
      return true;
    }
    if (rule.styleSheet && respondingSheet(rule.styleSheet)) {
      return true;
    }
    if (rule.cssRules && respondingRules(rule.cssRules)) {
      return true;
    }
  }
  return false;
}

function respondingSheet(sheet) {
  if (sheet.media && ORIENTATION_QUERY.test(sheet.media.mediaText)) {
    return true;
  }
  try {
    return respondingRules(sheet.cssRules);
  } catch (otherSite) {
    return true;
  }
}

if (step === 'responds') {
  var record = window.__ketenscanBehaviour;
  if (!record || record.orientation || typeof window.onorientationchange === 'function'
      || (window.screen && screen.orientation && typeof screen.orientation.onchange === 'function')) {
    return true;
  }
  for (var s = 0; s < document.styleSheets.length; s++) {
    if (respondingSheet(document.styleSheets[s])) {
      return true;
    }
  }
  return Array.prototype.some.call(document.adoptedStyleSheets || [], respondingSheet);
}

var text = document.body ? document.body.innerText.trim().length : 0;
var rotated = [];

function turnedAQuarter(element) {
  var transform = getComputedStyle(element).transform;
  if (!transform || transform === 'none') {
    return false;
  }
  var m = new DOMMatrixReadOnly(transform);
  return Math.abs(m.a) < QUARTER && Math.abs(Math.abs(m.b) - 1) < QUARTER;
}

var candidates = [document.documentElement];
if (document.body) {
  candidates.push(document.body);
  Array.prototype.forEach.call(document.body.children, function (child) {
    candidates.push(child);
    Array.prototype.forEach.call(child.children, function (grandchild) { candidates.push(grandchild); });
  });
}
candidates.forEach(function (element) {
  if (turnedAQuarter(element) && (element.innerText || '').trim().length * 2 >= text) {
    rotated.push(ketenscanSelector(element));
  }
});
return { visibleText: text, rotated: rotated };
