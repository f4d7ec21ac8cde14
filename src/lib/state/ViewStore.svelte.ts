// The one place the page keeps its view state: committed changes push history, Back/Forward restore.
import { decodeState, encodeState, mergeQuery, stateQuery } from './stateUrl.ts';
import type { StateDomain, ViewState } from './viewState.ts';
import { afterPaint } from './afterPaint.ts';

/** Minimal views of `location` and `history`, so the store can be tested without a browser. */
export interface Navigation {
  search: () => string;
  push: (query: string) => void;
  replace: (query: string) => void;
}

/** The page's own URL, keeping its path and fragment (`#sources`) on every rewrite. */
const here = (query: string) => `${window.location.pathname}${query}${window.location.hash}`;

/** A committed change reaches the address bar once it is on screen (afterPaint); the rewrite of the
 *  URL the page opened with happens at once. */
export const browserNavigation: Navigation = {
  search: () => window.location.search,
  push: (q) => afterPaint(() => window.history.pushState(null, '', here(q))),
  replace: (q) => window.history.replaceState(null, '', here(q)),
};

/** An embed's navigation: it rewrites its URL but never adds a history entry, which would
 *  hijack the Back button of the article around it. */
export const embedNavigation: Navigation = {
  ...browserNavigation,
  push: (q) => afterPaint(() => browserNavigation.replace(q)),
};

/** Who made a change: the reader on this page, or the page around an embed (or a linked embed). */
export type ChangeCause = 'reader' | 'host';

export interface StoreListener {
  /** After the state changed (never for a change that changes nothing). */
  state?: (state: ViewState, cause: ChangeCause) => void;
  /** After the crosshair year changed. */
  hover?: (year: number | null, cause: ChangeCause) => void;
}

export class ViewStore {
  /** Plain data, replaced whole on each change (never changed in place): views read it freely, and
   *  it is posted as it is to the import worker and to the page around an embed. */
  state: ViewState = $state.raw()!;
  /** The shared crosshair year; hover never touches the URL. */
  hoverYear: number | null = $state(null);
  /** Whether the last change must reach every view at once, on screen or not: a claim's link
   *  opens a view and moves focus into it (shownState.svelte.ts). */
  everywhere = false;
  readonly domain: StateDomain;
  readonly #nav: Navigation;
  readonly #listeners: StoreListener[] = [];

  constructor(domain: StateDomain, nav: Navigation = browserNavigation) {
    this.domain = domain;
    this.#nav = nav;
    this.state = decodeState(new URLSearchParams(nav.search()), domain);
    // A query the app does not understand is rewritten to the state it decoded to; keys that are not ours stay.
    const canonical = mergeQuery(nav.search(), this.state, domain);
    if (canonical !== nav.search()) nav.replace(canonical);
  }

  /** Applies a change and adds a history entry (unless nothing changed); returns whether it changed. */
  commit(patch: Partial<ViewState>, cause: ChangeCause = 'reader'): boolean {
    return this.#apply(patch, cause);
  }

  /** Moves the crosshair (null: none); listeners hear of it only when the year changes. */
  hover(year: number | null, cause: ChangeCause = 'reader'): void {
    if (year === this.hoverYear) return;
    this.hoverYear = year;
    for (const l of this.#listeners) l.hover?.(year, cause);
  }

  /** Hears every change from now on (an embed tells the page around it). */
  listen(listener: StoreListener): void {
    this.#listeners.push(listener);
  }

  /** Selects or deselects one partner (a map button, a checkbox), as one committed change. */
  toggle(code: string): void {
    const list = this.state.countries;
    this.commit({ countries: list.includes(code) ? list.filter((c) => c !== code) : [...list, code] });
  }

  /** The link of a view given as a query (a claim's `view`): decoded, so it is canonical and valid. */
  hrefFor(query: string): string {
    return `./${stateQuery(decodeState(new URLSearchParams(query), this.domain), this.domain)}`;
  }

  /** Opens a view given as a query, as one committed change. */
  open(query: string): void {
    this.#apply(decodeState(new URLSearchParams(query), this.domain), 'reader', true);
  }

  /** Back/Forward: the state the URL now says. */
  restore(): void {
    this.everywhere = false;
    this.state = decodeState(new URLSearchParams(this.#nav.search()), this.domain);
  }

  #apply(patch: Partial<ViewState>, cause: ChangeCause, everywhere = false): boolean {
    // Round-tripping through the codec keeps the state valid (e.g. a unit the new indicator lacks).
    const next = decodeState(encodeState({ ...this.state, ...patch }, this.domain), this.domain);
    if (stateQuery(next, this.domain) === stateQuery(this.state, this.domain)) return false;
    this.everywhere = everywhere;
    this.state = next;
    this.#nav.push(mergeQuery(this.#nav.search(), next, this.domain));
    for (const l of this.#listeners) l.state?.(next, cause);
    return true;
  }
}
