// Every string a reader sees, in one place (ready for translation).
import type { ArmsView, Edition, InvestmentView, MapLayer, VisitKinds } from './state/viewState.ts';
import type { ClaimOp, NoDataReason, Verdict } from './claims/types.ts';
import type { FlowLayer } from './map/layers.ts';
import type { ImportProblem, SipriLayout } from './import/sipri/types.ts';
import { formatCount } from './format.ts';

/** A chart's subtitle: "tonnes, 2014–2024 · note · note"; empty or false notes are left out. */
const subtitle = (unit: string, years: string, ...notes: (string | false | null)[]) =>
  [`${unit}, ${years}`, ...notes.filter((n): n is string => !!n)].join(' · ');

export const strings = {
  title: 'Azerbaijan Ties',
  dek: "Azerbaijan's partnerships in numbers: crude oil exported, defense products imported, investment received and high-level visits, with Israel, the United States and the UAE. Every figure links to its source.",
  loading: 'Loading data…',
  loadFailed: (reason: string) => `The data could not be loaded: ${reason}`,
  dataPanelTitle: 'Data',
  /** The scrolling table of the Data panel: a region of its own, named apart from the panel. */
  dataCountsRegion: 'Rows read, kept and rejected per file',
  dataPanelIntro: 'Each dataset as loaded and checked in your browser. Rows that fail a check are listed and left out; all the others are shown.',
  rowsRead: 'Rows read',
  rowsKept: 'Rows kept',
  rowsRejected: 'Rows rejected',
  indicators: 'Indicators',
  years: 'Years',
  sources: (n: number) => `Sources (${n})`,
  download: (file: string) => `Download ${file}`,
  problems: (n: number) => `${formatCount(n)} problem${n === 1 ? '' : 's'} found in the data`,
  sourceLabel: 'Source:',
  showTable: 'Show data table',
  hideTable: 'Hide data table',
  /** Under a long table: how much of it shows, and the control that shows the rest. */
  tableShown: (shown: number, total: number) => `Showing ${shown} of ${total} rows.`,
  tableShowAll: (total: number) => `Show all ${total} rows`,
  tableShowFirst: (n: number) => `Show the first ${n} only`,
  downloadData: 'Download data',
  getTheData: 'Get the data',
  skipToCharts: 'Skip to the charts',
  /** Figures for one spot past the few drawn stacked: on the top mark, and in its tooltip. */
  moreOnSpotShort: (n: number) => `+${n} more`,
  moreOnSpot: (n: number) => `+${n} more figure${n === 1 ? '' : 's'} for this period, not drawn: see the data table`,
  /** A figure's value in its tooltip: "≈2.2M t (tonnes)". */
  tipValue: (value: string, unit: string) => `${value} (${unit})`,
  tipSource: (publisher: string, published: string | null) => `Source: ${publisher}${published ? `, ${published}` : ''}`,
  embed: 'Embed',
  openInDashboard: 'Open in the dashboard',
  newTab: '(opens in a new tab)',
  selectedSuffix: ' (selected)',
  /** The empty state of a chart: which years do have figures. */
  /** Names in a sentence: "Israel, Italy and India", or "Israel, Italy, India…" when there are more. */
  listNames: (names: string[], more: boolean) =>
    more ? `${names.join(', ')}…` : names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : (names[0] ?? ''),
  /** The selected partners have no figures in the view's years. */
  selectionNotice: (what: string, selected: string, years: string, theirYears: string | null, others: string, otherYears: string) =>
    `No ${what} for ${selected} in ${years}` +
    (theirYears ? ` (there are for ${theirYears})` : '') +
    `.` +
    (others ? ` Figures exist for ${others} in ${otherYears}.` : ''),
  nothingToDownload: (why: string) => `Nothing to download: the view has no rows. ${why}`.trim(),
  emptyTable: (why: string) => `No rows to list. ${why}`.trim(),
  /** Said on a view while the worker holding a previewed file's rows draws it for the new choice. */
  previewBusy: 'Drawing the figures of your file…',
  /** On a time axis, over years with no figure: not a zero. */
  notCollected: 'not collected',
  /** A time axis fitted to the years with figures (flows, contacts): "Figures for 2 of 11 years:
   *  drawn 2023–2024 (2014–2024 asked for)."; null when every year asked for has figures, or none. */
  drawnNotice: (n: number, of: number, drawn: string, asked: string, hatched: boolean) =>
    n === 0 || n === of
      ? null
      : `Figures for ${formatCount(n)} of ${formatCount(of)} years` +
        (drawn === asked ? '' : `: drawn ${drawn} (${asked} asked for)`) +
        (hatched ? '; the hatched years have none collected.' : '.'),
  /** The notice of a view with figures for only some years; nothing when `note` is null. */
  coverageNotice: (note: string | null) => (note ? `Only ${note}; the hatched years have none collected.` : null),
  /** A view whose figures cover only some of the years asked for. */
  coverageNote: (n: string, of: string, years: string) => `figures for ${n} of ${of} years (${years})`,
  noFiguresIn: (years: string, have: string) =>
    have ? `No figures for ${years}. Figures exist for ${have}.` : `No figures for ${years}.`,
  subtitle,
} as const;

