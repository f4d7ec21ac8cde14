// The bench's filter-change measure, on a synthetic page whose every change costs a known 30 ms of work:
// a third in the input's own task, the rest in a task the page queues for before the next frame (as the
// dashboard updates its other views on screen), which "laid out" must count.
import { test, assert } from './harness.ts';
import { initScript } from '../../scripts/bench/inPage.ts';
import { measureChanges } from '../../scripts/bench/measureChanges.ts';

const WORK_MS = 30;
const IN_INPUT_TASK_MS = 10;

// A From-year select and a Countries group, as the bench finds them; each change busy-waits, then writes.
const PAGE = `<!doctype html><html lang="en"><title>change probe</title>
<label>From year <select id="year"><option>2014</option><option>2019</option><option>2020</option></select></label>
<fieldset><legend>Countries</legend>
<label><input type="checkbox"> Israel</label><label><input type="checkbox"> United States</label></fieldset>
<output id="out"></output><output id="later"></output>
<script>
  // Says whether a change runs inside a frame's callbacks: set as each frame callback runs, cleared by a
  // task queued before the callback at the bench's own priority, so it runs before any task the
  // callback queues.
  let inFrame = false;
  window.changesInFrame = [];
  const raf = window.requestAnimationFrame.bind(window);
  window.requestAnimationFrame = (callback) => raf((t) => {
    inFrame = true;
    scheduler.postTask(() => (inFrame = false), { priority: 'user-blocking' });
    callback(t);
  });
  const busy = (ms) => {
    const end = performance.now() + ms;
    while (performance.now() < end);
  };
  // Counts reads of layout, the way the bench's layout probe reads it.
  window.geometryReads = 0;
  const rect = Element.prototype.getBoundingClientRect;
  Element.prototype.getBoundingClientRect = function () {
    window.geometryReads++;
    return rect.call(this);
  };
  const work = (e) => {
    window.changesInFrame.push(inFrame);
    busy(${IN_INPUT_TASK_MS});
    // Queued from a microtask, as a framework's flush queues it, at the priority run before the frame.
    queueMicrotask(() => scheduler.postTask(() => {
      busy(${WORK_MS - IN_INPUT_TASK_MS});
      document.getElementById('out').textContent = e.target.value + ' ' + e.target.checked;
    }, { priority: 'user-blocking' }));
    // A part of the page that follows once the frame showing the change is painted.
    requestAnimationFrame(() => setTimeout(() => (document.getElementById('later').textContent = e.target.value)));
  };
  document.addEventListener('change', work);
</script></html>`;

test('the bench dispatches each change between frames, as input arrives, and times it until it is laid out, until the next frame after it, and until the frame showing its last part', async ({ page, baseUrl }) => {
  const url = `${baseUrl}change-probe.html`;
  await page.route(url, (route) => route.fulfill({ contentType: 'text/html', body: PAGE }));
  await page.addInitScript({ content: initScript([]) });
  await page.goto(url);
  const result = await measureChanges(page);
  assert(result, 'the bench found no From-year select on the probe page');
  assert(result.kinds.includes('year') && result.kinds.includes('country'), `the bench made only ${[...new Set(result.kinds)].join(', ')} changes`);
  result.rendered.forEach((rendered, i) => {
    // Lower bounds and order only: both hold however slow or loaded the machine is.
    assert(rendered >= WORK_MS, `change ${i} (${result.kinds[i]}) was timed ${rendered.toFixed(1)} ms to its layout, less than its ${WORK_MS} ms of work (${IN_INPUT_TASK_MS} ms in the input's task)`);
    assert(result.latencies[i]! >= rendered, `change ${i}: the next frame (${result.latencies[i]!.toFixed(1)} ms) came before its layout (${rendered.toFixed(1)} ms)`);
    assert(result.everyView[i]! > result.latencies[i]!, `change ${i}: the frame showing its last part (${result.everyView[i]!.toFixed(1)} ms) was timed no later than the first frame after it (${result.latencies[i]!.toFixed(1)} ms)`);
  });
  // As a reader's input: in a task of its own between frames, so its long task is the change alone.
  const inFrame = await page.evaluate(() => (window as unknown as { changesInFrame: boolean[] }).changesInFrame);
  assert(inFrame.length === result.kinds.length && !inFrame.includes(true), `changes run inside a frame's callbacks: ${JSON.stringify(inFrame)}`);
});

test('without its layout probe the bench forces no layout between a change and its frame, and still times each change to its frames', async ({ page, baseUrl }) => {
  const url = `${baseUrl}change-probe.html`;
  await page.route(url, (route) => route.fulfill({ contentType: 'text/html', body: PAGE }));
  await page.addInitScript({ content: initScript([]) });
  await page.goto(url);
  const reads = () => page.evaluate(() => (window as unknown as { geometryReads: number }).geometryReads);
  const before = await reads();
  const plain = await measureChanges(page, { layoutProbe: false });
  assert(plain, 'the bench found no From-year select on the probe page');
  const forced = (await reads()) - before;
  assert(forced === 0, `the pass without the layout probe read the layout ${forced} times: its frames and long tasks would not be a reader's`);
  assert(plain.rendered.length === 0, `the pass without the layout probe reported ${plain.rendered.length} layout times`);
  assert(plain.latencies.length === plain.kinds.length && plain.everyView.length === plain.kinds.length, `${plain.kinds.length} changes, ${plain.latencies.length} next-frame and ${plain.everyView.length} last-part times`);
  plain.latencies.forEach((t, i) => assert(t >= WORK_MS, `change ${i} was timed ${t.toFixed(1)} ms to its next frame, less than its ${WORK_MS} ms of work`));
  const timed = await measureChanges(page);
  assert(timed && timed.rendered.length === timed.kinds.length && (await reads()) - before >= timed.kinds.length, 'the pass with the layout probe did not read each change\'s layout');
});
