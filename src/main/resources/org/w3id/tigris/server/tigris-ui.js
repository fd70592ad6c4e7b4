// Loaded by the Fuseki UI's index.html as Tigris serves it, before the UI itself.
// 1. Offline: the query editor's prefix completion asks prefix.cc; it gets this server's
//    prefixes instead (tigris-prefixes.json).
// 2. Read-only (data-read-only="true", when the server has no update services): the UI
//    offers "add data", "edit" and "manage" whatever the server allows; those controls are
//    hidden and their routes lead back to the query view.
(function () {
  'use strict';
  var PREFIX_CC = 'prefix.cc/popular/all.file.json';
  var realFetch = window.fetch.bind(window);
  window.fetch = function (input, init) {
    var url = typeof input === 'string' ? input : (input && input.url) || String(input);
    if (url.indexOf(PREFIX_CC) >= 0) {
      return realFetch('./tigris-prefixes.json', init);
    }
    return realFetch(input, init);
  };

  if (document.currentScript.getAttribute('data-read-only') !== 'true') {
    return;
  }
  var WRITE_LABELS = ['add data', 'edit', 'manage', 'new dataset'];
  var WRITE_ROUTE = /^#\/(dataset\/([^/?]+)\/(upload|edit)|manage|datasets\/new)/;

  function isWriteControl(element) {
    var label = (element.textContent || '').trim().toLowerCase();
    var href = element.getAttribute('href') || '';
    return WRITE_LABELS.indexOf(label) >= 0 || WRITE_ROUTE.test(href);
  }

  // Hidden, not removed: the UI's framework still owns these elements. "important", since
  // the UI's own classes (Bootstrap's d-block) set display with !important.
  function hideWriteControls() {
    var controls = document.querySelectorAll('a, button');
    for (var i = 0; i < controls.length; i++) {
      if (isWriteControl(controls[i]) && controls[i].style.getPropertyPriority('display') !== 'important') {
        controls[i].style.setProperty('display', 'none', 'important');
      }
    }
  }

  function leaveWriteRoutes() {
    var match = WRITE_ROUTE.exec(window.location.hash);
    if (match) {
      window.location.replace(match[2] ? '#/dataset/' + match[2] + '/query' : '#/');
    }
  }

  window.addEventListener('hashchange', leaveWriteRoutes);
  leaveWriteRoutes();
  new MutationObserver(hideWriteControls).observe(document.documentElement, { childList: true, subtree: true });
})();
