// The figure one arc stands for: a layer's value for one partner over the years shown.
import type { Qualifier } from '../data/types.ts';
import type { FlowDirection, FlowLayer } from './layers.ts';

export interface Flow {
  layer: FlowLayer;
  /** The partner's alpha-3 code (never Azerbaijan, never an aggregate once placed on the map). */
  partner: string;
  direction: FlowDirection;
  /** The indicator behind it (`contacts` for the visits layer). */
  indicator: string;
  /** Null when no year of the range has a figure; 0 is a figure (no arc is drawn for it). */
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
}

/** Whether the flow is drawn: a positive figure (zero and "no figure" draw nothing). */
export function hasArc(flow: Pick<Flow, 'value'>): boolean {
  return flow.value !== null && flow.value > 0;
}

/** Whether some years of the range lack a figure (the arc is dashed, the tooltip says so). */
export function isPartial(flow: Pick<Flow, 'coverage'>): boolean {
  return flow.coverage.n < flow.coverage.m;
}
