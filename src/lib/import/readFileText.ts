// Reads a File in slices and hands over its text piece by piece, refusing text that is not UTF-8:
// a 50 MB file is never held whole, as bytes or as text.
import { utf8Stream } from './utf8Stream.ts';

/** Calls `piece` with each slice's text and the bytes read so far; false when the file is not
 *  UTF-8 (from its first bad byte on, nothing more is handed over). `chunkBytes` is the slice size. */
export async function readFileText(file: Blob, piece: (text: string, bytesRead: number) => void, chunkBytes = 1 << 20): Promise<boolean> {
  const decode = utf8Stream();
  for (let at = 0; at < file.size || at === 0; at += chunkBytes) {
    const last = at + chunkBytes >= file.size;
    const text = decode(new Uint8Array(await file.slice(at, at + chunkBytes).arrayBuffer()), last);
    if (text === null) return false;
    piece(text, Math.min(at + chunkBytes, file.size));
    if (last) break;
  }
  return true;
}
