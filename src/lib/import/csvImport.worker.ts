// The CSV import worker: one request per worker (the page ends it to cancel), so the page stays
// responsive while a big file is read, parsed and validated.
import type { ImportRequest } from './importProtocol.ts';
import { importCsv } from './importCsv.ts';

self.onmessage = (e: MessageEvent<ImportRequest>) => {
  // Whatever breaks, the page hears of it: a check never hangs on a lost exception.
  importCsv(e.data, (m) => self.postMessage(m)).catch((error: unknown) =>
    self.postMessage({ type: 'failed', reason: 'unreadable', detail: String(error) }),
  );
};
