// Components that load a part on demand (frame/OnDemand.svelte) draw it once its import arrives.
import { tick } from 'svelte';
import { vi } from 'vitest';

/** Waits until every part loaded on demand has arrived and been drawn. */
export async function partsLoaded(): Promise<void> {
  await vi.dynamicImportSettled();
  await tick();
}
