// Waits for a promise at most `ms`: a page that never gets there is reported, not awaited forever.

/** Rejects with "<what> within <ms> ms" on time-out; the timer is cleared either way (a pending one would keep the process alive after the report). */
export async function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      promise,
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`${what} within ${ms} ms`)), ms);
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}
