// Asks before a form does something that cannot be undone: <form data-confirm="question in the reader's language">.
// The one confirmation every page uses; a static script because the strict CSP allows no inline handlers.
(function () {
  'use strict';
  document.addEventListener('submit', function (event) {
    var form = event.target;
    var question = form.getAttribute('data-confirm');
    if (question && !window.confirm(question)) {
      event.preventDefault();
    }
  });
}());
