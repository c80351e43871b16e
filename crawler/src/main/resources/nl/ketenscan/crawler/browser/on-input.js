// Changes the setting of each select list, as a visitor choosing another option, and notes whether that
// submits a form, navigates or opens a window (WCAG 3.2.2) without letting any of it happen. Called with
// 'change' it blocks submitting, navigating, opening windows, requests and timers, and sends the events;
// called with 'restore', after the page's promises had their turn, it reads what was attempted and puts
// everything back. The selects get their old option back without a new event. A page without a select
// list to change gets its (empty) result from 'change' at once, and nothing is blocked.
var phase = arguments[0];
var MAX_CONTROLS = 5;
if (phase === 'change') {
  var selects = Array.prototype.filter.call(document.querySelectorAll('select:not([disabled]):not([multiple])'), function (s) {
    return s.options.length > 1 && ketenscanVisible(s);
  }).slice(0, MAX_CONTROLS);
  if (!selects.length) {
    return { tried: 0, stayed: true, changes: [] };
  }
  var probe = { attempts: [], controls: [], href: location.href, saved: {
    submit: HTMLFormElement.prototype.submit, requestSubmit: HTMLFormElement.prototype.requestSubmit,
    open: window.open, fetch: window.fetch, send: XMLHttpRequest.prototype.send,
    setTimeout: window.setTimeout, setInterval: window.setInterval } };
  window.__ketenscanInputProbe = probe;
  var attempt = function (kind) {
    var ofControl = probe.attempts[probe.attempts.length - 1];
    if (ofControl) {
      ofControl.push(kind);
    }
  };
  HTMLFormElement.prototype.submit = function () { attempt('submit'); };
  HTMLFormElement.prototype.requestSubmit = function () { attempt('submit'); };
  window.open = function () { attempt('window'); return null; };
  window.fetch = function () { return new Promise(function () {}); };
  XMLHttpRequest.prototype.send = function () {};
  window.setTimeout = function () { return 0; };
  window.setInterval = function () { return 0; };
  probe.onSubmit = function (e) { attempt('submit'); e.preventDefault(); };
  probe.onNavigate = function (e) { attempt('navigate'); e.preventDefault(); };
  document.addEventListener('submit', probe.onSubmit, true);
  if (window.navigation) {
    navigation.addEventListener('navigate', probe.onNavigate);
  }
  selects.forEach(function (select) {
    probe.controls.push(select);
    probe.attempts.push([]);
    var index = select.selectedIndex;
    select.selectedIndex = index === select.options.length - 1 ? 0 : index + 1;
    select.dispatchEvent(new Event('input', { bubbles: true }));
    select.dispatchEvent(new Event('change', { bubbles: true }));
    select.selectedIndex = index;
  });
  return { pending: true };
}
var probe = window.__ketenscanInputProbe;
delete window.__ketenscanInputProbe;
HTMLFormElement.prototype.submit = probe.saved.submit;
HTMLFormElement.prototype.requestSubmit = probe.saved.requestSubmit;
window.open = probe.saved.open;
window.fetch = probe.saved.fetch;
XMLHttpRequest.prototype.send = probe.saved.send;
window.setTimeout = probe.saved.setTimeout;
window.setInterval = probe.saved.setInterval;
document.removeEventListener('submit', probe.onSubmit, true);
if (window.navigation) {
  navigation.removeEventListener('navigate', probe.onNavigate);
}
var changes = [];
probe.controls.forEach(function (control, i) {
  var kinds = probe.attempts[i].filter(function (kind, at, all) { return all.indexOf(kind) === at; });
  if (kinds.length) {
    changes.push({ selector: ketenscanSelector(control), snippet: ketenscanSnippet(control), kinds: kinds });
  }
});
return { tried: probe.controls.length, stayed: location.href === probe.href, changes: changes };
