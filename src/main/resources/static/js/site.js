// Progressive enhancement only: without this file every page still reads and every link works.
(function () {
  'use strict';
  document.querySelectorAll('button[data-copy]').forEach(function (button) {
    var input = document.getElementById(button.getAttribute('data-copy'));
    var status = button.parentElement.querySelector('.copy-status');
    if (!input) {
      return;
    }
    button.hidden = false;
    button.addEventListener('click', function () {
      var done = function () {
        if (status) {
          status.textContent = button.getAttribute('data-copied');
        }
      };
      input.select();
      if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(input.value).then(done, function () {
          document.execCommand('copy');
          done();
        });
      } else {
        document.execCommand('copy');
        done();
      }
    });
  });
})();
