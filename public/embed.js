/* Azerbaijan Ties embed loader: a classic script at a fixed URL (no inline code, so it works
 * under a strict Content-Security-Policy).
 * - Resizes each Azerbaijan Ties iframe to the height its page posts, so a chart never scrolls
 *   inside its frame nor leaves a gap below it.
 * - Keeps iframes with the same data-link value in step: a reader's choice of countries in one,
 *   and the year under the pointer, reach the others. Changes made by the host page are not
 *   passed on, so two linked embeds never echo each other.
 * Heeded: only our own message shapes, sent by an iframe of this page whose page comes from the
 * same site as this script. The host window, other frames and other sites change nothing. */
(function () {
  'use strict';
  var script = document.currentScript;
  if (!script || window.azerbaijanTiesEmbed) return; // loaded twice: one listener is enough
  window.azerbaijanTiesEmbed = true;
  var home = new URL(script.src, location.href).origin;

  function ours(frame) {
    return new URL(frame.src, location.href).origin === home;
  }

  function frameOf(source) {
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) if (frames[i].contentWindow === source) return frames[i];
    return null;
  }

  function forward(from, message) {
    var link = from.getAttribute('data-link');
    if (!link) return;
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      var f = frames[i];
      if (f !== from && f.getAttribute('data-link') === link && f.contentWindow && ours(f)) f.contentWindow.postMessage(message, home);
    }
  }

  window.addEventListener('message', function (event) {
    var m = event.data;
    if (event.origin !== home || !m || typeof m !== 'object') return;
    var frame = event.source ? frameOf(event.source) : null;
    if (!frame || !ours(frame)) return;
    if (m.type === 'azerbaijan-ties:height') {
      var h = m.height;
      if (typeof h === 'number' && isFinite(h) && h > 0 && h <= 20000) frame.style.height = Math.ceil(h) + 'px';
    } else if (m.type === 'azerbaijan-ties:state' && m.cause === 'reader' && m.state && Array.isArray(m.state.countries)) {
      forward(frame, { type: 'azerbaijan-ties:set-state', countries: m.state.countries });
    } else if (m.type === 'azerbaijan-ties:hover' && (m.year === null || typeof m.year === 'number')) {
      forward(frame, { type: 'azerbaijan-ties:hover', year: m.year });
    }
  });
})();
