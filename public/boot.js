// Runs in <head> before the first paint, so the page never flashes the wrong
// theme, and the root page sends the reader to their view before it shows.
(function () {
  var root = document.documentElement;
  var stored = {};
  try {
    stored.theme = localStorage.getItem('esg:theme');
    stored.view = localStorage.getItem('esg:view');
  } catch (e) {
    // Storage can be blocked; the system theme and browser language still apply.
  }
  root.classList.add('js');
  if (stored.theme === 'light' || stored.theme === 'dark') root.setAttribute('data-theme', stored.theme);
  if (!root.hasAttribute('data-view-chooser')) return;
  var view = stored.view;
  if (view !== 'en' && view !== 'zh' && view !== 'en-zh') {
    var first = (navigator.languages && navigator.languages[0]) || navigator.language || '';
    view = /^zh\b/i.test(first) ? 'zh' : 'en';
  }
  location.replace(view + '/' + location.hash);
})();
