import { describe, it, expect } from 'vitest';
import { utf8Stream } from '../../../src/lib/import/utf8Stream.ts';

describe('utf8Stream', () => {
  it('reads UTF-8 (dropping a BOM) and refuses Latin-1', () => {
    expect(utf8Stream()(new Uint8Array([0xef, 0xbb, 0xbf, 0x54, 0xc3, 0xbc, 0x72]), true)).toBe('Tür');
    expect(utf8Stream()(new Uint8Array([0x54, 0xfc, 0x72]), true)).toBeNull();
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
