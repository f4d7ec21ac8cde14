// Orders text as English collation (localeCompare) does for what this app sorts (country names,
// codes, source ids, periods, dates, items), without it: the first collator a page makes loads the
// browser's locale data, 10–20 ms of a first load in Chromium.

/** Space and ASCII punctuation in English collation's order; all come before digits, then letters. */
const PUNCTUATION = " _-,;:!?.'\"()[]{}@*/\\&#%`^+<=>|~$";
const COMBINING_MARKS = /[\u0300-\u036f]/g;
const NON_ASCII = /[^\u0000-\u007f]/;

// A sort compares each text many times, and views sort the same names, codes and periods on every
// filter change: each key is worked out once (the cache is emptied if it ever grows large).
const primaryKeys = new Map<string, string>();
const MAX_CACHED = 20_000;

function primaryKey(text: string): string {
  let key = primaryKeys.get(text);
  if (key === undefined) {
    if (primaryKeys.size >= MAX_CACHED) primaryKeys.clear();
    primaryKeys.set(text, (key = primaryWeights(text)));
  }
  return key;
}

/** Primary weights as a string whose code units sort in collation order: accents and case are ignored here. */
function primaryWeights(text: string): string {
  // ASCII text is its own decomposition and has no accents: most keys (codes, dates, ids) skip both
  // passes, and a first load need not start the browser's Unicode normalisation for them.
  const folded = NON_ASCII.test(text) ? text.normalize('NFD').replace(COMBINING_MARKS, '') : text;
  let key = '';
  for (let i = 0; i < folded.length; i++) {
    let c = folded.charCodeAt(i);
    if (c >= 65 && c <= 90) c += 32;
    const p = PUNCTUATION.indexOf(folded[i]!);
    key += String.fromCharCode(p >= 0 ? 0x20 + p : c >= 48 && c <= 57 ? 0x100 + c : c >= 97 && c <= 122 ? 0x200 + c : 0x1000 + c);
  }
  return key;
}

const order = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
/** Where the accents are: each letter a NUL, each accent itself, so an unaccented letter comes first. */
const accents = (text: string) => text.normalize('NFD').replace(/[^\u0300-\u036f]/g, '\u0000');
/** Swaps the case of the (decomposed) letters, so lower case comes first among otherwise equal texts. */
const lowerFirst = (text: string) => text.normalize('NFD').replace(/[a-z]/gi, (c) => (c === c.toLowerCase() ? c.toUpperCase() : c.toLowerCase()));

/** Negative when `a` comes first: letters compared without accents and case, then the unaccented
 *  first, then lower case first (collation's primary, secondary and tertiary levels). */
export function compareText(a: string, b: string): number {
  if (a === b) return 0;
  return order(primaryKey(a), primaryKey(b)) || order(accents(a), accents(b)) || order(lowerFirst(a), lowerFirst(b));
}
