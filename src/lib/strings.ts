// Every string a reader sees on every page, in one place (ready for translation); the strings of one view
// or of what loads later are in viewStrings/, so a page loads only those it shows.
import type { ArmsView, Edition, InvestmentView, MapLayer, VisitKinds } from './state/viewState.ts';
import type { Verdict } from './claims/types.ts';
import type { FlowLayer } from './map/layers.ts';
import type { ImportProblem, SipriLayout } from './import/sipri/types.ts';
import { formatCount } from './format.ts';

/** A chart's subtitle: "tonnes, 2014–2024 · note · note"; empty or false notes are left out. */
export const subtitle = (unit: string, years: string, ...notes: (string | false | null)[]) =>
  [`${unit}, ${years}`, ...notes.filter((n): n is string => !!n)].join(' · ');

/** Each catalogue view's general title: the catalogue lists them without loading the views' strings. */
export const viewTitles = {
  map: "Azerbaijan's flows with its partners",
  oil: "Azerbaijan's crude oil exports",
  arms: "Azerbaijan's defence imports",
  investment: 'Investment in Azerbaijan',
  visits: "Azerbaijan's high-level contacts",
} as const;

export const strings = {
  title: 'Azerbaijan Ties',
  loadFailed: (reason: string) => `The data could not be loaded: ${reason}`,
  /** A part of the page loaded on demand (OnDemand: a chart's other view, the panels, a dialog) that did not arrive. */
  partFailed: (reason: string) => `This part of the page could not be loaded (${reason}). Reload the page to try again.`,
  sources: (n: number) => `Sources (${n})`,
  sourceLabel: 'Source:',
  showTable: 'Show data table',
  hideTable: 'Hide data table',
  downloadData: 'Download data',
  getTheData: 'Get the data',
  /** Figures for one spot past the few drawn stacked: on the top mark, and in its tooltip. */
  moreOnSpotShort: (n: number) => `+${n} more`,
  moreInTip: (n: number) => `+${n} more figure${n === 1 ? '' : 's'} here: see the data table`,
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
  /** Said on a chart while the code of the view a reader has just chosen is fetched (codeOnDemand). */
  viewLoading: 'Loading this view…',
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

// The dashboard page's own strings, apart from `strings` (an object is bundled whole), so no embed carries them.
export const dashboardStrings = {
  dek: "Azerbaijan's partnerships in numbers: crude oil exported, defense products imported, investment received and high-level visits, with Israel, the United States and the UAE. Every figure links to its source.",
  skipToCharts: 'Skip to the charts',
  /** Said on a view while the worker holding a previewed file's rows draws it for the new choice. */
  previewBusy: 'Drawing the figures of your file…',
} as const;

/** Joins names as an English sentence does (Intl's English list, without loading its locale data):
 *  "A", "A and B", "A, B, and C". */
export function list(items: readonly string[]): string {
  if (items.length <= 2) return items.join(' and ');
  return `${items.slice(0, -1).join(', ')}, and ${items.at(-1)}`;
}

/** "1 contact", "40 contacts". */
export function contacts(n: number): string {
  return `${formatCount(n)} ${n === 1 ? 'contact' : 'contacts'}`;
}

// Reader-visible strings of the view catalogue and the embed page.
export const catalogueStrings = {
  unknownView: (asked: string | null, ids: string[]) =>
    `${asked ? `There is no chart called “${asked}”.` : 'No chart was named.'} Add ?chart= with one of: ${ids.join(', ')}.`,
};

// Reader-visible strings of a claim marked on a chart (the rest of the claims' strings: viewStrings/claims.ts).
export const claimMarkStrings = {
  /** The band a claim's years are drawn as in its chart: "Claim: 2023–2024". */
  markBand: (years: string) => `Claim: ${years}`,
  /** The line on a chart that marks a claim, its verdict in plain words when it has one. */
  markNote: (claim: string, verdict: string | null) => `Marked: the claim “${claim}”${verdict ? ` — ${verdict}` : ''}`,
  clearMark: 'Clear',
  /** The Clear control's full name: it says what it clears (one per chart). */
  clearMarkName: 'Clear the marked claim',
} as const;

/** Each verdict of claims.csv in plain words: in a claim's mark and the Claims panel (apart from the
 *  mark's controls, so the map, which marks no claim, does not carry them). */
export const verdictStrings = {
  supported: 'Supported by the collected data',
  partly_supported: 'Partly supported: the data agree with part of it, or on one reading',
  not_supported: 'Not supported: no collected source gives it',
  contradicted: 'Contradicted: the collected figures show otherwise',
  unverifiable: 'Cannot be checked: the data needed were not collected',
} as const satisfies Record<Verdict, string>;

export const exportStrings = {
  /** Before the two image buttons of a view's frame. */
  imageLabel: 'Download image:',
  /** Each button's visible text, and its accessible name (what it does, with that text). */
  formats: { svg: 'SVG', png: 'PNG' },
  names: { svg: 'Download image: SVG', png: 'Download image: PNG' },
} as const;
