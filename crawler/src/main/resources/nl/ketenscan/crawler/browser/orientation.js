// The page in the orientation the gatherer emulated: how much text it shows, and the elements turned a
// quarter by a transform while holding at least half of that text.
var QUARTER = 0.05;
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
