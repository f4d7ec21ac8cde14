// The CSV import worker (started by import/importClient): it checks one file (the page ends it to cancel), then, when the whole file
// was read, holds its preview and answers the page's questions about it (a view's model, table or
// download for a state), so a big file's rows never cross to the page.
import type { WorkerInbound } from '../import/importProtocol.ts';
import { checkFile } from './checkFile.ts';
import type { PreviewHost } from './previewHost.ts';
// The views' models are worked out here, for whatever countries the editor's file names.
import '../geo/everyCountryName.ts';
import '../geo/everyPartnerAnchor.ts';

let host: PreviewHost | null = null;

self.onmessage = (e: MessageEvent<WorkerInbound>) => {
  const m = e.data;
  if (m.type === 'ask') {
    void host?.answer(m).then((answer) => self.postMessage({ type: 'answer', ...answer }));
    return;
  }
  // Whatever breaks, the page hears of it: a check never hangs on a lost exception.
  checkFile(m, (message) => self.postMessage(message))
    .then((made) => (host = made))
    .catch((error: unknown) => self.postMessage({ type: 'failed', reason: 'unreadable', detail: String(error) }));
};
