import { describe, it, expect } from 'vitest';
import { decodeUtf8, utf8Stream } from '../../../src/lib/import/decodeUtf8.ts';

describe('decodeUtf8', () => {
  it('decodeUtf8 reads UTF-8 (dropping a BOM) and refuses Latin-1', () => {
    expect(decodeUtf8(new Uint8Array([0xef, 0xbb, 0xbf, 0x54, 0xc3, 0xbc, 0x72]))).toBe('Tür');
    expect(decodeUtf8(new Uint8Array([0x54, 0xfc, 0x72]))).toBeNull();
  });

  it('utf8Stream joins a character cut between two pieces, and refuses one left cut at the end', () => {
    const decode = utf8Stream();
    expect(decode(new Uint8Array([0x54, 0xc3]), false)).toBe('T');
    expect(decode(new Uint8Array([0xbc, 0x72]), true)).toBe('ür');
    const cut = utf8Stream();
    cut(new Uint8Array([0x54, 0xc3]), false);
    expect(cut(new Uint8Array([]), true)).toBeNull();
  });
});
