// Content that shows on hover (1.4.13), tried one trigger at a time from Java, which moves the real
// pointer and presses Escape between the calls. Called with a step and its arguments:
//   'find'            notes the likely triggers (keeping nothing when there are none), each with the
//                     hidden elements it may show: elements a style sheet's ':hover' rule shows
//                     something in or beside (".hulp:hover .bubbel"),
//                     elements described (aria-describedby) by an element hidden until then, and
//                     elements the page's scripts listen to for the pointer coming over them (the
//                     behaviour recorder notes mouseover and mouseenter listeners), whose content is
//                     any hidden element in or beside them, or one the script adds
//   'prepare', i      scrolls trigger i into view; for a scripted one, notes what is hidden near it and
//                     starts watching for elements added
//   'shown', i        after the pointer moved onto trigger i: the content that now shows, or false (also
//                     when an earlier trigger showed that content)
//   'shows', i        whether that content still shows
//   'middle', i, w    where the pointer goes to hover over trigger i or its content (ketenscanMiddle)
//   'focusShows', i   whether focusing trigger i shows the content too (the tab walk judges it then)
//   'restore'         focus and scroll as they were
// Style sheets of other sites cannot be read; their ':hover' rules go unseen.
var step = arguments[0];
var index = arguments[1];
var which = arguments[2];
var MAX_TRIGGERS = 8;
var MAX_CANDIDATES = 20;
var POINTER_LISTENERS = /^(mouseover|mouseenter|pointerover|pointerenter)$/;

function settle(el) {
  if (!el.getAnimations) { return; }
  el.getAnimations({ subtree: true }).forEach(function (a) {
    try { a.finish(); } catch (e) { /* an infinite or paused animation stays as it is */ }
  });
}

function substantial(el) {
  if (!el.isConnected || !ketenscanVisible(el)) { return false; }
  var r = el.getBoundingClientRect();
  var style = getComputedStyle(el);
  return r.width >= 8 && r.height >= 8 && /\S/.test(el.textContent) && style.opacity !== '0';
}

function outOfFlow(el, trigger) {
  for (var node = el; node && !node.contains(trigger); node = node.parentElement) {
    var position = getComputedStyle(node).position;
    if (position === 'absolute' || position === 'fixed') { return true; }
  }
  return false;
}

function hoverSelectors() {
  var parts = [];
  function walk(rules) {
    for (var i = 0; i < rules.length; i++) {
      var rule = rules[i];
      if (rule.selectorText && rule.selectorText.indexOf(':hover') >= 0) {
        rule.selectorText.split(',').forEach(function (part) {
          if (part.indexOf(':hover') >= 0 && parts.indexOf(part.trim()) < 0) { parts.push(part.trim()); }
        });
      } else if (rule.cssRules) {
        walk(rule.cssRules);
      }
    }
  }
  for (var s = 0; s < document.styleSheets.length; s++) {
    try { walk(document.styleSheets[s].cssRules); } catch (e) { /* another site's style sheet */ }
  }
  return parts;
}

function all(selector) {
  try { return Array.prototype.slice.call(document.querySelectorAll(selector), 0, 200); } catch (e) { return []; }
}

function add(found, trigger, candidates, scripted) {
  if (!ketenscanVisible(trigger) || !candidates.length && !scripted) { return; }
  for (var i = 0; i < found.length; i++) {
    if (found[i].trigger === trigger) {
      candidates.forEach(function (c) { if (found[i].candidates.indexOf(c) < 0) { found[i].candidates.push(c); } });
      found[i].scripted = found[i].scripted || scripted;
      return;
    }
  }
  found.push({ trigger: trigger, candidates: candidates.slice(0, MAX_CANDIDATES), scripted: scripted });
}

/** Hidden elements in the trigger or in its parent, where a script's content for it most often waits. */
function hiddenNear(trigger) {
  var near = trigger.parentElement || trigger;
  return Array.prototype.slice.call(near.querySelectorAll('*'), 0, 200).filter(function (c) {
    return c !== trigger && !c.contains(trigger) && !substantial(c) && /\S/.test(c.textContent);
  }).slice(0, MAX_CANDIDATES);
}

function scriptedTriggers() {
  var record = window.__ketenscanBehaviour;
  var triggers = [];
  (record ? record.listeners : []).forEach(function (l) {
    if (POINTER_LISTENERS.test(l.type) && l.target && l.target.nodeType === 1 && l.target.isConnected
        && l.target !== document.body && l.target !== document.documentElement && triggers.indexOf(l.target) < 0) {
      triggers.push(l.target);
    }
  });
  return triggers;
}

