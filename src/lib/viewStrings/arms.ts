// Every string a reader sees in the arms chart, in one place (ready for translation); a module of its
// own so a page loads only the strings of the views it draws.
import type { ArmsView, Edition } from '../state/viewState.ts';
import { viewTitles } from '../strings.ts';

// Reader-visible strings of the arms chart (id `arms`).

export const armsStrings = {
  title: viewTitles.arms,
  /** What the chart's figures are, in a notice: "No arms-transfer figures for Japan…". */
  what: 'arms-transfer figures',
  /** The customers ranking has no time axis: its partial coverage is said as what the totals sum. */
  customersCoverage: (note: string | null) => (note ? `Only ${note}: the totals sum those years alone.` : null),
  viewLegend: 'View',
  views: {
    suppliers: 'Suppliers',
    customers: "Israel's customers",
    shares: 'Shares',
    deals: 'Deals',
  } satisfies Record<ArmsView, string>,
  editionLabel: 'Edition',
  editions: {
    register2026: 'register 2026 edition',
    tables2022: '2022 tables edition',
  } satisfies Record<Edition, string>,
  editionOptions: {
    register2026: 'SIPRI register 2026 (our sums, 2000–2024)',
    tables2022: 'SIPRI TIV tables 2022 (2000–2021)',
  } satisfies Record<Edition, string>,
  tivUnit: 'SIPRI trend-indicator values (TIV), millions',
  /** The unit in a mark's tip: TIV measures military capability transferred, not money. */
  tivTipUnit: 'SIPRI trend-indicator value, millions',
  sipri: 'SIPRI Arms Transfers Database',
  sipriTables: 'SIPRI Arms Transfers Database, TIV tables generated 28 July 2022',
  sipriRegister: 'SIPRI Arms Transfers Database, trade register generated 12 February 2026 (summed by supplier and year)',
  sipriFactSheets: 'SIPRI Arms Transfers Database fact sheets as reported by',
  notCovered: (years: string) => `no figures in this edition for ${years}`,
  other: (n: number) => `Other suppliers (${n})`,
  worldTotal: 'All suppliers (total)',
  /** A tip's line for one supplier inside "Other suppliers": "Belarus: 12 TIV". */
  tipPart: (name: string, value: string) => `${name}: ${value}`,
  otherVintage: 'other vintage, not drawn',
  editionColumn: 'Edition',
  // Customers
  customersUnit: "SIPRI trend-indicator values (TIV), millions, Israel's deliveries",
  customersEdition: '2022 tables',
  customersFromTables: "2022 tables (the register 2026 edition has no breakdown of Israel's recipients)",
  deliveriesByRecipient: 'deliveries by recipient',
  noRecipientFigures: (years: string) => `no recipient figures for ${years}`,
  rankStatement: (ordinal: string, of: number, years: string, value: string) =>
    `Azerbaijan ranks ${ordinal} of ${of} recipients of Israeli arms, ${years} (${value}).`,
  notARecipient: (of: number, years: string) =>
    `Azerbaijan received no Israeli arms recorded by SIPRI in ${years} (${of} recipients did).`,
  rankColumn: 'Rank',
  recipientColumn: 'Recipient',
  totalColumn: 'Total',
  yearsColumn: 'Years with figures',
  sourceColumn: 'Source',
  // Shares
  sharesUnit: "Percent of Azerbaijan's major-arms imports by supplier, SIPRI five-year periods",
  sharesExportsNote: "lower panel: percent of the supplier's arms exports that went to Azerbaijan",
  importPanel: "Share of Azerbaijan's arms imports",
  exportPanel: "Share of the supplier's arms exports going to Azerbaijan (a different measure)",
  conflict: 'conflicting figures for the same period',
  conflictKey: 'dashed: sources disagree for the same period',
  spanKey: 'each line spans the SIPRI period its share covers',
  /** Who a customer bar is about: "Israel → India". */
  deliveriesTo: (supplier: string, recipient: string) => `${supplier} → ${recipient}`,
  measureColumn: 'Measure',
  importMeasure: 'share of AZE imports',
  exportMeasure: 'share of supplier exports',
  // Deals
  dealsUnit: 'US dollars, named deals by year of contract or announcement',
  dealsApart: 'cumulative totals shown apart, never added to the deals',
  sipriComments: 'SIPRI Arms Transfers Database (trade register comments)',
  dealsPanel: 'Named deals and packages',
  cumulativePanel: 'Cumulative totals (not added to the deals)',
  dealKind: 'deal',
  cumulativeKind: 'cumulative total (not added)',
  kindColumn: 'Kind',
  /** Who a deal's tip is about: "IAI package (Israel)". */
  dealWho: (item: string, supplier: string) => `${item} (${supplier})`,
  columns: { period: 'Period', from: 'From', to: 'To', item: 'Deal', value: 'Value', unit: 'Unit', qualifier: 'Reads as', source: 'Source', note: 'Note' },
  sources: (n: number) => (n === 1 ? '1 source' : `${n} sources`),
} as const;
