// The example article's own script: its buttons drive the embedded charts (azerbaijan-ties:set-state)
// and it shows what the charts answer (azerbaijan-ties:state). Copy and adapt it.
(function () {
  'use strict';
  var chartOrigin = new URL('../embed.html', location.href).origin;
  var status = document.getElementById('status');

  document.querySelectorAll('button[data-chart]').forEach(function (button) {
    button.addEventListener('click', function () {
      var patch = { type: 'azerbaijan-ties:set-state' };
      if (button.dataset.start) patch.start = Number(button.dataset.start);
      if (button.dataset.end) patch.end = Number(button.dataset.end);
      if (button.dataset.countries !== undefined) patch.countries = button.dataset.countries ? button.dataset.countries.split(',') : [];
      // The page's own changes are not passed between linked charts: send them to each chart named.
      button.dataset.chart.split(' ').forEach(function (id) {
        document.getElementById(id).contentWindow.postMessage(patch, chartOrigin);
      });
    });
  });

  window.addEventListener('message', function (event) {
    var m = event.data;
    if (event.origin !== chartOrigin || !m || m.type !== 'azerbaijan-ties:state') return;
    var s = m.state;
    status.textContent = 'The ' + m.chart + ' chart now shows ' + (s.start === s.end ? s.start : s.start + '–' + s.end) +
      (s.countries.length ? ', ' + s.countries.join(', ') : ', all partners') +
      ' (changed by ' + (m.cause === 'host' ? 'this page or a linked chart' : 'the reader') + ')' +
      (m.rejected.length ? '; not understood: ' + m.rejected.join(', ') : '') + '.';
  });
})();
