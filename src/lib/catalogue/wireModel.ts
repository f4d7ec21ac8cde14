// A view's model as plain data that crosses between threads: the import worker computes a previewed
// file's models where its rows are and the page draws them. Kept apart from viewModels.ts, so the
// page does not load every view's code to read a model.
import type { ViewFrame } from '../frame/viewFrame.ts';

/** What only the map's model depends on beyond the state: its size and the crosshair year. */
export interface MapSize {
  width: number;
  height: number;
  hoverYear: number | null;
}

/** A model without its frame's table and download (built where the rows are, when a reader asks). */
export type WireModel<M extends { frame: ViewFrame }> = Omit<M, 'frame'> & { frame: Omit<ViewFrame, 'table' | 'download'> };

export function toWire<M extends { frame: ViewFrame }>(model: M): WireModel<M> {
  const { table: _table, download: _download, ...frame } = model.frame;
  return { ...model, frame };
}

/** A model from the wire, its table and download asked of whoever holds the rows. */
export function fromWire<M extends { frame: ViewFrame }>(wire: WireModel<M>, ask: Pick<ViewFrame, 'table' | 'download'>): M {
  return { ...wire, frame: { ...wire.frame, ...ask } } as M;
}
