// ketenscan's tab walk recorder (element-names.js comes before it): installed in the checked page, it records what every key press the
// driver sends does to the focus, and undoes everything it changed when the walk ends.
(function () {
  var KEY = '__ketenscanTabWalk';
  if (window[KEY]) { return window[KEY]; }
  var FOCUSABLE = 'a[href], area[href], button, input, select, textarea, summary, iframe, object, embed,'
      + ' audio[controls], video[controls], [tabindex], [contenteditable]:not([contenteditable="false"])';
  var CLICKY_ROLES = ['button', 'link', 'checkbox', 'radio', 'switch', 'tab', 'menuitem', 'menuitemcheckbox',
      'menuitemradio', 'option', 'treeitem'];
  var COMPOSITES = '[role=tablist], [role=menu], [role=menubar], [role=listbox], [role=tree], [role=treegrid],'
      + ' [role=grid], [role=radiogroup], [role=toolbar], [role=combobox]';
  var CLICK_LISTENERS = /^(click|mousedown|pointerdown)$/;
  var MAX_RELATED = 100;
  var S = null;

  function text(value, max) {
    value = String(value == null ? '' : value).replace(/\s+/g, ' ').trim();
    return value.length > max ? value.substring(0, max - 1) + '\u2026' : value;
  }

  function role(el) {
    var explicit = el.getAttribute('role');
    if (explicit) { return explicit.trim().split(/\s+/)[0]; }
    var tag = el.localName;
    if ((tag === 'a' || tag === 'area') && el.hasAttribute('href')) { return 'link'; }
    if (tag === 'button' || tag === 'summary') { return 'button'; }
    if (tag === 'select') { return el.multiple || el.size > 1 ? 'listbox' : 'combobox'; }
    if (tag === 'textarea') { return 'textbox'; }
    if (tag === 'iframe') { return 'iframe'; }
    if (tag === 'input') {
      var type = (el.getAttribute('type') || 'text').toLowerCase();
      if (['button', 'submit', 'reset', 'image'].indexOf(type) >= 0) { return 'button'; }
      if (type === 'checkbox' || type === 'radio') { return type; }
      if (type === 'range') { return 'slider'; }
      if (type === 'search') { return 'searchbox'; }
      return type === 'number' ? 'spinbutton' : 'textbox';
    }
    return tag;
  }

  function name(el) {
    var label = el.getAttribute('aria-label');
    if (label && label.trim()) { return text(label, 80); }
    var labelledBy = el.getAttribute('aria-labelledby');
    if (labelledBy) {
      var parts = labelledBy.split(/\s+/).map(function (id) {
        var ref = document.getElementById(id);
        return ref ? ref.textContent : '';
      });
      if (parts.join('').trim()) { return text(parts.join(' '), 80); }
    }
    if (el.labels && el.labels.length) { return text(el.labels[0].textContent, 80); }
    var own = el.innerText || el.textContent;
    if (own && own.trim()) { return text(own, 80); }
    var img = el.querySelector && el.querySelector('img[alt]');
    if (img && img.alt.trim()) { return text(img.alt, 80); }
    return text(el.getAttribute('title') || el.getAttribute('placeholder') || el.value || '', 80);
  }

  function settleTransitions(el) {
    if (!el.getAnimations) { return; }
    el.getAnimations({ subtree: false }).forEach(function (a) {
      if (typeof CSSTransition !== 'undefined' && a instanceof CSSTransition) {
        try { a.finish(); } catch (e) { /* an infinite or paused transition stays as it is */ }
      }
    });
  }

  function visual(el, pseudo) {
    var cs = getComputedStyle(el, pseudo);
    return [cs.outlineStyle, cs.outlineWidth, cs.outlineColor, cs.outlineOffset, cs.boxShadow,
        cs.borderTopStyle, cs.borderTopWidth, cs.borderTopColor, cs.borderBottomStyle, cs.borderBottomWidth,
        cs.borderBottomColor, cs.borderLeftColor, cs.borderRightColor, cs.backgroundColor, cs.backgroundImage,
        cs.color, cs.textDecorationLine, cs.textDecorationColor, cs.opacity, cs.transform, cs.filter,
        pseudo ? cs.content + cs.display + cs.width + cs.height : cs.visibility].join('|');
  }

  /** Elements whose look a focus style may change instead of the element's own. */
  function related(el) {
    var list = [];
    for (var node = el.parentElement, i = 0; node && i < 3; node = node.parentElement, i++) { list.push(node); }
    if (el.previousElementSibling) { list.push(el.previousElementSibling); }
    if (el.nextElementSibling) { list.push(el.nextElementSibling); }
    if (el.labels) { Array.prototype.forEach.call(el.labels, function (l) { list.push(l); }); }
    Array.prototype.slice.call(el.querySelectorAll('*'), 0, 20).forEach(function (c) { list.push(c); });
    return list;
  }

  function style(el) {
    var cs = getComputedStyle(el);
    var around = related(el);
    // only a page with an animation running can have a transition to run to its end
    if (document.getAnimations().length) {
      settleTransitions(el);
      around.forEach(settleTransitions);
    }
    return {
      outlineStyle: cs.outlineStyle, outlineWidth: parseFloat(cs.outlineWidth) || 0, outlineColor: cs.outlineColor,
      outlineOffset: parseFloat(cs.outlineOffset) || 0, boxShadow: cs.boxShadow,
      border: [cs.borderTopStyle, cs.borderRightStyle, cs.borderBottomStyle, cs.borderLeftStyle].join(' '),
      borderWidth: [cs.borderTopWidth, cs.borderRightWidth, cs.borderBottomWidth, cs.borderLeftWidth].join(' '),
      borderColor: [cs.borderTopColor, cs.borderRightColor, cs.borderBottomColor, cs.borderLeftColor].join(' / '),
      background: cs.backgroundColor + (cs.backgroundImage === 'none' ? '' : ' ' + text(cs.backgroundImage, 120)),
      color: cs.color,
      textDecoration: cs.textDecorationLine + ' ' + cs.textDecorationStyle + ' ' + cs.textDecorationColor
          + ' ' + cs.textDecorationThickness,
      related: [visual(el, '::before'), visual(el, '::after'), cs.opacity, cs.transform, cs.filter, cs.fontWeight,
          cs.width, cs.height].concat(around.map(function (r) { return visual(r, null); })).join('#')
    };
  }

  function rgba(colour) {
    var m = /rgba?\(([^)]+)\)/.exec(colour || '');
    if (!m) { return null; }
    var p = m[1].split(/[\s,\/]+/).filter(Boolean).map(parseFloat);
    return { r: p[0], g: p[1], b: p[2], a: p.length > 3 ? p[3] : 1 };
  }

  /** The opaque background colour behind an element, or null when an image or translucency makes it unknown. */
  function effectiveBackground(el) {
    for (var node = el; node && node.nodeType === 1; node = node.parentElement) {
      if (['img', 'video', 'canvas', 'svg', 'picture', 'iframe', 'object', 'embed'].indexOf(node.localName) >= 0) {
        return null;
      }
      var cs = getComputedStyle(node);
      if (cs.backgroundImage !== 'none') { return null; }
      var c = rgba(cs.backgroundColor);
      if (c && c.a >= 1) { return cs.backgroundColor; }
      if (c && c.a > 0) { return null; }
    }
    return 'rgb(255, 255, 255)';
  }

  /**
   * The colours just outside an element's box and outline, on each side inside the viewport; null for a
   * side where an image or translucency makes it unknown.
   */
  function coloursBeside(el, box, reach) {
    var x = box.left + box.width / 2;
    var y = box.top + box.height / 2;
    var points = [[box.left - reach - 1, y], [box.right + reach + 1, y], [x, box.top - reach - 1],
        [x, box.bottom + reach + 1]];
    var colours = [];
    points.forEach(function (p) {
      if (p[0] < 0 || p[0] >= innerWidth || p[1] < 0 || p[1] >= innerHeight) { return; }
      // the element on top there, unless it is this element's own (an overflowing child): then what lies below
      var top = document.elementFromPoint(p[0], p[1]);
      if (top && (top === el || el.contains(top))) {
        top = document.elementsFromPoint(p[0], p[1]).filter(function (e) { return e !== el && !el.contains(e); })[0];
      }
      colours.push(top ? effectiveBackground(top) : null);
    });
    return colours;
  }

  function tabbable(el) {
    return el.tabIndex >= 0 && !el.disabled && !el.closest('[inert]') && ketenscanVisible(el);
  }

  function keyboardFocusable(el) {
    return el.tabIndex >= 0 && !el.disabled && !el.closest('[inert]');
  }

  /** Elements that may show on focus: what the stop controls or describes, and its neighbourhood. */
  function appearCandidates(el) {
    var list = [];
    ['aria-controls', 'aria-describedby', 'aria-owns'].forEach(function (attr) {
      (el.getAttribute(attr) || '').split(/\s+/).forEach(function (id) {
        var ref = id && document.getElementById(id);
        if (ref) { list.push(ref); }
      });
    });
    var scope = el.parentElement && el.parentElement.parentElement ? el.parentElement.parentElement : el.parentElement;
    if (scope) { list = list.concat(Array.prototype.slice.call(scope.querySelectorAll('*'), 0, MAX_RELATED)); }
    S.touched.forEach(function (t) { list.push(t); });
    return list.filter(function (c) {
      return c !== el && !c.contains(el) && substantial(c);
    });
  }

  function substantial(el) {
    if (!ketenscanVisible(el)) { return false; }
    var r = el.getBoundingClientRect();
    return r.width >= 8 && r.height >= 8 && /\S/.test(el.textContent);
  }

  function outermost(list) {
    return list.filter(function (el) {
      return !list.some(function (other) { return other !== el && other.contains(el); });
    });
  }

  function outOfFlow(el, stop) {
    for (var node = el; node && node !== stop && !node.contains(stop); node = node.parentElement) {
      var position = getComputedStyle(node).position;
      if (position === 'absolute' || position === 'fixed') { return true; }
    }
    return false;
  }

  function box(el) {
    var r = el.getBoundingClientRect();
    return { x: r.left + scrollX, y: r.top + scrollY, width: r.width, height: r.height,
        inViewport: r.bottom > 0 && r.right > 0 && r.top < innerHeight && r.left < innerWidth };
  }

  function place(stop) {
    var b = box(stop.el);
    stop.box = { x: b.x, y: b.y, width: b.width, height: b.height };
    stop.inViewport = b.inViewport;
    stop.visible = ketenscanVisible(stop.el);
  }

  /** The nearest ancestor-or-self that stays in place when the page scrolls: position fixed or sticky. */
  function stuck(node) {
    for (; node && node !== document.body && node !== document.documentElement; node = node.parentElement) {
      var position = getComputedStyle(node).position;
      if (position === 'fixed' || position === 'sticky') { return node; }
    }
    return null;
  }

  /**
   * 2.4.11: how much of the focused element's part in the viewport lies under the page's own content that
   * stays in place (a sticky header, a cookie banner), tried at nine points; null when none of it does.
   */
  function obscured(el) {
    var r = el.getBoundingClientRect();
    var left = Math.max(r.left, 0), right = Math.min(r.right, innerWidth);
    var top = Math.max(r.top, 0), bottom = Math.min(r.bottom, innerHeight);
    if (right <= left || bottom <= top) { return null; }
    var covered = 0, by = null;
    for (var i = 0; i < 3; i++) {
      for (var j = 0; j < 3; j++) {
        var hit = document.elementFromPoint(left + (right - left) * (i + 0.5) / 3, top + (bottom - top) * (j + 0.5) / 3);
        if (!hit || hit === el || el.contains(hit) || hit.contains(el)) { continue; }
        var cover = stuck(hit);
        if (cover && !cover.contains(el)) {
          covered++;
          by = by || cover;
        }
      }
    }
    return covered === 0 ? null : { share: covered / 9, by: ketenscanSelector(by) };
  }

  /** Completes what is known of the focused stop once its own handlers and transitions have run. */
  function settle(stop) {
    if (!stop || stop.settled || document.activeElement !== stop.el) { return; }
    stop.settled = true;
    stop.after = style(stop.el);
    place(stop);
    stop.obscured = obscured(stop.el);
    stop.candidates = appearCandidates(stop.el);
    var r = stop.el.getBoundingClientRect();
    stop.beside = coloursBeside(stop.el, r, Math.max(0, stop.after.outlineOffset) + stop.after.outlineWidth);
    stop.inside = effectiveBackground(stop.el);
  }

  /** Focus the walk itself moves is not a stop. */
  function quietly(action) {
    S.quiet = true;
    try { action(); } finally { S.quiet = false; }
  }

  function lastStop() { return S.stops.length ? S.stops[S.stops.length - 1] : null; }

  /** The stop the last Tab of the forward walk focused, while that key is being handled; otherwise null. */
  function focusedByThisKey() {
    var last = lastStop();
    return last && !last.left && S.direction === 'FORWARD' && !S.quiet && last.key === S.keys ? last : null;
  }

  function onKeyDown(event) {
    if (event.key !== 'Tab' && event.key !== 'Escape') { return; }
    settle(lastStop());
    S.keys++;
    S.touched = [];
  }

  // focus, captured at the window: seen before the element's own handlers, which may move focus on
  function onFocus(event) {
    var el = event.target;
    if (!el || el.nodeType !== 1 || el === S.start || S.quiet) { return; }
    var last = lastStop();
    // keys pressed inside a frame do not reach this document: leaving a frame is a key press, not a script
    var inFrame = last && !last.left && ['iframe', 'frame', 'object', 'embed'].indexOf(last.el.localName) >= 0;
    if (last && last.key === S.keys && !last.left && !inFrame && last.el !== el && last.el.contains(el)) {
      // a container that hands its focus to an element inside it: that element is the stop
      last.el = el;
      return;
    }
    if (last && last.key === S.keys && !last.left && !inFrame && last.el !== el) {
      place(last);
      last.movedTo = ketenscanSelector(el);
      return;
    }
    if (last && last.el === el && last.key === S.keys) { return; }
    S.stops.push({ el: el, key: S.keys, direction: S.direction });
  }

  function onBlur() {
    // the window loses focus to a frame of its own (which is then the active element) or to the browser,
    // past the first or last stop of the page
    var active = document.activeElement;
    if (!S || (active && ['iframe', 'frame', 'object', 'embed'].indexOf(active.localName) >= 0)) { return; }
    var last = lastStop();
    if (last && last.left) { return; }
    settle(last);
    S.stops.push({ left: true, key: S.keys, direction: S.direction });
  }

  function onNavigate(event) {
    var dest = event.destination;
    var fragmentOnly = dest && dest.sameDocument && dest.url.split('#')[0] === location.href.split('#')[0];
    if (S.allowFragment && fragmentOnly) { return; }
    S.navigations.push({ url: dest ? dest.url : null, form: !!event.formData, key: S.keys });
    var last = focusedByThisKey();
    if (last) { last.navigatedTo = dest ? dest.url : ''; }
    if (event.cancelable) { event.preventDefault(); }
  }

  function openWindow(url) {
    S.windows.push({ url: url == null ? '' : String(url), key: S.keys });
    var last = focusedByThisKey();
    if (last) { last.openedWindow = url == null ? '' : String(url); }
    return null;
  }

  /** The elements the page gave click listeners, as the behaviour recorder (registered like axe) saw them. */
  function listened() {
    var record = window.__ketenscanBehaviour;
    var elements = new Set();
    (record ? record.listeners : []).forEach(function (l) {
      if (CLICK_LISTENERS.test(l.type) && l.target && l.target.nodeType === 1) { elements.add(l.target); }
    });
    return elements;
  }

  function clickTargets() {
    var found = [];
    var withListener = listened();
    var all = document.querySelectorAll('body *');
    for (var i = 0; i < all.length && found.length < 50; i++) {
      var el = all[i];
      var how = null;
      var r = role(el);
      if (el.hasAttribute('onclick')) { how = 'attribute'; }
      else if (typeof el.onclick === 'function') { how = 'property'; }
      else if (withListener.has(el)) { how = 'listener'; }
      else if (el.hasAttribute('role') && CLICKY_ROLES.indexOf(r) >= 0) { how = 'role'; }
      if (!how || keyboardFocusable(el) || !substantial(el)) { continue; }
      if (el.localName === 'label' || el.closest('label')) { continue; }
      // a composite widget (tabs, menu, listbox) reaches its items with arrow keys from one focusable part
      var composite = el.closest(COMPOSITES);
      if (composite && (keyboardFocusable(composite) || composite.hasAttribute('aria-activedescendant')
          || Array.prototype.some.call(composite.querySelectorAll(FOCUSABLE), keyboardFocusable))) { continue; }
      if (el.getAttribute('aria-disabled') === 'true' || el.closest('[inert], [aria-hidden="true"]')) { continue; }
      if (el.parentElement && el.parentElement.closest(FOCUSABLE) && keyboardFocusable(el.parentElement.closest(FOCUSABLE))) {
        continue;
      }
      var inner = el.querySelectorAll(FOCUSABLE);
      if (Array.prototype.some.call(inner, keyboardFocusable)) { continue; }
      found.push({ selector: ketenscanSelector(el), snippet: ketenscanSnippet(el), role: r, how: how,
          pointer: getComputedStyle(el).cursor === 'pointer', name: name(el) });
    }
    return found;
  }

  function describe(stop, index) {
    if (stop.left) { return { step: index, left: true, direction: stop.direction }; }
    var el = stop.el;
    var formControl = ['input', 'select', 'textarea'].indexOf(el.localName) >= 0
        && ['checkbox', 'radio', 'range', 'color', 'file', 'hidden', 'image', 'submit', 'button', 'reset']
            .indexOf((el.getAttribute('type') || '').toLowerCase()) < 0;
    return {
      step: index, left: false, direction: stop.direction, selector: ketenscanSelector(el), role: role(el), name: name(el),
      snippet: ketenscanSnippet(el), tabIndex: el.tabIndex, box: stop.box || null, inViewport: !!stop.inViewport,
      visible: !!stop.visible, before: stop.before || null, after: stop.after || null,
      besideColours: stop.beside || [], insideColour: stop.inside || null, focusMovedTo: stop.movedTo || null,
      navigatedTo: stop.navigatedTo == null ? null : stop.navigatedTo,
      openedWindow: stop.openedWindow == null ? null : stop.openedWindow,
      appeared: (stop.appeared || []).map(function (a) { return a.selector; }), formControl: formControl,
      obscuredShare: stop.obscured ? stop.obscured.share : 0, obscuredBy: stop.obscured ? stop.obscured.by : null
    };
  }

  /**
   * Whether anything on the page stays in place when it scrolls (position fixed or sticky): only then can
   * focus end up under the page's own content, which going back up the page shows best.
   */
  function hasStuckContent() {
    var all = document.querySelectorAll('body *');
    for (var i = 0; i < all.length; i++) {
      var position = getComputedStyle(all[i]).position;
      if (position === 'fixed' || position === 'sticky') { return true; }
    }
    return false;
  }

  /** A link to a place on the page itself among the first three forward stops: a skip link; null when there is none. */
  function skipCandidate() {
    for (var i = 0, seen = 0; i < S.stops.length && seen < 3; i++) {
      var stop = S.stops[i];
      if (stop.left || stop.direction !== 'FORWARD') { continue; }
      seen++;
      var href = stop.el.getAttribute && stop.el.getAttribute('href');
      if (stop.el.localName === 'a' && href && /^#[^\/!]/.test(href)) { return stop.el; }
    }
    return null;
  }

  var api = {
    start: function () {
      S = { stops: [], keys: 0, touched: [], navigations: [], windows: [], direction: 'FORWARD',
          scrollX: scrollX, scrollY: scrollY, url: location.href, open: window.open, allowFragment: false };
      S.observer = new MutationObserver(function (records) {
        records.forEach(function (m) {
          if (m.type === 'childList') {
            Array.prototype.forEach.call(m.addedNodes, function (n) { if (n.nodeType === 1) { S.touched.push(n); } });
          } else if (m.target.nodeType === 1) { S.touched.push(m.target); }
        });
      });
      S.observer.observe(document.documentElement, { childList: true, subtree: true, attributes: true,
          attributeFilter: ['style', 'class', 'hidden', 'aria-hidden', 'aria-expanded', 'open'] });
      window.addEventListener('keydown', onKeyDown, true);
      window.addEventListener('focus', onFocus, true);
      window.addEventListener('blur', onBlur, false);
      if (window.navigation) { navigation.addEventListener('navigate', onNavigate); }
      window.open = openWindow;
      if (document.activeElement && document.activeElement !== document.body) { document.activeElement.blur(); }
      S.start = document.createElement('span');
      S.start.tabIndex = -1;
      document.body.insertBefore(S.start, document.body.firstChild);
      S.start.focus({ preventScroll: true });
      S.tabbable = Array.prototype.filter.call(document.querySelectorAll(FOCUSABLE), tabbable).length;
      return S.tabbable;
    },
    direction: function (direction) {
      S.direction = direction;
      if (S.start && S.start.parentNode) { S.start.remove(); }
      return true;
    },
    /**
     * How the walk stands: whether focus left the page, or came back to a stop without leaving it, whether
     * a skip link is among the first stops and, once focus left, whether anything stays in place when the
     * page scrolls. Once the forward walk has ended, the next keys go back; when nothing is left to do but
     * the last look (finish), it comes with the answer (facts).
     */
    status: function () {
      settle(lastStop());
      var seen = [];
      var visited = 0;
      var leftSeen = false;
      var cycled = false;
      S.stops.forEach(function (stop) {
        if (stop.direction !== 'FORWARD') { return; }
        if (stop.left) {
          leftSeen = leftSeen || visited > 0;
          seen = [];
          return;
        }
        visited++;
        if (seen.indexOf(stop.el) >= 0) { cycled = true; }
        seen.push(stop.el);
      });
      var status = { stops: S.stops.length, leftSeen: leftSeen, cycled: cycled, navigated: S.navigations.length > 0,
          opened: S.windows.length > 0, skipLink: !!skipCandidate(), stuckContent: leftSeen && hasStuckContent() };
      if (leftSeen || cycled || status.navigated || status.opened) { api.direction('BACKWARD'); }
      // focus simply left the page, and there is neither a skip link to test nor a way back to walk: the
      // last look in the same round trip
      if (leftSeen && !status.navigated && !status.opened && !status.skipLink && !status.stuckContent) {
        status.facts = api.finish();
      }
      return status;
    },
    /**
     * Focus leaves the page (blur), then each stop's look without focus and what only showed with it. With
     * no such content to try, the walk is over and the page is put back at once (restored: true).
     */
    finish: function () {
      settle(lastStop());
      if (document.activeElement && document.activeElement.blur) { document.activeElement.blur(); }
      var hoverable = [];
      var judged = [];
      S.stops.forEach(function (stop) {
        if (stop.left || !stop.el.isConnected) { return; }
        stop.before = style(stop.el);
        // content that showed on focus is looked for on the first forward visit of each element only
        // nor for an element that is itself hidden without focus: what shows beside it shows with it
        if (stop.direction !== 'FORWARD' || judged.indexOf(stop.el) >= 0 || !ketenscanVisible(stop.el)) { return; }
        judged.push(stop.el);
        stop.appeared = outermost((stop.candidates || []).filter(function (c) {
          return c.isConnected && !substantial(c);
        })).slice(0, 3).map(function (c) {
          return { el: c, selector: ketenscanSelector(c), outOfFlow: outOfFlow(c, stop.el) };
        });
        stop.appeared.forEach(function (a) {
          if (hoverable.length < 5) { hoverable.push({ trigger: stop.el, content: a.el, selector: a.selector,
              triggerSelector: ketenscanSelector(stop.el), outOfFlow: a.outOfFlow }); }
        });
      });
      S.hoverable = hoverable;
      var facts = { stops: S.stops.map(describe), clickTargets: clickTargets(), tabbable: S.tabbable,
          contents: hoverable.map(function (h) { return [h.triggerSelector, h.selector, h.outOfFlow]; }),
          restored: hoverable.length === 0 };
      if (facts.restored) { api.restore(); }
      return facts;
    },
    /** Focuses the trigger of content that showed on focus; whether that content shows. */
    focusTrigger: function (i) {
      var h = S.hoverable[i];
      quietly(function () { h.trigger.focus(); });
      settleTransitions(h.content);
      return substantial(h.content);
    },
    contentShows: function (i) {
      var h = S.hoverable[i];
      settleTransitions(h.content);
      return [substantial(h.content), document.activeElement === h.trigger];
    },
    blur: function () {
      if (document.activeElement && document.activeElement.blur) { document.activeElement.blur(); }
      return true;
    },
    middle: function (i, which) { return ketenscanMiddle(which === 'trigger' ? S.hoverable[i].trigger : S.hoverable[i].content); },
    /** The first in-page link among the first stops, focused for Enter and Tab to test it; false when there is none. */
    skipLink: function () {
      var link = skipCandidate();
      if (!link) { return false; }
      var href = link.getAttribute('href');
      var id = decodeURIComponent(href.substring(1));
      var target = document.getElementById(id) || document.getElementsByName(id)[0] || null;
      S.skip = { link: link, target: target };
      S.allowFragment = true;
      S.direction = 'AFTER_SKIP';
      quietly(function () { link.focus(); });
      return { selector: ketenscanSelector(link), name: name(link), snippet: ketenscanSnippet(link), href: href,
          targetExists: !!target, target: target ? ketenscanSelector(target) : null };
    },
    /** After Enter on the skip link and one Tab: where focus went, and whether that is at or past the target. */
    skipResult: function () {
      var active = document.activeElement;
      var target = S.skip.target;
      var reached = !!(target && active && active !== document.body && (target === active || target.contains(active)
          || (target.compareDocumentPosition(active) & Node.DOCUMENT_POSITION_FOLLOWING)));
      return { focusAfter: active && active !== document.body ? ketenscanSelector(active) : null, reached: reached };
    },
    /** Undoes the walk: focus, scroll, address, listeners and window.open as they were. */
    restore: function () {
      if (!S) { return true; }
      if (document.activeElement && document.activeElement.blur) { document.activeElement.blur(); }
      if (S.start && S.start.parentNode) { S.start.remove(); }
      S.observer.disconnect();
      window.removeEventListener('keydown', onKeyDown, true);
      window.removeEventListener('focus', onFocus, true);
      window.removeEventListener('blur', onBlur, false);
      if (window.navigation) { navigation.removeEventListener('navigate', onNavigate); }
      window.open = S.open;
      if (location.href !== S.url) { history.replaceState(history.state, '', S.url); }
      scrollTo(S.scrollX, S.scrollY);
      S = null;
      return true;
    }
  };
  Object.defineProperty(window, KEY, { value: api, configurable: true });
  return api;
})();
