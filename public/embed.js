/* Azerbaijan Ties embed loader: a classic script at a fixed URL (no inline code, so it works
 * under a strict Content-Security-Policy). It resizes each Azerbaijan Ties iframe to the height
 * its page posts, so a chart never scrolls inside its frame nor leaves a gap below it.
 * Heeded: only our own message shape, sent by an iframe of this page whose page comes from the
 * same site as this script. The host window, other frames and other sites change nothing. */
(function () {
  'use strict';
  var script = document.currentScript;
  if (!script || window.azerbaijanTiesEmbed) return; // loaded twice: one listener is enough
  window.azerbaijanTiesEmbed = true;
  var home = new URL(script.src, location.href).origin;

  function frameOf(source) {
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) if (frames[i].contentWindow === source) return frames[i];
    return null;
  }

  window.addEventListener('message', function (event) {
    var m = event.data;
    if (event.origin !== home || !m || typeof m !== 'object' || m.type !== 'azerbaijan-ties:height') return;
    var h = m.height;
    if (typeof h !== 'number' || !isFinite(h) || h <= 0 || h > 20000) return;
    var frame = event.source ? frameOf(event.source) : null;
    if (!frame || new URL(frame.src, location.href).origin !== home) return;
    frame.style.height = Math.ceil(h) + 'px';
  });
})();
