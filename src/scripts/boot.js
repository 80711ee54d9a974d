// Runs in <head> before the first paint, so the page never flashes the wrong
// theme. (The root page's choice of view: choose-view.js.)
(function () {
  // A hand-typed address without its final slash (/en) is served as the page itself by hosts that do not
  // redirect (astro preview among them): move to the page's own address, so it is the one shared and bookmarked.
  var path = location.pathname;
  if (!/\/$|\.[^/]*$/.test(path)) {
    location.replace(path + '/' + location.search + location.hash);
    return;
  }
  var root = document.documentElement;
  var theme = null;
  try {
    theme = localStorage.getItem('esg:theme');
  } catch (e) {
    // Storage can be blocked; the system theme still applies.
  }
  root.classList.add('js');
  if (theme === 'light' || theme === 'dark') root.setAttribute('data-theme', theme);
})();
