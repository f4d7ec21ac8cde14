// How the page around a view presents it: the dashboard and the embed page differ only here.
import { getContext, setContext } from 'svelte';

export interface PageContext {
  /** The view title's heading level: 2 in the dashboard (under its h1), 1 alone in an embed. */
  headingLevel: 1 | 2;
  /** Title and subtitle kept for screen readers only (an embed's `plain`); the source line stays. */
  plain: boolean;
  /** An embed names its download "Get the data" and links back to the same view in the dashboard. */
  embedded: boolean;
  /** The dashboard link for the current view (embeds only; a getter, so it follows the state). */
  readonly dashboardHref?: string;
  /** Opens the Embed dialog for a view (dashboard only); focus returns to `trigger` when it closes. */
  openEmbed?: (viewId: string, trigger: HTMLElement) => void;
  /** Settles once every view of the page has drawn: what only a reader's interaction needs loads then.
   *  Absent outside the two pages (a component test): it loads at once. */
  readonly drawn?: Promise<void>;
  /** Removes the marked claim (`claim=<id>`) from the page's state; no Clear control without it. */
  clearMark?: () => void;
}

const KEY = Symbol('azerbaijan-ties:page');
const DASHBOARD: PageContext = { headingLevel: 2, plain: false, embedded: false };

export const setPageContext = (context: PageContext) => setContext(KEY, context);
export const pageContext = (): PageContext => getContext<PageContext | undefined>(KEY) ?? DASHBOARD;
