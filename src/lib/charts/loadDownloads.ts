// Loads the charts' download builders (names, citations, sum notes) only when a reader asks for a
// file: the first draw does not need them. One loader, so the page carries one lazy import.

export const loadDownloads = () => import('./downloadBuilders.ts');
