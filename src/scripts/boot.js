// Runs in <head> before the first paint, so the page never flashes the wrong
// theme, and the root page sends the reader to their view before it shows.
(function () {
  // A hand-typed address without its final slash (/en) is served as the page itself by hosts that do not
  // redirect (astro preview among them): move to the page's own address, so it is the one shared and bookmarked.
  var path = location.pathname;
  if (!/\/$|\.[^/]*$/.test(path)) {
    location.replace(path + '/' + location.search + location.hash);
    return;
  }
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
