// Every string a reader sees, in one place (ready for translation).

export const strings = {
  title: 'Azerbaijan Ties',
  dek: "Azerbaijan's partnerships in numbers: crude oil exported, defense products imported, investment received and high-level visits, with Israel, the United States and the UAE. Every figure links to its source.",
  loading: 'Loading data…',
  loadFailed: (reason: string) => `The data could not be loaded: ${reason}`,
  mapTitle: 'The region',
  mapCaption: 'The Caucasus and the Middle East. Borders: Natural Earth boundaries (via world-atlas), which do not imply endorsement.',
  dataPanelTitle: 'Data',
  dataPanelIntro: 'Each dataset as loaded and checked in your browser. Rows that fail a check are listed and left out; all the others are shown.',
  rowsRead: 'Rows read',
  rowsKept: 'Rows kept',
  rowsRejected: 'Rows rejected',
  indicators: 'Indicators',
  years: 'Years',
  sources: (n: number) => `Sources (${n})`,
  download: (file: string) => `Download ${file}`,
  problems: (n: number) => `${n} problem${n === 1 ? '' : 's'} found in the data`,
  sourceLabel: 'Source:',
  showTable: 'Show data table',
  hideTable: 'Hide data table',
  downloadData: 'Download data',
  selectedSuffix: ' (selected)',
  yearCursor: 'Year',
  /** The empty state of a chart: which years do have figures. */
  noFiguresIn: (years: string, have: string) =>
    have ? `No figures for ${years}. Figures exist for ${have}.` : `No figures for ${years}.`,
} as const;
