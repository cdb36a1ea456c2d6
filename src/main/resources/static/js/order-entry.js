// Quick order entry, keyboard first: Ctrl+Enter reads the text, then Ctrl+Enter (or Enter on the button) places the order.
(function () {
  function form() { return document.getElementById('order-form'); }

  function showAddress() {
    var delivery = document.getElementById('fulfillment-delivery');
    var group = document.getElementById('address-group');
    if (delivery && group) { group.hidden = !delivery.checked; }
  }

  function focusNext() {
    var invalid = document.querySelector('#order-form .is-invalid');
    var target = invalid || document.getElementById('place-order');
    if (target) { target.focus(); }
  }

  document.addEventListener('keydown', function (e) {
    if ((e.ctrlKey || e.metaKey) && e.key === 'Enter' && e.target.closest && e.target.closest('#order-form')) {
      e.preventDefault();
      form().requestSubmit();
    }
  });

  document.addEventListener('click', function (e) {
    var suggestion = e.target.closest && e.target.closest('.due-suggestion');
    if (!suggestion) { return; }
    var due = suggestion.dataset.due; // 2026-11-19T15:00:00
    document.getElementById('dueDate').value = due.substring(0, 10);
    var time = document.getElementById('dueTime');
    time.value = due.substring(11, 16);
    time.dispatchEvent(new Event('change', { bubbles: true }));
  });

  // a field the reader guessed or corrected stays marked until the clerk changes or confirms it (clicks into it)
  function confirmGuess(e) {
    var field = e.target.closest && e.target.closest('[data-guessed]');
    if (field) { field.removeAttribute('data-guessed'); }
    if (!document.querySelector('#order-form [data-guessed]')) {
      var note = document.getElementById('guess-note');
      if (note) { note.hidden = true; }
    }
  }
  document.addEventListener('click', confirmGuess);
  document.addEventListener('input', confirmGuess);

  document.addEventListener('change', function (e) {
    confirmGuess(e);
    if (e.target.name === 'fulfillment') { showAddress(); }
  });

  // a form read from the text replaces the old one: show what applies and go to the first field to fix, or to "place"
  document.addEventListener('htmx:load', function (e) {
    if (e.detail.elt.id === 'order-form') {
      showAddress();
      focusNext();
    }
  });

  document.addEventListener('htmx:afterSwap', function (e) {
    var known = document.getElementById('customer-known');
    var name = document.getElementById('name');
    if (e.detail.target.id === 'customer' && known && name && !name.value) {
      name.value = known.dataset.name;
    }
  });

  document.addEventListener('DOMContentLoaded', showAddress);
})();
