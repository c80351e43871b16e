// What the page did and set up, from the record behaviour-recorder.js keeps, and what runs now: its
// animations, its media, and content whose visual order CSS changed.
var record = window.__ketenscanBehaviour;
if (!record) {
  return { recorded: false };
}
var MAX = 20;
var LIVE = '[aria-live]:not([aria-live=off]), [role=status], [role=alert], [role=log], [role=marquee], [role=timer], output';
var PAUSE = /pauze|pauzeer|pause|stop|halt|afspelen|play/i;

function name(target) {
  if (target === window) {
    return 'window';
  }
  if (target === document) {
    return 'document';
  }
  return target && target.nodeType === 1 && target.isConnected ? ketenscanSelector(target) : null;
}

var listeners = [];
record.listeners.forEach(function (l) {
  var target = name(l.target);
  if (target !== null) {
    listeners.push({ target: target, snippet: l.target.nodeType === 1 ? ketenscanSnippet(l.target) : null,
      type: l.type, source: l.source });
  }
});
[['window', window, ['ondevicemotion', 'ondeviceorientation', 'onkeydown', 'onkeypress', 'onkeyup']],
 ['document', document, ['onkeydown', 'onkeypress', 'onkeyup']]].forEach(function (t) {
  t[2].forEach(function (property) {
    if (typeof t[1][property] === 'function') {
      listeners.push({ target: t[0], snippet: null, type: property.substring(2), source: String(t[1][property]).substring(0, 4000) });
    }
  });
});
Array.prototype.slice.call(document.querySelectorAll('[onmousedown], [onpointerdown], [ontouchstart], [onclick], [onkeydown], [onkeypress]'), 0, 200)
    .forEach(function (element) {
  ['mousedown', 'pointerdown', 'touchstart', 'click', 'keydown', 'keypress'].forEach(function (type) {
    if (element.hasAttribute('on' + type)) {
      listeners.push({ target: element === document.body ? 'document' : ketenscanSelector(element),
        snippet: ketenscanSnippet(element), type: type, source: element.getAttribute('on' + type) });
    }
  });
});

var pauseControl = Array.prototype.some.call(document.querySelectorAll('button, [role=button], a, input'), function (c) {
  var label = (c.textContent || '') + ' ' + (c.getAttribute('aria-label') || '') + ' ' + (c.getAttribute('title') || '')
      + ' ' + (c.value || '');
  return PAUSE.test(label);
});
var animations = [];
var animated = [];
(document.getAnimations ? document.getAnimations() : []).forEach(function (animation) {
  var target = animation.effect && animation.effect.target;
  if (!target || animation.playState !== 'running' || animated.indexOf(target) >= 0 || animations.length >= MAX
      || !ketenscanVisible(target)) {
    return;
  }
  var end = animation.effect.getComputedTiming().endTime;
  animated.push(target);
  animations.push({ selector: ketenscanSelector(target), snippet: ketenscanSnippet(target),
    millis: end === Infinity ? -1 : Math.round(end) });
});

var media = Array.prototype.slice.call(document.querySelectorAll('video, audio'), 0, MAX).map(function (m) {
  return { selector: ketenscanSelector(m), snippet: ketenscanSnippet(m), playing: !m.paused && !m.ended,
    muted: m.muted || m.volume === 0, sound: (m.webkitAudioDecodedByteCount || 0) > 0, playedSeconds: m.currentTime };
});

var changes = [];
var changed = [];
record.changes.forEach(function (c) {
  if (changes.length < MAX && c.element.isConnected && changed.indexOf(c.element) < 0 && !c.element.closest(LIVE)
      && ketenscanVisible(c.element)) {
    changed.push(c.element);
    changes.push({ selector: ketenscanSelector(c.element), snippet: ketenscanSnippet(c.element), text: c.text });
  }
});

var reordered = [];
if (document.body) {
  var all = document.body.querySelectorAll('*');
  for (var i = 0; i < all.length && reordered.length < MAX; i++) {
    var style = getComputedStyle(all[i]);
    if (style.display.indexOf('flex') < 0 && style.display.indexOf('grid') < 0) {
      continue;
    }
    var items = Array.prototype.filter.call(all[i].children, function (c) {
      return (c.innerText || '').trim() && ketenscanVisible(c);
    });
    var reordering = /reverse/.test(style.flexDirection) || items.some(function (c) { return getComputedStyle(c).order !== '0'; });
    if (!reordering || items.length < 2) {
      continue;
    }
    var visual = items.slice().sort(function (a, b) {
      var ra = a.getBoundingClientRect();
      var rb = b.getBoundingClientRect();
      var sameRow = Math.min(ra.bottom, rb.bottom) - Math.max(ra.top, rb.top) > 0;
      return sameRow ? ra.left - rb.left : ra.top - rb.top;
    });
    if (visual.some(function (item, index) { return item !== items[index]; })) {
      reordered.push({ selector: ketenscanSelector(all[i]), snippet: ketenscanSnippet(all[i]),
        text: visual.map(function (c) { return c.innerText.trim().substring(0, 40); }).join(' | ') });
    }
  }
}
return { recorded: true, listeners: listeners, pauseControl: pauseControl, animations: animations, media: media,
  changes: changes, reordered: reordered };
