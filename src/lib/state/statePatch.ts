// A host page's patch of the view state (`azerbaijan-ties:set-state`), checked with the URL decoder
// and the domain: every field is applied or rejected on its own; nothing ever throws.
import { decodeState, encodeState, STATE_KEYS } from './stateUrl.ts';
import type { StateDomain, ViewState } from './viewState.ts';

export interface PatchResult {
  /** The state with every valid field applied (the current one when none is). */
  state: ViewState;
  /** The state keys the patch gave with a wrong type or a value the data does not allow. */
  rejected: string[];
}

/** The URL form of one patch field, or null when its type is wrong: `start`/`end` integers,
 *  `countries` an array of codes, `claim` an id or null (no claim marked), every other key its URL string. */
function asParam(key: string, value: unknown): string | null {
  if (key === 'start' || key === 'end') return Number.isInteger(value) ? String(value) : null;
  if (key === 'claim' && value === null) return '';
  if (key === 'countries') return Array.isArray(value) && value.every((c) => typeof c === 'string') ? value.join(',') : null;
  return typeof value === 'string' ? value : null;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Applies the state keys of `patch` (other fields, like `type`, are ignored) to `current`. A field
 * is kept only if the decoder reads it back as given (so an unknown code, a year outside the data
 * or an inverted range is rejected, and that key keeps its current value).
 */
export function applyPatch(current: ViewState, patch: Record<string, unknown>, domain: StateDomain): PatchResult {
  const params = encodeState(current, domain);
  const asked = new Map<string, unknown>();
  const rejected: string[] = [];
  for (const key of STATE_KEYS) {
    if (!Object.hasOwn(patch, key)) continue;
    const value = asParam(key, patch[key]);
    if (value === null) rejected.push(key);
    else {
      params.set(key, value);
      asked.set(key, key === 'countries' ? [...new Set(patch[key] as string[])].sort() : patch[key]);
    }
  }
  // Explicit years, so a one-sided patch is read against the current range, not the defaults.
  for (const key of ['start', 'end'] as const) if (!params.has(key)) params.set(key, String(current[key]));
  let next = decodeState(params, domain);
  const stuck = [...asked].filter(([key, value]) => same(next[key as keyof ViewState], value));
  const refused = [...asked.keys()].filter((key) => !stuck.some(([k]) => k === key));
  if (refused.length) {
    // Decode again with only the fields that held, so a refused one cannot drag the others to defaults.
    const kept = encodeState(current, domain);
    kept.set('start', String(current.start));
    kept.set('end', String(current.end));
    for (const [key] of stuck) kept.set(key, params.get(key)!);
    next = decodeState(kept, domain);
  }
  return { state: next, rejected: [...rejected, ...refused] };
}
