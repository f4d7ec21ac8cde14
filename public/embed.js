/* Azerbaijan Ties embed loader (a classic script at a fixed URL; no inline code needed).
 * Resizes each Azerbaijan Ties iframe to the height its page posts, so the chart never scrolls
 * or leaves a gap. Only a message sent by one of this page's iframes, in our own shape, is heeded. */
(function () {
  'use strict';
  if (window.azerbaijanTiesEmbed) return; // loaded twice: one listener is enough
  window.azerbaijanTiesEmbed = true;

  function frameOf(source) {
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) if (frames[i].contentWindow === source) return frames[i];
    return null;
  }

  window.addEventListener('message', function (event) {
    var m = event.data;
    if (!m || typeof m !== 'object' || m.type !== 'azerbaijan-ties:height') return;
    var h = m.height;
    if (typeof h !== 'number' || !isFinite(h) || h <= 0 || h > 20000) return;
    var frame = event.source && frameOf(event.source);
    if (!frame) return;
    // The message must come from where the frame points, not from a page it navigated to.
    if (new URL(frame.src, location.href).origin !== event.origin) return;
    frame.style.height = Math.ceil(h) + 'px';
  });
})();
