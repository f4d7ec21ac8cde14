// The charts' download builders in one piece, loaded by loadDownloads when a reader first asks for a file.
export { observationDownload } from './observationDownload.ts';
export { visitsDownload } from './visits/visitsDownload.ts';