/** What a downloaded file says about itself: its note line and why a row must not be added. */
export const downloadStrings = {
  /** The first line: "Crude oil exports: tonnes, 2014–2024 · limited to Israel (the selection) · 12 rows · …". */
  note: (title: string, subtitle: string, limitedTo: string | null, rows: number, sumNotes: boolean, link: string) =>
    [
      `${title}: ${subtitle}`,
      limitedTo && `limited to ${limitedTo} (the selection)`,
      `${formatCount(rows)} row${rows === 1 ? '' : 's'}`,
      sumNotes && 'add up only rows of one indicator and unit with an empty sum_note',
      link,
    ].filter(Boolean).join(' · '),
  sum: {
    total: (name: string) => `total for ${name}; do not add it to the rows of its parts`,
    level: 'a share, rank, running total or one-off value, not a flow; do not add it to other rows',
    repeat: (period: string, source: string) => `another report of the ${period} figure; add the row from ${source} instead`,
    repeatItem: (item: string, source: string) => `another report of ${item}; add the row from ${source} instead`,
    inside: (period: string, source: string) => `inside ${period}; add the ${period} row from ${source} instead`,
    overlaps: (period: string, source: string) => `overlaps ${period}; add the ${period} row from ${source} instead`,
  },
  /** How each map row's total is made (its total_is column). */
  totalIs: { sum: 'sum of the full-year figures', latest: 'the latest full-year figure', count: 'count of contacts' },
} as const;

// Reader-visible strings of the oil chart.

export const oilStrings = {
  otherDestinations: (names: string[]) => `other destinations (grey): ${names.join(', ')}`,
  title: "Azerbaijan's crude oil exports",
  /** What the chart's figures are, in a notice: "No oil figures for the UAE…". */
  what: 'oil figures',
  indicator: 'Indicator',
  unit: 'Unit',
  legendExact: 'exact',
  legendApprox: 'approximate (≈)',
  legendEstimate: 'estimate',
  legendBound: 'at least (▲) / at most (▼)',
  periodNote: 'Each line spans the period its figure covers: a month, several months or a year.',
} as const;

// Reader-visible strings of the arms chart (id `arms`).

