// The staff app: registers the service worker, and queues actions tapped while the connection is down. A queued action
// is a POST to a repeat-safe URL (the server answers "already done" to a second one), kept in localStorage until the
// server has answered it, so nothing is lost on a reload and nothing is done twice.
(function () {
  var KEY = 'cakeflow.queue';
  var flushing = false;

  function load() {
    try { return JSON.parse(localStorage.getItem(KEY)) || []; } catch (e) { return []; }
  }

  function save(queue) {
    localStorage.setItem(KEY, JSON.stringify(queue));
    render();
  }

  function render() {
    var badge = document.getElementById('queue-badge');
    if (!badge) { return; }
    var n = load().length;
    badge.hidden = n === 0;
    badge.textContent = (badge.dataset.label || '{0}').replace('{0}', n);
    document.querySelectorAll('[data-queue-url]').forEach(function (form) {
      var queued = load().some(function (item) { return item.url === form.dataset.queueUrl; });
      var card = form.closest('[data-task]');
      if (card) { card.classList.toggle('queued', queued); }
    });
  }

  function csrf() {
    var token = document.querySelector('meta[name=_csrf]');
    var header = document.querySelector('meta[name=_csrf_header]');
    var headers = { 'Accept': 'application/json' };
    if (token && header) { headers[header.content] = token.content; }
    return headers;
  }

  // answered: done, or refused for good (4xx other than auth, timeout and rate limit); otherwise try again later
  function answered(status) {
    return (status >= 200 && status < 300) || (status >= 400 && status < 500 && [401, 403, 408, 429].indexOf(status) < 0);
  }

  function flush() {
    if (flushing || !load().length) { return Promise.resolve(); }
    flushing = true;
    var sent = 0;
    function next() {
      var queue = load();
      if (!queue.length) { return Promise.resolve(); }
      var item = queue[0];
      return fetch(item.url, { method: 'POST', headers: csrf(), credentials: 'same-origin' }).then(function (response) {
        if (!answered(response.status)) { return; }
        save(load().filter(function (i) { return i.url !== item.url; }));
        sent++;
        return next();
      });
    }
    return next().catch(function () { /* still offline: the next flush tries again */ }).then(function () {
      flushing = false;
      if (sent) { document.body.dispatchEvent(new CustomEvent('cakeflow:sent', { bubbles: true })); }
    });
  }

  // forms with data-queue-url send their action through the queue instead of posting the page
  document.addEventListener('submit', function (e) {
    var form = e.target.closest && e.target.closest('form[data-queue-url]');
    if (!form) { return; }
    e.preventDefault();
    e.stopPropagation();
    var queue = load();
    if (!queue.some(function (i) { return i.url === form.dataset.queueUrl; })) {
      queue.push({ url: form.dataset.queueUrl, at: Date.now() });
      save(queue);
    }
    flush();
  }, true);

  // logging out forgets the queue's owner's pages kept offline
  document.addEventListener('submit', function (e) {
    if (e.target.matches && e.target.matches('form[action$="/logout"]') && navigator.serviceWorker && navigator.serviceWorker.controller) {
      navigator.serviceWorker.controller.postMessage('logout');
    }
  }, true);

  window.addEventListener('online', flush);
  setInterval(flush, 10000);
  document.addEventListener('DOMContentLoaded', function () { render(); flush(); });
  document.addEventListener('htmx:load', render);

  if ('serviceWorker' in navigator) {
    window.addEventListener('load', function () { navigator.serviceWorker.register('/sw.js', { scope: '/' }); });
  }
  window.CakeFlowQueue = { load: load, flush: flush };
})();

// The store switcher in the menu: choosing a store switches at once; its button is only for browsers without scripts.
document.addEventListener('DOMContentLoaded', function () {
  document.querySelectorAll('select[data-submit-on-change]').forEach(function (select) {
    select.addEventListener('change', function () { select.form.submit(); });
  });
  document.querySelectorAll('[data-hide-with-script]').forEach(function (el) { el.hidden = true; });
});