function find() {
  var found = [];
  hoverSelectors().forEach(function (part) {
    var at = part.indexOf(':hover');
    var triggerSelector = part.substring(0, at);
    var rest = part.substring(at + ':hover'.length);
    // what a rule shows must be another element, after the hovered one in the selector
    if (!/\S/.test(triggerSelector) || /[\s>+~]$/.test(triggerSelector) || !/^[\s>+~]/.test(rest)
        || rest.indexOf('::') >= 0) {
      return;
    }
    var contents = all((triggerSelector + rest).replace(/:hover/g, ''));
    all(triggerSelector).forEach(function (trigger) {
      if (found.length >= MAX_TRIGGERS) { return; }
      var near = trigger.parentElement || trigger;
      add(found, trigger, contents.filter(function (c) {
        return c !== trigger && !c.contains(trigger) && near.contains(c) && !substantial(c);
      }));
    });
  });
  all('[aria-describedby]').forEach(function (trigger) {
    if (found.length >= MAX_TRIGGERS) { return; }
    add(found, trigger, (trigger.getAttribute('aria-describedby') || '').split(/\s+/).map(function (id) {
      return id && document.getElementById(id);
    }).filter(function (c) { return c && !c.contains(trigger) && !substantial(c); }));
  });
  scriptedTriggers().forEach(function (trigger) {
    if (found.length < MAX_TRIGGERS) { add(found, trigger, [], true); }
  });
  if (!found.length) {
    return 0;
  }
  window.__ketenscanHover = { items: found.slice(0, MAX_TRIGGERS), scrollX: scrollX, scrollY: scrollY,
    focused: document.activeElement, shownContents: [] };
  return window.__ketenscanHover.items.length;
}

var S = window.__ketenscanHover;
if (step === 'find') {
  return find();
}
if (step === 'restore') {
  if (S) {
    S.items.forEach(function (item) { if (item.observer) { item.observer.disconnect(); } });
    if (document.activeElement && document.activeElement.blur) { document.activeElement.blur(); }
    if (S.focused && S.focused.focus && S.focused !== document.body) { S.focused.focus({ preventScroll: true }); }
    scrollTo(S.scrollX, S.scrollY);
    delete window.__ketenscanHover;
  }
  return true;
}
var item = S.items[index];
if (step === 'prepare') {
  item.trigger.scrollIntoView({ block: 'center', inline: 'nearest' });
  if (item.scripted) {
    hiddenNear(item.trigger).forEach(function (c) { if (item.candidates.indexOf(c) < 0) { item.candidates.push(c); } });
    item.added = [];
    item.noteAdded = function (records) {
      records.forEach(function (m) {
        Array.prototype.forEach.call(m.addedNodes, function (n) {
          if (n.nodeType === 1 && !n.contains(item.trigger)) {
            item.added.push(n);
            if (item.added.length > MAX_CANDIDATES) { item.added.shift(); }
          }
        });
      });
    };
    item.observer = new MutationObserver(item.noteAdded);
    item.observer.observe(document.body, { childList: true, subtree: true });
  }
  return true;
}
if (step === 'shown') {
  if (item.observer) {
    item.noteAdded(item.observer.takeRecords());
    item.candidates = item.candidates.concat(item.added);
  }
  item.candidates.forEach(settle);
  var showing = item.candidates.filter(substantial);
  var outer = showing.filter(function (c) {
    return !showing.some(function (other) { return other !== c && other.contains(c); });
  });
  if (!outer.length || S.shownContents.indexOf(outer[0]) >= 0) { return false; }
  item.content = outer[0];
  S.shownContents.push(item.content);
  return { trigger: ketenscanSelector(item.trigger), content: ketenscanSelector(item.content),
    snippet: ketenscanSnippet(item.content), overlays: outOfFlow(item.content, item.trigger) };
}
// A script may build its content anew each time the pointer comes (and remove it when it goes): then
// the content is the newest element added of the same kind.
function current(item) {
  if (item.content.isConnected || !item.observer) { return item.content; }
  item.noteAdded(item.observer.takeRecords());
  for (var a = item.added.length - 1; a >= 0; a--) {
    var n = item.added[a];
    if (n.isConnected && n.localName === item.content.localName && n.className === item.content.className) {
      item.content = n;
      break;
    }
  }
  return item.content;
}
if (step === 'shows') {
  settle(current(item));
  return substantial(item.content);
}
if (step === 'middle') {
  return ketenscanMiddle(which === 'trigger' ? item.trigger : current(item));
}
if (step === 'focusShows') {
  if (!(item.trigger.tabIndex >= 0) || !item.trigger.focus) { return false; }
  item.trigger.focus({ preventScroll: true });
  settle(current(item));
  var shows = substantial(item.content);
  item.trigger.blur();
  return shows;
}
throw new Error('hover-content.js: unknown step ' + step);
