// Every string a reader sees in the flow map, in one place (ready for translation); a module of its
// own so a page loads only the strings of the views it draws.
import { viewTitles } from '../strings.ts';
import type { FlowLayer } from '../map/layers.ts';
import type { MapLayer } from '../state/viewState.ts';

// Reader-visible strings of the flow map (id `map`).

export const mapStrings = {
  /** What the map's figures are, in a notice: "No figures on this map for …". */
  what: 'figures on this map',
  routeLabel: ['BTC pipeline,', 'then tanker', '(schematic)'],
  routeTitle:
    'Schematic route of Azerbaijani crude to Israel: the Baku–Tbilisi–Ceyhan pipeline, then tankers from Ceyhan to Ashkelon (as reported by Globes and tanker trackers). Waypoints are approximate.',
  title: viewTitles.map,
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
  coverage: (n: number, m: number) => `${n} of ${m} ${m === 1 ? 'year' : 'years'}`,
  noFigureFor: (years: string) => `no figure for ${years}`,
  /** One layer's line in a partner's tip: "Crude oil: ≈3.373M t (approximate) · tonnes · 2 of 11 years (2023–2024)". */
  tipFlow: (layer: string, value: string, unit: string | null = null, coverage: string | null = null) =>
    [`${layer}: ${value}`, unit, coverage].filter(Boolean).join(' · '),
  /** A yearly figure averaged over the years that have one: "≈1.69M t a year (average of 2 years: 2023–2024)". */
  yearlyAverage: (value: string, n: number, years: string, note: string | null = null) =>
    `${value} a year (average of ${n} years: ${years}${note ? `; ${note}` : ''})`,
  /** The one year with a figure: "≥11M t in 2023 (at least)". */
  oneYear: (value: string, year: string, note: string | null = null) => `${value} in ${year}${note ? ` (${note})` : ''}`,
  /** A stock or share's latest year: "46.4% (latest: 2023)". */
  latestYear: (value: string, year: string, note: string | null = null) => `${value} (latest: ${year}${note ? `; ${note}` : ''})`,
  /** Part-year figures a flow's yearly value leaves out: "also: Jan–Sep 2024, 2.372M t, another source; …". */
  tipPartials: (items: string[], allOtherSources = false) => `also${allOtherSources ? ', from other sources' : ''}: ${items.join('; ')}`,
  noFullYearFigure: (years: string) => `no full-year figure for ${years}`,
  partialItem: (period: string, value: string, otherSource: boolean) =>
    [period, value, otherSource ? 'another source' : null].filter(Boolean).join(', '),
  /** Partners with rows in the years shown but no arc, and why: the map's note. */
  /** Partners a layer has rows for in the years shown but draws no arc for, and why. */
  leftOut: (layer: string, names: string[], years: string) =>
    `${layer} not drawn for ${names.join(', ')}: only part-year figures in ${years}, and a part of a year never stands in for a year.`,
  legendWidth: 'width: yearly average over the years with a figure',
  /** A reference width in the legend: arcs are yearly figures. */
  perYear: (value: string) => `${value} a year`,
  legendWidthContacts: 'contacts: width by the count in the years shown',
  tipSources: (publishers: string[]) => `${publishers.length === 1 ? 'Source:' : 'Sources:'} ${publishers.join('; ')}`,
  hub: 'Azerbaijan',
  legendFull: 'solid: a figure for every year',
  legendPartial: 'dashed: figures for some years only',
  legendDirection: 'arrowheads point the way the flow goes',
  legendEdge: 'partner beyond the map, on its bearing from Baku',
  legendShading: (layer: string) => `shading: ${layer} by country inside the map (stronger colour = more)`,
} as const;

/** The map's data table: loaded with the table's code (flowTable.ts), not with the map. */
export const mapTableStrings = {
  layer: 'Layer',
  from: 'From',
  to: 'To',
  years: 'Years',
  value: 'Total over the years with figures',
  yearly: 'Yearly average',
  coverage: 'Years with figures',
  source: 'Source',
  moreSources: 'Other sources',
  /** A contacts row's other end: contacts go both ways. */
  bothWays: (name: string) => `${name} (both ways)`,
} as const;
