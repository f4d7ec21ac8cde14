// The one place the page keeps its view state: committed changes push history, Back/Forward restore.
import { decodeState, encodeState, stateQuery } from './stateUrl.ts';
import type { StateDomain, ViewState } from './viewState.ts';

/** Minimal views of `location` and `history`, so the store can be tested without a browser. */
export interface Navigation {
  search: () => string;
  push: (query: string) => void;
  replace: (query: string) => void;
}

export const browserNavigation: Navigation = {
  search: () => window.location.search,
  push: (q) => window.history.pushState(null, '', q || window.location.pathname),
  replace: (q) => window.history.replaceState(null, '', q || window.location.pathname),
};

export class ViewStore {
  state: ViewState = $state()!;
  /** The shared crosshair year; hover never touches the URL. */
  hoverYear: number | null = $state(null);
  readonly domain: StateDomain;
  readonly #nav: Navigation;

  constructor(domain: StateDomain, nav: Navigation = browserNavigation) {
    this.domain = domain;
    this.#nav = nav;
    this.state = decodeState(new URLSearchParams(nav.search()), domain);
    // A query the app does not understand is rewritten to the state it decoded to.
    const canonical = stateQuery(this.state, domain);
    if (canonical !== nav.search()) nav.replace(canonical);
  }

  /** Applies a change a reader made and adds a history entry (unless nothing changed). */
  commit(patch: Partial<ViewState>): void {
    this.#apply(patch);
  }

  /** The link of a view given as a query (a claim's `view`): decoded, so it is canonical and valid. */
  hrefFor(query: string): string {
    return `./${stateQuery(decodeState(new URLSearchParams(query), this.domain), this.domain)}`;
  }

  /** Opens a view given as a query, as one committed change. */
  open(query: string): void {
    this.commit(decodeState(new URLSearchParams(query), this.domain));
  }

  /** Back/Forward: the state the URL now says. */
  restore(): void {
    this.state = decodeState(new URLSearchParams(this.#nav.search()), this.domain);
  }

  #apply(patch: Partial<ViewState>): void {
    // Round-tripping through the codec keeps the state valid (e.g. a unit the new indicator lacks).
    const next = decodeState(encodeState({ ...this.state, ...patch }, this.domain), this.domain);
    const query = stateQuery(next, this.domain);
    if (query === stateQuery(this.state, this.domain)) return;
    this.state = next;
    this.#nav.push(query);
  }
}