export const armsStrings = {
  title: "Azerbaijan's defence imports",
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

// Reader-visible strings of the investment chart (ready for translation).

const list = new Intl.ListFormat('en', { style: 'long', type: 'conjunction' });

export const investmentStrings = {
  title: 'Investment in Azerbaijan',
  /** What the chart's figures are, in a notice: "No investment figures for Israel…". */
  what: 'investment figures',
  titles: {
    flows: 'Direct investment into Azerbaijan, by investor',
    projects: 'Named investment projects',
    cumulative: 'Cumulative investment: statements, not a series',
  } satisfies Record<InvestmentView, string>,
  viewLegend: 'View',
  viewLabels: {
    flows: 'Central Bank flows',
    projects: 'Named projects',
    cumulative: 'Cumulative statements',
  } satisfies Record<InvestmentView, string>,
  subtitles: {
    flows: (units: string[], years: string) => subtitle(list.format(units), years, 'Central Bank of Azerbaijan flows, as reported'),
    projects: (units: string[], years: string) => subtitle(list.format(units), years, 'named projects, each unit on its own scale'),
    cumulative: (units: string[], years: string) => subtitle(list.format(units), years, 'statements of totals as made, not a series'),
  } satisfies Record<InvestmentView, (units: string[], years: string) => string>,
  flowsNote: 'Each line spans the period its figure covers: a quarter, nine months, half a year or a year. Lines are never joined.',
  outflowNote: "Azerbaijan's own direct investment abroad (outflows) is listed in the data table, not drawn.",
  emptyOutflows: (years: string) => ` Azerbaijan's outflows for ${years} are listed in the data table.`,
  samePeriod: (n: number) => `one of ${n} figures for this period`,
  statementsNote:
    'Each dot is one statement of a total, placed at the year it was made. Sources use different methods: the dots are not joined, compared as a trend or added.',
  notASeries: (labels: string[]) => `Statements, not a series: ${labels.join(' vs ')}`,
  projectsNote: 'Each panel has its own scale and unit: an investment in dollars and a capacity in megawatts are never on one axis.',
  direction: {
    in: (partner: string) => `${partner} → Azerbaijan`,
    out: (partner: string) => `Azerbaijan → ${partner}`,
    both: (partner: string) => `Azerbaijan ↔ ${partner}, both directions`,
  },
  panelTitles: {
    'investment_project|usd': 'Investment or cost',
    'investment_project|megawatts': 'Capacity',
    'investment_project|teu': 'Ships ordered',
    'project_stake|percent': 'Equity stakes',
    'grant_aid|usd': 'Grants (aid, not investment)',
  } as Record<string, string>,
  panelTitle: (title: string, unit: string) => `${title} — ${unit}`,
  legendExact: 'exact',
  legendApprox: 'approximate (≈)',
  legendEstimate: 'estimate',
  legendBound: 'at least (≥) / at most (≤)',
  /** A statement whose year the source leaves uncertain, in its tip. */
  yearApprox: 'year approximate',
  /** Who a project's tip is about: "Garadagh solar plant (United Arab Emirates)". */
  projectWho: (item: string, investor: string) => `${item} (${investor})`,
  columnItem: 'Item',
  columnStatus: 'Status (from the note)',
  columnNote: 'Note',
} as const;

// Reader-visible strings of the visits chart (high-level contacts).

/** What each `kinds` choice shows, as the subtitle and the radio labels say it. */
const KINDS_PHRASE: Record<VisitKinds, string> = {
  all: 'High-level contacts (visits, meetings and calls)',
  visits: 'High-level contacts (visits and meetings)',
  calls: 'High-level contacts (calls)',
};

export const visitsStrings = {
  title: "Azerbaijan's high-level contacts",
  /** What the chart's figures are, in a notice: "No contacts for Russia…". */
  what: 'contacts',
  show: 'Show',
  kindsLabels: { all: 'All contacts', visits: 'Visits and meetings', calls: 'Calls' } satisfies Record<VisitKinds, string>,
  /** "High-level contacts (visits, meetings and calls), 2014–2024 · 40 contacts". */
  subtitle: (kinds: VisitKinds, years: string, n: number, selected: number | null) =>
    subtitle(KINDS_PHRASE[kinds], years, contacts(n) + (selected === null ? '' : `, ${formatCount(selected)} with the selected partners`)),
  contacts,
  /** A lane's total: "5 contacts", or "none recorded" (coverage is partial, so not "0"). */
  laneTotal: (n: number) => (n ? contacts(n) : 'none recorded'),
  kinds: {
    state_visit: 'State visit',
    official_visit: 'Official visit',
    working_visit: 'Working visit',
    multilateral_event: 'Summit or multilateral event',
    third_country_meeting: 'Meeting in a third country',
    call: 'Phone call',
    visit_unspecified: 'Visit (kind not stated)',
  } as Record<string, string>,
  levels: {
    head_of_state: 'Head of state',
    head_of_government: 'Head of government',
    foreign_minister: 'Foreign minister',
    asymmetric: 'Asymmetric (one side below foreign minister)',
  } as Record<string, string>,
  hostedBy: (kind: string, country: string) => `${kind}, hosted by ${country}`,
  thirdCountry: (kind: string, country: string) => `${kind}: ${country}`,
  thirdCountryPlace: (country: string) => `${country} (third country)`,
  callText: (kind: string, who: string) => `${kind}, ${who}`,
  calledBy: (country: string) => `called by ${country}`,
  callerNotStated: 'caller not stated',
  dateUncertain: 'date uncertain',
  dayNotStated: 'day not stated',
  endNotFound: 'end date not found',
  legend: {
    circle: 'Visit',
    diamond: 'Summit or multilateral event',
    triangle: 'Meeting in a third country',
    square: 'Phone call',
    uncertain: 'Dashed outline: date uncertain or day not stated',
    bar: 'Bar: first to last day',
    counts: 'Small numbers: contacts per year',
  },
  table: {
    date: 'Date',
    partner: 'Partner',
    kind: 'Kind',
    place: 'Host or caller',
    level: 'Level',
    people: 'People',
    description: 'Description',
    flags: 'Date note',
    source: 'Source',
  },
} as const;

/** "1 contact", "40 contacts". */
function contacts(n: number): string {
  return `${formatCount(n)} ${n === 1 ? 'contact' : 'contacts'}`;
}

// Reader-visible strings of the filters.

export const filterStrings = {
  label: 'Filters',
  /** Shown as "From" and "To"; the hidden " year" completes the menus' names ("From year"). */
  from: 'From',
  to: 'To',
  yearSuffix: ' year',
  countries: 'Countries',
  /** The menu of the countries beyond the lead four, with those chosen in it. */
  more: (n: number, chosen: string[]) => (chosen.length ? `${n} more: ${chosen.join(', ')}` : `${n} more countries`),
  /** A phone's one country menu: what is chosen. */
  chosen: (names: string[]) =>
    names.length === 0 ? 'All countries' : names.length === 1 ? names[0]! : `${names[0]} + ${names.length - 1} more`,
  clear: 'Clear selection',
} as const;

// Reader-visible strings of the Data and Sources panels.

export const panelStrings = {
  checkTitle: 'Check your own copy of a dataset',
  checkIntro:
    'Choose or drop an edited CSV, or a CSV export of the SIPRI Arms Transfers Database: it is checked at once, its problems are listed in the Data panel above with their row and column, and the dashboard previews its valid rows. Nothing is uploaded; the file stays in your browser.',
  checkFile: 'CSV file',
  checkDataset: 'Dataset it replaces',
  checkChoose: 'Choose a dataset',
  checkButton: 'Check and preview',
  /** Why "Check and preview" is disabled while a file is read. */
  checkBusy: 'A file is being checked: wait for it or cancel it to check again.',
  checkRecognised: {
    name: 'Recognised from the file name.',
    header: 'Recognised from the header row.',
    indicators: 'Recognised from the indicators in its rows.',
    reader: 'As you chose.',
    sipri: 'A SIPRI Arms Transfers Database export: its rows are defence imports, whatever dataset is chosen.',
  },
  checkProgressLabel: (file: string) => `Reading ${file}`,
  checkProgress: (rows: number, bytes: number, total: number) =>
    `${formatCount(rows)} rows · ${(bytes / 1e6).toFixed(1)} of ${(total / 1e6).toFixed(1)} MB`,
  checkValidating: (rows: number) => `Checking ${formatCount(rows)} rows…`,
  checkCancel: 'Cancel',
  checkCancelled: (file: string) => `The check of ${file} was cancelled; the dashboard is unchanged.`,
  checkFailed: {
    'not-utf8': (file: string) => `${file} is not UTF-8 text. Save it as "CSV UTF-8" and choose it again.`,
    unrecognised: (file: string) => `Which dataset ${file} stands for could not be told from its name or header: choose the dataset it replaces.`,
    unreadable: (file: string) => `${file} could not be read.`,
    nothingKept: (file: string) => `No row of ${file} passed the checks, so it is not previewed; its problems are listed below.`,
  },
  problemsByReason: 'Problems by reason',
  moreProblems: (n: number) => `${formatCount(n)} more problem${n === 1 ? '' : 's'} not listed here.`,
  downloadProblems: 'Download all problems (CSV)',
  previewing: (file: string, dataset: string) => `Previewing your file ${file} in place of ${dataset}.`,
  /** A SIPRI export's rows go into the published dataset rather than replace it. */
  previewingMerged: (file: string, dataset: string) => `Previewing ${dataset} with the rows of your SIPRI file ${file}.`,
  /** Beside previewingMerged: the counts are the dataset's, not the file's. */
  previewMergedCounts: (read: number, kept: number, rejected: number) =>
    `The dataset as previewed: ${formatCount(read)} rows read, ${formatCount(kept)} kept, ${formatCount(rejected)} rejected.`,
  previewCounts: (read: number, kept: number, rejected: number) =>
    `${formatCount(read)} rows read, ${formatCount(kept)} kept, ${formatCount(rejected)} rejected.`,
  backToPublished: 'Back to the published data',
  sourcesTitle: 'Sources',
  allSources: (n: number) => `All ${n} sources`,
} as const;

// Reader-visible strings of a SIPRI export's import: the page's summary and `npm run import-sipri`.

export const sipriStrings = {
  layouts: {
    'register-deliveries': 'trade register, one row per deal and delivery year',
    'register-deals': 'trade register, one row per deal',
    'tiv-table': 'TIV table, a row per partner and a column per year',
  } satisfies Record<SipriLayout, string>,
  title: 'What was imported from SIPRI',
  /** "SIPRI trade register, …, generated 2026-02-12 → 144 rows of arms_transfers_tiv_regsum (from 1,264 read)". */
  outline: (layout: SipriLayout, generated: string | null, written: number, indicators: readonly string[], read: number) =>
    `SIPRI ${sipriStrings.layouts[layout]}, ${generated ? `generated ${generated}` : 'no generation date in the file'} → ${formatCount(written)} rows of ${indicators.join(', ') || 'no indicator'} (from ${formatCount(read)} rows read)`,
  source: (sourceId: string, edition: string | null) => `Source ${sourceId}${edition ? `; ${edition}` : ''}.`,
  superseded: (n: number, sourceIds: readonly string[]) =>
    n === 0 ? 'No published row is replaced: the imported rows are added.' : `They replace ${formatCount(n)} published rows for the same indicator, parties and years (${sourceIds.join(', ')}).`,
  /** Where the arms chart draws the rows; `option` is the edition menu's label. */
  drawnIn: (option: string) => `The arms chart draws them when its Edition menu is set to "${option}".`,
  notDrawnEdition: (option: string, sources: readonly string[]) =>
    `The arms chart does not draw them: its edition "${option}" holds only ${sources.join(', ')}.`,
  notDrawn: 'No chart draws these rows; they are checked and counted in the Data panel.',
  problemsTitle: (n: number) => `${formatCount(n)} problem${n === 1 ? '' : 's'} in the SIPRI file`,
  /** One problem as a line: "row 14, column "Recipient", "Atlantis": cannot map …". */
  problem: (p: ImportProblem) => `row ${p.row}${p.column ? `, column "${p.column}"` : ''}${p.value ? `, "${p.value}"` : ''}: ${p.reason}`,
  unmapped: (names: readonly string[]) => `Names not mapped to a country code: ${names.join('; ')}.`,
  remarksTitle: 'Notes',
  /** The page previews; the script writes. Its options are the ones the converter's notes name. */
  toWrite: 'To write these rows into data/, run',
  toWriteCommand: (file: string) => `npm run import-sipri -- ${file}`,
  toWriteOptions: "Its options --generated, --all-imports-of and --all-exports-of complete a copy that lost SIPRI's note lines.",
} as const;

// Reader-visible strings of the flow map (id `map`).

export const mapStrings = {
  /** What the map's figures are, in a notice: "No figures on this map for …". */
  what: 'figures on this map',
  routeLabel: ['BTC pipeline,', 'then tanker', '(schematic)'],
  routeTitle:
    'Schematic route of Azerbaijani crude to Israel: the Baku–Tbilisi–Ceyhan pipeline, then tankers from Ceyhan to Ashkelon (as reported by Globes and tanker trackers). Waypoints are approximate.',
  title: "Azerbaijan's flows with its partners",
  layerLegend: 'Layer',
  layers: {
    all: 'All',
    oil: 'Crude oil',
    arms: 'Arms',
    investment: 'Investment',
    visits: 'Contacts',
  } satisfies Record<MapLayer, string>,
  /** What each layer's arcs stand for, with their direction, for the subtitle and the legend. */
  layerNames: {
    oil: 'crude oil exports (Azerbaijan → partner)',
    arms: 'arms transfers (partner → Azerbaijan)',
    investment: 'direct investment (partner → Azerbaijan)',
    visits: 'high-level contacts (both ways)',
  } satisfies Record<FlowLayer, string>,
  /** Short names for tooltips and the table. */
  layerShort: {
    oil: 'Crude oil',
    arms: 'Arms',
    investment: 'Investment',
    visits: 'Contacts',
  } satisfies Record<FlowLayer, string>,
  editions: {
    register2026: 'SIPRI register 2026',
    tables2022: 'SIPRI tables 2022',
  } as Record<string, string>,
  contactsUnit: 'contacts',
  contacts: (n: string, one: boolean) => `${n} ${one ? 'contact' : 'contacts'}`,
  bordersNote: "Borders: Natural Earth's, which imply no endorsement.",
  coverage: (n: number, m: number) => `${n} of ${m} ${m === 1 ? 'year' : 'years'}`,
  noFigureFor: (years: string) => `no figure for ${years}`,
  /** One layer's line in a partner's tip: "Crude oil: ≈3.373M t (approximate) · tonnes · 2 of 11 years (2023–2024)". */
  tipFlow: (layer: string, value: string, unit: string | null = null, coverage: string | null = null) =>
    [`${layer}: ${value}`, unit, coverage].filter(Boolean).join(' · '),
  /** A yearly figure averaged over the years that have one: "≈1.69M t a year (average of 2 years: 2023–2024)". */
  yearlyAverage: (value: string, n: number, years: string, note: string | null = null) =>
    `${value} a year (average of ${n} years: ${years}${note ? `; ${note}` : ''})`,
  /** The one year with a figure: "≥11M t in 2023 (at least)". */
  oneYear: (value: string, year: string, note: string | null = null) => `${value} in ${year}${note ? ` (${note})` : ''}`,
  /** A stock or share's latest year: "46.4% (latest: 2023)". */
  latestYear: (value: string, year: string, note: string | null = null) => `${value} (latest: ${year}${note ? `; ${note}` : ''})`,
  /** Part-year figures a flow's yearly value leaves out: "also: Jan–Sep 2024, 2.372M t, another source; …". */
  tipPartials: (items: string[], allOtherSources = false) => `also${allOtherSources ? ', from other sources' : ''}: ${items.join('; ')}`,
  noFullYearFigure: (years: string) => `no full-year figure for ${years}`,
  partialItem: (period: string, value: string, otherSource: boolean) =>
    [period, value, otherSource ? 'another source' : null].filter(Boolean).join(', '),
  /** Partners with rows in the years shown but no arc, and why: the map's note. */
  /** Partners a layer has rows for in the years shown but draws no arc for, and why. */
  leftOut: (layer: string, names: string[], years: string) =>
    `${layer} not drawn for ${names.join(', ')}: only part-year figures in ${years}, and a part of a year never stands in for a year.`,
  legendWidth: 'width: yearly average over the years with a figure',
  /** A reference width in the legend: arcs are yearly figures. */
  perYear: (value: string) => `${value} a year`,
  legendWidthContacts: 'contacts: width by the count in the years shown',
  tipSources: (publishers: string[]) => `${publishers.length === 1 ? 'Source:' : 'Sources:'} ${publishers.join('; ')}`,
  hub: 'Azerbaijan',
  legendFull: 'solid: a figure for every year',
  legendPartial: 'dashed: figures for some years only',
  legendDirection: 'arrowheads point the way the flow goes',
  legendEdge: 'partner beyond the map, on its bearing from Baku',
  legendShading: (layer: string) => `shading: ${layer} by country inside the map (stronger colour = more)`,
  table: {
    layer: 'Layer',
    from: 'From',
    to: 'To',
    years: 'Years',
    value: 'Total over the years with figures',
    yearly: 'Yearly average',
    coverage: 'Years with figures',
    source: 'Source',
    moreSources: 'Other sources',
    /** A contacts row's other end: contacts go both ways. */
    bothWays: (name: string) => `${name} (both ways)`,
  },
} as const;

// Reader-visible strings of the claims panel (ready for translation).

const OP_NAMES: Record<ClaimOp, string> = {
  change: 'change between periods',
  range: 'range of figures',
  rank: 'ranking',
  list: 'list of figures',
  count: 'count of contacts',
};

// Reader-visible strings of the headline figures above the views.
export const headlineStrings = {
  title: 'In figures',
  oil: (partner: string) => `crude oil to ${partner}, latest full year`,
  arms: (partner: string) => `arms from ${partner}, SIPRI TIV (millions), summed`,
  investment: (partner: string) => `investment from ${partner}, latest full year`,
  visits: (partner: string, calls: number) => `high-level contacts with ${partner}${calls ? `, ${calls} by phone` : ''}`,
  /** "2023 · Faktyoxla" or "2014–2020 · SIPRI and 2 more". */
  detail: (years: string, publisher: string, sources: number) =>
    `${years} · ${publisher}${sources > 1 ? ` and ${sources - 1} more` : ''}`,
};

// Reader-visible strings of the view catalogue and the embed page.
export const catalogueStrings = {
  unknownView: (asked: string | null, ids: string[]) =>
    `${asked ? `There is no chart called “${asked}”.` : 'No chart was named.'} Add ?chart= with one of: ${ids.join(', ')}.`,
};

export const claimStrings = {
  title: 'Claims tested against the data',
  intro:
    'Each quantified claim of the article the project grew from, with the figures computed from the collected data, what those figures say, and their sources.',
  computedLabel: 'Computed from the data:',
  findingLabel: 'What the collected data says:',
  claimSources: 'Sources named for this claim',
  figureSources: 'Sources of the figures',
  showInDashboard: 'Show this in the dashboard',
  /** The heading of one claim's article: "Claim 1: Crude oil exports (change)". */
  testHeading: (n: number, op: string, what: string) => `Claim ${n}: ${what} (${op})`,
  contacts: 'High-level contacts',
  /** How each test reads in a heading; an unknown op is shown as written. */
  opName: (op: string) => (Object.hasOwn(OP_NAMES, op) ? OP_NAMES[op as ClaimOp] : op),

  /** A figure with where it comes from: "≈2.2M t (2023, Faktyoxla)". */
  figure: (value: string, period: string, sources: string) => `${value} (${period}${sources ? `, ${sources}` : ''})`,
  /** Several sources, or several figures of one period. */
  joinSources: (names: string[]) => names.join(', '),
  joinFigures: (figures: string[]) => figures.join('; '),
  /** Conflicting values of one period, short form: "69% or 64%". */
  joinAlternatives: (values: string[]) => values.join(' or '),
  periodItem: (period: string, figures: string) => `${period}: ${figures}`,
  coverage: (n: number, m: number) => `${n} of ${m} years`,

  change: (percent: string, absolute: string, from: string, to: string) => `${percent} (${absolute}) from ${from} to ${to}.`,
  changeMissing: (years: string[]) => `The change cannot be computed: no full-year figure for ${years.join(' or ')}.`,
  changeZero: 'The change cannot be computed as a percentage: the first figure is 0.',
  fullYearFigures: 'Every full-year figure, by source',
  notFullYears: 'Not full years (not compared)',

  range: (min: string, max: string, n: string, years: string) => `From ${min} to ${max}: ${n} ${n === '1' ? 'figure' : 'figures'} for ${years}.`,
  rangeEmpty: (years: string) => `No figure for ${years}.`,
  allFigures: 'All figures, by period',

  /** Says "of the N … collected": the rank is among the figures gathered here, not every country. */
  rank: (name: string, ordinal: string, n: string, noun: string, years: string, top: string) =>
    `${name} ranks ${ordinal} of the ${n} ${noun} collected (${years}): ${top}.`,
  /** Who is ranked: investors, suppliers or recipients. */
  rankNoun: (groupBy: 'from' | 'to', unit: string) =>
    groupBy === 'to' ? 'recipients' : unit === 'usd' ? 'investors' : unit === 'tiv_millions' ? 'suppliers' : 'partners',
  rankMissing: (name: string, years: string, n: string) => `${name} has no full-year figure for ${years} (${n} others ranked).`,
  rankEntry: (name: string, value: string) => `${name} ${value}`,
  rankEllipsis: '…',
  ranking: 'Full ranking',
  rankRow: (rank: number, name: string, value: string) => `${rank}. ${name}: ${value}`,
  withoutFigure: (names: string) => `Partial-period figures only (not ranked): ${names}`,

  listEmpty: (years: string) => `No figure lies within ${years}.`,
  listBySource: 'Each figure with its sources',
  /** "43% (2014–2018)". */
  listEntry: (values: string, period: string) => `${values} (${period})`,
  listJoin: (entries: string[]) => `${entries.join(', ')}.`,

  count: (name: string, n: string, calls: number, ordinal: string, partners: string, dates: string) =>
    `${name}: ${n} ${n === '1' ? 'contact' : 'contacts'}${calls ? ` (${calls} of them ${calls === 1 ? 'a call' : 'calls'})` : ''}, ${ordinal} of ${partners} partners, ${dates}.`,
  countMissing: (name: string, dates: string, total: string) => `No contact with ${name} was collected for ${dates} (${total} contacts with others).`,
  /** What a count counted, after its headline; empty when every kind of contact is counted. */
  countedKinds: { all: '', visits: 'Visits and meetings only: calls are not counted.', calls: 'Phone calls only: visits and meetings are not counted.' },
  perPartner: 'Contacts per partner',
  countRow: (name: string, n: string, calls: number) => `${name}: ${n}${calls ? ` (${calls} ${calls === 1 ? 'call' : 'calls'})` : ''}`,

  /** The band a claim's years are drawn as in its chart: "Claim: 2023–2024". */
  markBand: (years: string) => `Claim: ${years}`,
  /** The line on a chart that marks a claim, its verdict in plain words when it has one. */
  markNote: (claim: string, verdict: string | null) => `Marked: the claim “${claim}”${verdict ? ` — ${verdict}` : ''}`,
  clearMark: 'Clear',
  /** The Clear control's full name: it says what it clears (one per chart). */
  clearMarkName: 'Clear the marked claim',

  verdictLabel: 'Verdict:',
  /** Each verdict of claims.csv in plain words. */
  verdicts: {
    supported: 'Supported by the collected data',
    partly_supported: 'Partly supported: the data agree with part of it, or on one reading',
    not_supported: 'Not supported: no collected source gives it',
    contradicted: 'Contradicted: the collected figures show otherwise',
    unverifiable: 'Cannot be checked: the data needed were not collected',
  } satisfies Record<Verdict, string>,

  noData: {
    'unknown-op': 'This claim names a test the panel does not know, so it is not computed.',
    'unknown-grouping': 'This claim groups its figures in a way the panel does not know, so it is not computed.',
    'unknown-dataset': 'This claim names a dataset that is not loaded, so it is not computed.',
    'unknown-indicator': 'This claim names an indicator the data package does not declare, so it is not computed.',
    'no-rows': 'The loaded data has no figures for this claim’s indicator and unit.',
    'bad-period': 'This claim’s periods cannot be read, so it is not computed.',
  } satisfies Record<NoDataReason, string>,
} as const;

// Reader-visible strings of the Embed dialog (src/lib/embed/EmbedDialog.svelte).

export const embedDialogStrings = {
  heading: (title: string) => `Embed: ${title}`,
  intro: 'Paste this code into your article’s HTML. The chart keeps the filters it has now and sizes itself to its content.',
  titleOption: 'Title and subtitle',
  shown: 'Shown',
  hidden: 'Hidden',
  themeOption: 'Theme',
  themeAuto: 'Auto (the reader’s setting)',
  themeLight: 'Light',
  themeDark: 'Dark',
  linkLabel: 'Link with other charts',
  linkHint: (max: number) =>
    `Optional: a group name. Charts embedded on the same page with the same name stay in step. Letters A–Z, digits, - and _ only, up to ${max} characters.`,
  linkInvalid: (max: number) => `Not added to the code: use only letters A–Z, digits, - and _, up to ${max} characters.`,
  snippetLabel: 'Embed code',
  copy: 'Copy',
  copied: 'Copied',
  copiedAnnouncement: 'Embed code copied to the clipboard.',
  copyFailed: 'Could not copy. Select the code (Ctrl+A or ⌘A in the box) and copy it with Ctrl+C or ⌘C.',
  previewLegend: 'Preview at',
  previewPhone: 'Phone (375 px)',
  previewDesktop: 'Desktop (full width)',
  previewTitle: 'Preview of the embed',
  previewGroup: 'Preview',
  close: 'Close',
} as const;

export const exportStrings = {
  /** Before the two image buttons of a view's frame. */
  imageLabel: 'Download image:',
  /** Each button's visible text, and its accessible name (what it does, with that text). */
  formats: { svg: 'SVG', png: 'PNG' },
  names: { svg: 'Download image: SVG', png: 'Download image: PNG' },
} as const;
