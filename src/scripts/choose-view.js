// The root page only, in <head> before the first paint (after boot.js): sends the reader to their
// view before the chooser shows: the one they chose last, else the one their browser's first language
// asks for. Without JavaScript the chooser stays, with a link to each view.
(function () {
  // Without its final slash, boot.js is already moving to the address with it: the choice is made there.
  if (!/\/$/.test(location.pathname)) return;
  var view = null;
  try {
    view = localStorage.getItem('esg:view');
  } catch (e) {
    // Storage can be blocked; the browser's language still applies.
  }
  if (view !== 'en' && view !== 'zh' && view !== 'en-zh') {
    var first = (navigator.languages && navigator.languages[0]) || navigator.language || '';
    view = /^zh\b/i.test(first) ? 'zh' : 'en';
  }
  location.replace(view + '/' + location.hash);
})();
