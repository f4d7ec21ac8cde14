// The page's side of a preview held in the import worker: each view's latest model, asked for the
// state (and, for the map, the size and crosshair year) it is drawn with. A model stays until the
// next one arrives, so a filter change never blanks a chart; an answer to a question asked before
// the latest is dropped.
import type { ViewState } from '../state/viewState.ts';
import type { ViewId } from '../catalogue/catalogue.ts';
import type { Headline } from '../dashboard/headlines.ts';
import type { ModelOf } from '../catalogue/viewModels.ts';
import { fromWire, type MapSize, type WireModel } from '../catalogue/wireModel.ts';
import type { PreviewPort } from '../import/importClient.ts';
import { dashboardStrings } from '../strings.ts';

/** The size the views other than the map are asked with (they do not read it). */
export const ANY_SIZE: MapSize = { width: 0, height: 0, hoverYear: null };

export class PreviewModels {
  #port: PreviewPort;
  #models = $state.raw<Partial<Record<ViewId, WireModel<ModelOf[ViewId]>>>>({});
  #headlines = $state.raw<Headline[] | null>(null);
  /** What was asked last, per view (and 'headlines'): the only question whose answer is taken. */
  #asked = new Map<string, string>();
  /** What the model shown answers, per view: when it is not what was asked last, the view is busy. */
  #answered = $state.raw<Record<string, string>>({});

  constructor(port: PreviewPort) {
    this.#port = port;
  }

  /** Pending answers by slot and key, so a question asked twice waits on one answer. */
  #pending = new Map<string, Promise<void>>();

  /** Asks once per new `key` for `slot`; the answer is applied only if no newer question followed. */
  #ask(slot: string, key: string, question: () => Promise<() => void>): Promise<void> {
    const id = `${slot} ${key}`;
    if (this.#asked.get(slot) === key) return this.#pending.get(id) ?? Promise.resolve();
    this.#asked.set(slot, key);
    const answered = question().then((apply) => {
      this.#pending.delete(id);
      if (this.#asked.get(slot) !== key) return;
      apply();
      this.#answered = { ...this.#answered, [slot]: key };
    });
    this.#pending.set(id, answered);
    return answered;
  }

  #askModel(id: ViewId, asked: ViewState, at: MapSize): Promise<void> {
    return this.#ask(id, JSON.stringify([asked, at]), () =>
      this.#port.ask({ ask: 'model', id, state: asked, size: at }).then((a) => () => (this.#models = { ...this.#models, [id]: a.model })),
    );
  }

  #askHeadlines(asked: ViewState): Promise<void> {
    return this.#ask('headlines', JSON.stringify(asked), () => this.#port.ask({ ask: 'headlines', state: asked }).then((a) => () => (this.#headlines = a.headlines)));
  }

  /** The latest model of view `id` (null until the first answer), asking for `state` and `size`. */
  model<Id extends ViewId>(id: Id, state: ViewState, size: MapSize = ANY_SIZE): ModelOf[Id] | null {
    const at = id === 'map' ? size : ANY_SIZE;
    void this.#askModel(id, state, at);
    const wire = this.#models[id] as WireModel<ModelOf[Id]> | undefined;
    if (!wire) return null;
    return fromWire<ModelOf[Id]>(wire, {
      table: () => this.#port.ask({ ask: 'table', id, state, size: at }).then((a) => a.table),
      download: () => this.#port.ask({ ask: 'download', id, state, size: at }).then((a) => a.download),
    });
  }

  /** What view `id` says while it shows something other than what it was last asked for (the worker
   *  is still computing it, or nothing arrived yet), rather than pass it off as current; '' once current. */
  busyNote(id: ViewId): string {
    return this.#answered[id] !== this.#asked.get(id) ? dashboardStrings.previewBusy : '';
  }

  /** The latest headline figures (null until the first answer), asking for `state`. */
  headlines(state: ViewState): Headline[] | null {
    void this.#askHeadlines(state);
    return this.#headlines;
  }

  /** Asks for the models of `ids` and the headlines for `state`, settling once all are answered:
   *  the page switches to the preview with its figures ready, not drawing the published ones first.
   *  (The map is asked by its own size once it draws.) */
  prime(state: ViewState, ids: readonly ViewId[]): Promise<void> {
    return Promise.all([...ids.map((id) => this.#askModel(id, state, ANY_SIZE)), this.#askHeadlines(state)]).then(() => {});
  }

  /** Ends the worker holding the preview's rows. */
  close() {
    this.#port.close();
  }
}
