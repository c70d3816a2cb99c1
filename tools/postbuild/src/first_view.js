// The first view's script, loaded in <head> before the first paint (see first_view.rs, which
// fills in the words in capitals).
//
// 1. It marks a page opened with a link to another state than the first view's (a date, a
//    side, ...) `atlas-linked`, so the stylesheet shows only the first view's map as a plain
//    outline while the app draws the link's state; and the page's mode (check, embed, present)
//    and the language the page starts in (`data-start-lang`, for the loading status). A page in
//    Japanese or Russian with no other state gets the first view drawn in its language.
// 2. Until the app has taken over (it sends `atlas-live` on the window), it keeps what the
//    reader does to the first view's controls: values set, keys pressed on the slider, buttons
//    pressed, and which control has the focus. The app then gets them in order, through its
//    own controls, and the focus moves to the same control in the live page. Nothing the reader
//    did before the app ran is lost; the status says it will be applied.
(function () {
  var root = document.documentElement;
  var search = location.search;
  var all = ALL_LANGS;
  // The first view in each other language, drawn at build time like the English one.
  var views = FIRST_VIEWS;
  var linked = /[?&](STATE_KEYS)=/.test(search);
  var asked = (search.match(/[?&]lang=([a-z]{2})/) || [])[1];
  var browser = (navigator.languages || [navigator.language || '']).map(function (l) {
    return l.slice(0, 2).toLowerCase();
  }).find(function (l) { return all.indexOf(l) >= 0; });
  var lang = all.indexOf(asked) >= 0 ? asked : browser || 'DEFAULT_LANG';
  // A page in another language shows the outline until its own first view is in place.
  if (linked || lang !== 'DEFAULT_LANG') root.classList.add('atlas-linked');
  root.dataset.startLang = lang;
  if (/[?&]check=(1|true|yes)(&|$)/.test(search)) root.dataset.mode = 'check';
  else if (/[?&]embed(=(1|true|yes)?)?(&|$)/.test(search)) root.dataset.mode = 'embed';
  else if (/[?&]present(=(1|true|yes)?)?(&|$)/.test(search)) root.dataset.mode = 'present';

  var first = function () { return document.querySelector('[data-ui=prerender]'); };
  var live = false;

  // The first view in the reader's language, for a page with no other state than its language:
  // fetched at once, and put in place of the English one once both are in (unless the app has
  // taken over by then). Without it the outline stays until the app draws the page.
  if (!linked && views[lang]) {
    var text = fetch(views[lang]).then(function (r) { return r.ok ? r.text() : null; })
      .catch(function () { return null; });
    var parsed = new Promise(function (done) {
      if (document.readyState !== 'loading') done();
      else document.addEventListener('DOMContentLoaded', done);
    });
    Promise.all([text, parsed]).then(function (both) {
      var view = first();
      if (!both[0] || !view || live) return;
      var kept = Array.prototype.slice.call(view.querySelectorAll('.atlas-starting, #first-view-end'));
      var own = document.createRange().createContextualFragment(both[0]);
      view.replaceChildren.apply(view, [own].concat(kept));
      root.lang = lang;
      root.classList.remove('atlas-linked');
    });
  }
  var done = [];
  var focused = null;
  // Names a control of the first view so the same control is found in the live page: its
  // data-ui, data-event or data-unit, and which of the elements so named it is.
  var NAMES = ['data-ui', 'data-event', 'data-unit'];
  var name = function (node) {
    var view = first();
    for (var el = node; view && el && el !== view; el = el.parentElement) {
      for (var i = 0; i < NAMES.length; i++) {
        var value = el.getAttribute && el.getAttribute(NAMES[i]);
        if (value) {
          var css = '[' + NAMES[i] + '="' + value.replace(/["\\]/g, '\\$&') + '"]';
          return { css: css, nth: Array.prototype.indexOf.call(view.querySelectorAll(css), el) };
        }
      }
    }
    return null;
  };
  var find = function (named) {
    var found = document.querySelectorAll('body > .atlas ' + named.css);
    return found[named.nth] || found[0] || null;
  };
  var SLIDER_KEYS = /^(Arrow(Left|Right|Up|Down)|Home|End|Page(Up|Down))$/;
  var keep = function (event, action) {
    if (live) return false;
    var named = name(event.target);
    if (!named) return false;
    action.to = named;
    var last = done[done.length - 1];
    // A drag's many values are one choice.
    if (action.value !== undefined && last && last.value !== undefined
        && last.to.css === named.css && last.to.nth === named.nth) done.pop();
    done.push(action);
    root.classList.add('atlas-waiting');
    var status = document.querySelector('.atlas-starting');
    if (status && event.target.getBoundingClientRect) {
      // The status stands by the control the reader is using.
      var box = event.target.getBoundingClientRect();
      var below = box.bottom + 8 + 48 < innerHeight;
      status.style.top = Math.max(4, below ? box.bottom + 8 : box.top - 56) + 'px';
    }
    return true;
  };
  document.addEventListener('keydown', function (event) {
    var el = event.target;
    if (el.type === 'range' && SLIDER_KEYS.test(event.key) && keep(event, { key: event.key })) {
      // The app moves the slider by events, not by its native steps.
      event.preventDefault();
    }
  }, true);
  var value = function (event) {
    var el = event.target;
    if (el.type === 'range' || el.tagName === 'SELECT') keep(event, { value: el.value });
  };
  document.addEventListener('input', value, true);
  document.addEventListener('change', value, true);
  document.addEventListener('click', function (event) {
    var el = event.target.closest && event.target.closest('button, summary');
    if (el && keep(event, { click: true })) event.preventDefault();
  }, true);
  document.addEventListener('focusin', function (event) {
    if (!live) focused = name(event.target) || focused;
  }, true);

  addEventListener('atlas-live', function () {
    live = true;
    root.classList.remove('atlas-waiting');
    done.forEach(function (action) {
      var el = find(action.to);
      if (!el) return;
      if (action.key) {
        el.dispatchEvent(new KeyboardEvent('keydown', { key: action.key, bubbles: true, cancelable: true }));
      } else if (action.value !== undefined) {
        el.value = action.value;
        el.dispatchEvent(new Event('input', { bubbles: true }));
        el.dispatchEvent(new Event('change', { bubbles: true }));
      } else {
        el.click();
      }
    });
    var target = focused && find(focused);
    if (target && (!document.activeElement || document.activeElement === document.body)) {
      target.focus({ preventScroll: true });
    }
    done = [];
  }, { once: true });
})();
