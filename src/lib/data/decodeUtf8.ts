// Turns a file's bytes into text the way the data contract declares it (UTF-8), saying where and
// why when the bytes are something else, so a Latin-1 or UTF-16 file is named, not silently mangled.

export interface DecodedText {
  /** The text, always: bad bytes become U+FFFD (which the validator rejects cell by cell). */
  text: string;
  /** A file-level problem, located at the line of the first bad byte; absent for clean UTF-8. */
  problem?: { row: number; column: ''; value: string; reason: string };
}

const SAVE_AS = 'save the file as UTF-8 (in a spreadsheet: "CSV UTF-8")';

function lineOf(bytes: Uint8Array, at: number): number {
  let line = 1;
  for (let i = 0; i < at; i++) if (bytes[i] === 0x0a) line += 1;
  return line;
}

function decodes(bytes: Uint8Array, stream: boolean): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream });
    return true;
  } catch {
    return false;
  }
}

/** The offset of the first byte that is not part of a valid UTF-8 sequence. */
function firstBadByte(bytes: Uint8Array): number {
  // The longest prefix that decodes when a sequence may be cut at its end…
  let lo = 0;
  let hi = bytes.length;
  while (hi - lo > 1) {
    const mid = (lo + hi) >>> 1;
    if (decodes(bytes.subarray(0, mid), true)) lo = mid;
    else hi = mid;
  }
  if (decodes(bytes.subarray(0, lo), false)) return lo;
  // …ends inside a sequence the next byte breaks (Latin-1 "é" then a space): the sequence is bad.
  let start = lo;
  while (start > 0 && (bytes[start - 1]! & 0xc0) === 0x80) start -= 1;
  return Math.max(0, start - 1);
}

/** Decodes UTF-8 (a BOM is dropped); UTF-16 with a BOM is read but named; any other bytes are named
 *  by the line and value of the first that is not UTF-8. Never throws. */
export function decodeUtf8(bytes: Uint8Array): DecodedText {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    const text = new TextDecoder(bytes[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(bytes);
    return { text, problem: { row: 1, column: '', value: '', reason: `the file is UTF-16, not UTF-8: ${SAVE_AS}` } };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    const at = firstBadByte(bytes);
    const text = new TextDecoder('utf-8').decode(bytes);
    const byte = bytes[at]!.toString(16).toUpperCase().padStart(2, '0');
    const row = lineOf(bytes, at);
    const value = text.split(/\r\n|\r|\n/)[row - 1] ?? '';
    return { text, problem: { row, column: '', value, reason: `not UTF-8 text (byte 0x${byte} on line ${row}, perhaps Latin-1 or Windows-1252): ${SAVE_AS}` } };
  }
}
