// Kitchen display: the time left to each cake's latest start, ticking between refreshes of the list.
(function () {
  function clock(ms) {
    var minutes = Math.floor(Math.abs(ms) / 60000);
    var h = Math.floor(minutes / 60), m = minutes % 60;
    return (h > 0 ? h + ':' + (m < 10 ? '0' : '') + m : m + "'");
  }

  function tick() {
    var list = document.getElementById('display-list');
    if (!list) { return; }
    list.querySelectorAll('.countdown[data-latest]').forEach(function (el) {
      var left = Number(el.dataset.latest) - Date.now();
      if (Math.abs(left) > 12 * 3600000) { return; } // far off: the latest start time the page shows says more than hours
      var template = left >= 0 ? list.dataset.msgLeft : list.dataset.msgLate;
      el.textContent = template.replace('{0}', clock(left));
      el.classList.toggle('text-danger', left < 0);
      el.classList.toggle('text-warning', left >= 0 && left < 30 * 60000);
    });
  }

  document.addEventListener('DOMContentLoaded', tick);
  document.addEventListener('htmx:load', tick);
  setInterval(tick, 15000);
})();
