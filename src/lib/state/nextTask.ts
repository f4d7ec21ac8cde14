// Work moved out of the current task into one of its own, queued now: the browser may paint or handle
// input in between, and no single task runs long. A message on a fresh channel, not setTimeout, whose
// delay browsers clamp to 4 ms or more once timeouts nest.

/** Runs `work` in a task of its own, queued now; calls keep their order. */
export function nextTask(work: () => void): void {
  const channel = new MessageChannel();
  channel.port1.onmessage = () => work();
  channel.port2.postMessage(null);
}
