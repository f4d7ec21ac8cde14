// The network a bench run can load its pages over. By default none is emulated: both builds are served
// from this machine, so a file's bytes and round trips cost next to nothing and only the main thread's
// work shows. `--network slow-4g` loads every page (both builds, every CPU rate) as a phone would fetch
// it, so what a change does to the bytes and requests before the first draw is timed too.

/** CDP's Network.emulateNetworkConditions parameters (throughputs in bytes per second). */
export interface NetworkConditions {
  offline: false;
  latency: number;
  downloadThroughput: number;
  uploadThroughput: number;
}

const kbps = (kilobits: number) => (kilobits * 1024) / 8;

export const NETWORKS = {
  // Lighthouse's mobile profile (150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up) as it applies it
  // through DevTools: latency ×3.75 and throughput ×0.9, as request-level throttling understates both.
  'slow-4g': { offline: false, latency: 562.5, downloadThroughput: kbps(1.6 * 1024 * 0.9), uploadThroughput: kbps(750 * 0.9) },
} as const satisfies Record<string, NetworkConditions>;

export type NetworkName = keyof typeof NETWORKS;

export const isNetworkName = (name: string): name is NetworkName => Object.hasOwn(NETWORKS, name);
