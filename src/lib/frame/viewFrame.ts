// What a view's model hands its frame: everything around the plot, computed from (data, state) alone.
import type { ChartDownload, ChartTable } from './tableTypes.ts';
import type { ClaimMark } from './claimMark.ts';

export interface ViewFrame {
  /** The view's public id (DESIGN.md catalogue): map, oil, arms, investment, visits. */
  id: string;
  title: string;
  /** Names the unit and the years. */
  subtitle: string;
  /** "Source: …" without the label: the publishers of the rows shown. */
  sourceLine: string;
  /** When set, said in words instead of drawing the plot (which figures exist, and where). */
  empty: string | null;
  /** Said above the plot when the selection has no figures in the view (it then draws the others,
   *  dimmed), or when the figures cover only some of the years; also what an empty table and
   *  download say. Null when there is nothing to say. */
  notice?: string | null;
  /** The claim marked in this view (`claim=<id>`): its note is said above the plot, with a way to clear it. */
  mark?: ClaimMark | null;
  /** Built only when the reader opens the table: not on every filter change. A promise, so a
   *  view whose rows live in a worker (a data editor's big file) answers the same way. */
  table: () => Promise<ChartTable>;
  /** What "Download data" / "Get the data" saves; its code is loaded and it is built only when a
   *  reader asks (names, citations and sum notes are not needed for the first draw). */
  download: () => Promise<ChartDownload>;
}
