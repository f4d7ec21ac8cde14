// Reader-visible strings of the flow map (id `map`).
import type { MapLayer } from '../state/viewState.ts';
import type { FlowLayer } from './layers.ts';

export const mapStrings = {
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
  yearShown: (year: number) => `Showing ${year} only`,
  coverage: (n: number, m: number) => `${n} of ${m} ${m === 1 ? 'year' : 'years'}`,
  noFigureFor: (years: string) => `no figure for ${years}`,
  sourcesLabel: 'Sources:',
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
    value: 'Value',
    coverage: 'Years with figures',
    source: 'Source',
    moreSources: 'Other sources',
  },
} as const;
