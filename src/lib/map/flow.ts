// The figure one arc stands for: a layer's value for one partner over the years shown.
import type { Aggregate, Qualifier } from '../data/types.ts';
import type { FlowDirection, FlowLayer } from './layers.ts';
import type { PartialFigure } from './partialFigures.ts';

export interface Flow {
  layer: FlowLayer;
  /** The partner's alpha-3 code (never Azerbaijan, never an aggregate once placed on the map). */
  partner: string;
  direction: FlowDirection;
  /** The indicator behind it (`contacts` for the visits layer). */
  indicator: string;
  /** The total over the years with a figure (`sum` indicators) or the latest year's (`latest`);
   *  contacts: the count. Null when no year of the range has a figure; 0 is a figure (no arc). */
  value: number | null;
  unit: string;
  qualifier: Qualifier | null;
  /** Years with a figure (`n`) of the years shown (`m`), and which. */
  coverage: { n: number; m: number; years: number[] };
  /** Source ids behind the value, without repeats. */
  sources: string[];
  /** The first and last year the flow was asked for (inclusive). */
  start: number;
  end: number;
  /** How the indicator adds up over years (default `sum`). */
  aggregate?: Aggregate;
  /** Figures for parts of years in the range, which never stand in for a year (default none). */
  partials?: PartialFigure[];
}

/** Whether the flow is drawn: a positive figure (zero and "no figure" draw nothing). */
export function hasArc(flow: Pick<Flow, 'value'>): boolean {
  return flow.value !== null && flow.value > 0;
}

/** Whether some years of the range lack a figure (the arc is dashed, the tooltip says so). */
export function isPartial(flow: Pick<Flow, 'coverage'>): boolean {
  return flow.coverage.n < flow.coverage.m;
}

/** Whether the flow's figure is the mean of several years' figures (a `sum` indicator, not contacts). */
export function isAverage(flow: Pick<Flow, 'layer' | 'aggregate' | 'coverage'>): boolean {
  return flow.layer !== 'visits' && (flow.aggregate ?? 'sum') === 'sum' && flow.coverage.n > 0;
}

/**
 * The figure an arc's width encodes, so partners with different coverage compare like with like:
 * for `sum` indicators the yearly average over the years with a figure; `latest` ones keep the
 * latest year's; contacts keep their count (every partner's count covers the same years).
 */
export function yearlyValue(flow: Pick<Flow, 'layer' | 'aggregate' | 'coverage' | 'value'>): number | null {
  if (flow.value === null || !isAverage(flow)) return flow.value;
  return flow.value / flow.coverage.n;
}
