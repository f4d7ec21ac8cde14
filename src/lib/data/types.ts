// The shapes of the data contract: the Data Package descriptor and the typed rows it yields.
import type { StateDomainJson } from './stateDomain.ts';

/** Table Schema field types this project uses. */
export type FieldType = 'string' | 'number' | 'integer' | 'date';

export interface FieldConstraints {
  required?: boolean;
  enum?: string[];
  pattern?: string;
}

export interface Field {
  name: string;
  type: FieldType;
  title?: string;
  description?: string;
  constraints?: FieldConstraints;
  /** Project extension: the column holds a country code (ISO 3166-1 alpha-3 or a declared aggregate). */
  'x-codes'?: 'country';
  /** Project extension: the column holds a period (`YYYY`, `YYYY-MM`, `YYYY-MM/YYYY-MM`, `YYYY/YYYY`). */
  'x-period'?: boolean;
  /** Project extension on period and date columns: the years a value may fall in (inclusive), so a
   *  typo such as 0000 or 9999 is caught instead of stretching every year menu. */
  'x-year-span'?: { min: number; max: number };
  /** Project extension on text columns: `http-url` (a link: http or https only) or `query` (a
   *  dashboard query such as `start=2023&end=2024`). */
  'x-format'?: 'http-url' | 'query';
}

export interface ForeignKey {
  fields: string;
  reference: { resource: string; fields: string };
}

export interface TableSchema {
  fields: Field[];
  primaryKey: string[];
  missingValues: string[];
  foreignKeys?: ForeignKey[];
}

/** How a flow or a stock adds up over a year range (DESIGN.md, "The value for a selection"). */
export type Aggregate = 'sum' | 'latest';

export interface IndicatorMeta {
  title: string;
  description: string;
  aggregate: Aggregate;
  /** Source ids, most preferred first; unlisted sources rank after them. */
  sourcePreference: string[];
  /** The lowest value the indicator can take (0 for amounts; absent for changes, which can fall). */
  minimum?: number;
}

/** Project extension on a resource: what its rows are. */
export type ResourceRole = 'observations' | 'events' | 'sources' | 'claims';

export interface Resource {
  name: string;
  path: string;
  title: string;
  description: string;
  format: 'csv';
  mediatype: 'text/csv';
  encoding: 'utf-8';
  profile: 'tabular-data-resource';
  /** Frictionless CSV dialect, declared so readers never sniff the delimiter. */
  dialect?: {
    delimiter: string; doubleQuote?: boolean; quoteChar?: string; lineTerminator?: string; header?: boolean; skipInitialSpace?: boolean;
    /** Lines before the header that start with it are notes, skipped (a download's first line). */
    commentChar?: string;
  };
  'x-role': ResourceRole;
  schema: TableSchema;
  sources?: { title: string; path?: string }[];
  /** Project extension: columns a download adds for readers (names, citations), skipped by the checker. */
  'x-readable-columns'?: ReadableColumn[];
  /** Observations only: every indicator the file may hold. */
  'x-indicators'?: Record<string, IndicatorMeta>;
}

export interface Aggregation {
  code: string;
  name: string;
  /** A total over several countries (the world, the EU, a region), not one party: never added to its parts. */
  total?: boolean;
}

/** A column a download writes beside the contract's for readers; a file that has it still loads. */
export interface ReadableColumn {
  name: string;
  title: string;
  description: string;
}

export interface DataPackage {
  name: string;
  title: string;
  description: string;
  profile: 'tabular-data-package';
  licenses: { name: string; title: string; path?: string }[];
  /** Project extension: non-country codes allowed where a country code is expected. */
  'x-aggregates': Aggregation[];
  'x-citation': string;
  /** Written by build-data from the rows: what a reader can choose (years, partners, oil units). */
  'x-state-domain'?: StateDomainJson;
  resources: Resource[];
}

/** A cell after typing: numbers for number/integer columns, strings otherwise, null when missing. */
export type Cell = string | number | null;
export type Row = Record<string, Cell>;

export type Qualifier = 'exact' | 'approx' | 'lower_bound' | 'upper_bound' | 'estimate';

export interface Observation {
  indicator: string;
  period: string;
  from: string;
  to: string;
  value: number;
  unit: string;
  qualifier: Qualifier;
  item: string | null;
  source_id: string;
  note: string | null;
}

export interface VisitEvent {
  start_date: string;
  end_date: string | null;
  host: string;
  guest: string;
  kind: string;
  date_precision: 'day' | 'uncertain' | 'range';
  level: string;
  initiator: string | null;
  people: string | null;
  title: string;
  source_id: string;
  note: string | null;
}

export interface Source {
  source_id: string;
  publisher: string;
  title: string;
  url: string | null;
  published: string | null;
  evidence: string | null;
}
