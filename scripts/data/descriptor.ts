// Builds data/datapackage.json: the Frictionless descriptor the app reads to load and check data/.
import type { Aggregation, DataPackage, Field, Resource, TableSchema } from '../../src/lib/data/types.ts';
import type { CsvRecord } from './readCsv.ts';
import { declaredIndicators, indicatorMeta } from './indicators.ts';
import { NOTE_MARKER } from '../../src/lib/data/readableColumns.ts';
import { readableColumns } from './readableColumns.ts';
import { OBSERVATION_COLUMNS } from '../../src/lib/data/contractColumns.ts';

export const EVENT_COLUMNS = [
  'start_date', 'end_date', 'host', 'guest', 'kind', 'date_precision', 'level', 'initiator', 'people', 'title', 'source_id', 'note',
] as const;
export const CLAIM_COLUMNS = [
  'claim_id', 'claim', 'op', 'dataset', 'indicator', 'unit', 'from', 'to', 'subject', 'period_a', 'period_b', 'group_by', 'view',
  'what_the_collected_data_says', 'source_ids', 'verdict',
] as const;

/** Closed lists documented in the reference READMEs; the build fails on a value outside them. */
const QUALIFIERS = ['exact', 'approx', 'lower_bound', 'upper_bound', 'estimate'];
const VISIT_KINDS = [
  'state_visit', 'official_visit', 'working_visit', 'multilateral_event', 'third_country_meeting', 'call', 'visit_unspecified',
];
const DATE_PRECISIONS = ['day', 'uncertain', 'range'];
const LEVELS = ['head_of_state', 'head_of_government', 'foreign_minister', 'asymmetric'];
const CLAIM_OPS = ['change', 'range', 'rank', 'list', 'count'];
/** Defined in the reference data's README: our reading of a claim against the collected data. */
export const VERDICTS = ['supported', 'partly_supported', 'not_supported', 'contradicted', 'unverifiable'];

/** The years a period or date may fall in: wide enough for every source (2000 onwards, a few
 *  forecasts), narrow enough that a typo like 0000 or 9999 is caught before it stretches the menus. */
export const YEAR_SPAN = { min: 1990, max: 2030 } as const;

export const AGGREGATES: Aggregation[] = [
  { code: 'WLD', name: 'World (all partners)', total: true },
  { code: 'EUU', name: 'European Union (EU-27)', total: true },
  { code: 'XXX', name: 'Unknown party' },
  { code: 'REG_EUROPE', name: 'Europe (SIBAT region)', total: true },
  { code: 'REG_ASIA_PACIFIC', name: 'Asia-Pacific (SIBAT region)', total: true },
  { code: 'REG_NORTH_AMERICA', name: 'North America (SIBAT region)', total: true },
  { code: 'REG_LATIN_AMERICA', name: 'Latin America (SIBAT region)', total: true },
  { code: 'REG_AFRICA', name: 'Africa (SIBAT region)', total: true },
  { code: 'REG_ABRAHAM_ACCORDS', name: 'Abraham Accords countries (SIBAT region)', total: true },
  { code: 'NSA_AU', name: 'African Union (non-state recipient)' },
  { code: 'NSA_UN', name: 'United Nations (non-state recipient)' },
];

export interface BuiltTables {
  'oil-exports': CsvRecord[];
  'defense-imports': CsvRecord[];
  investment: CsvRecord[];
  visits: CsvRecord[];
  sources: CsvRecord[];
  claims: CsvRecord[];
}

function distinct(rows: readonly CsvRecord[], column: string): string[] {
  return [...new Set(rows.map((r) => r[column] ?? '').filter(Boolean))];
}

/** An enum over a documented closed list; fails if the data holds anything else. */
function closedList(resource: string, column: string, allowed: string[], rows: readonly CsvRecord[]): string[] {
  const stray = distinct(rows, column).filter((v) => !allowed.includes(v));
  if (stray.length > 0) throw new Error(`${resource}.${column}: values outside the documented list: ${stray.join(', ')}`);
  return allowed;
}

function str(name: string, title: string, description: string, required = false, extra: Partial<Field> = {}): Field {
  return { name, type: 'string', title, description, ...(required ? { constraints: { required: true } } : {}), ...extra };
}

function withEnum(field: Field, values: string[]): Field {
  return { ...field, constraints: { ...field.constraints, enum: values } };
}

function observationSchema(name: string, rows: readonly CsvRecord[]): TableSchema {
  const fields: Field[] = [
    withEnum(str('indicator', 'Indicator', 'What is measured; described in x-indicators.', true), declaredIndicators(name, distinct(rows, 'indicator'))),
    str('period', 'Period', 'YYYY, YYYY-MM, or an inclusive range YYYY-MM/YYYY-MM or YYYY/YYYY. A value belongs to its whole interval.', true, { 'x-period': true, 'x-year-span': YEAR_SPAN }),
    str('from', 'From', 'Sending party: ISO 3166-1 alpha-3 code or a declared aggregate.', true, { 'x-codes': 'country' }),
    str('to', 'To', 'Receiving party: ISO 3166-1 alpha-3 code or a declared aggregate.', true, { 'x-codes': 'country' }),
    { name: 'value', type: 'number', title: 'Value', description: 'The figure as the source gives it, in unit; never rounded or converted.', constraints: { required: true } },
    withEnum(str('unit', 'Unit', 'Unit of value; different units never share an axis.', true), distinct(rows, 'unit')),
    withEnum(
      str('qualifier', 'Qualifier', "How to read value, classified from the source's wording: exact, approx (about/rounded), lower_bound ('more than'), upper_bound (a stated ceiling) or estimate.", true),
      closedList(name, 'qualifier', QUALIFIERS, rows),
    ),
    str('item', 'Item', 'The named deal or project the row is about; empty otherwise.'),
    str('source_id', 'Source', 'Key into sources.csv.', true),
    str('note', 'Note', 'Wording, caveats and conflicts, as recorded by the researcher.'),
  ];
  return {
    fields,
    primaryKey: OBSERVATION_COLUMNS.filter((c) => c !== 'note'),
    missingValues: [''],
    foreignKeys: [{ fields: 'source_id', reference: { resource: 'sources', fields: 'source_id' } }],
  };
}

function visitSchema(rows: readonly CsvRecord[]): TableSchema {
  const fields: Field[] = [
    { name: 'start_date', type: 'date', title: 'Start date', description: 'First day of the contact, as stated by the source.', constraints: { required: true }, 'x-year-span': YEAR_SPAN },
    { name: 'end_date', type: 'date', title: 'End date', description: 'Last day; empty when not found in the sources.', 'x-year-span': YEAR_SPAN },
    str('host', 'Host', 'Country visited (ISO alpha-3); for a third-country meeting the venue; for a call the calling side when known, else AZE.', true, { 'x-codes': 'country' }),
    str('guest', 'Guest', 'Visiting or other side (ISO alpha-3).', true, { 'x-codes': 'country' }),
    withEnum(str('kind', 'Kind', 'Kind of contact, as named by a source.', true), closedList('visits', 'kind', VISIT_KINDS, rows)),
    withEnum(
      str('date_precision', 'Date precision', 'day: dates as stated; uncertain: the date may be off; range: the day within a multi-day event is not stated.', true),
      closedList('visits', 'date_precision', DATE_PRECISIONS, rows),
    ),
    withEnum(str('level', 'Level', 'Rank of the lower-ranked side; asymmetric when one side is below foreign-minister level.', true), closedList('visits', 'level', LEVELS, rows)),
    // Codes or "not_stated": left as plain text so a new calling country needs no schema change.
    str('initiator', 'Initiator', 'Calls only: ISO alpha-3 code of the calling side, or not_stated; empty for other contacts.'),
    str('people', 'People', 'Participants with their offices.'),
    str('title', 'Title', 'Short description of the contact.', true),
    str('source_id', 'Source', 'Key into sources.csv.', true),
    str('note', 'Note', 'Dates, sides and caveats, as recorded by the researcher.'),
  ];
  return {
    fields,
    primaryKey: ['start_date', 'host', 'guest', 'kind', 'source_id', 'title'],
    missingValues: [''],
    foreignKeys: [{ fields: 'source_id', reference: { resource: 'sources', fields: 'source_id' } }],
  };
}

function sourceSchema(): TableSchema {
  return {
    fields: [
      str('source_id', 'Source id', 'Key used by source_id in the other files.', true),
      str('publisher', 'Publisher', 'Who published it; says so where the page was read through a mirror or translation.', true),
      str('title', 'Title', 'Title of the page or dataset.', true),
      str('url', 'URL', 'Where it was read: an http or https address.', true, { 'x-format': 'http-url' }),
      str('published', 'Published', 'Publication date as text: some sources give only a year, a month or nothing.'),
      str('evidence', 'Evidence', 'Paraphrase of what the source supports; where several reference folders cite it, their texts joined with " | ".', true),
    ],
    primaryKey: ['source_id'],
    missingValues: [''],
  };
}

function claimSchema(rows: readonly CsvRecord[], datasets: string[]): TableSchema {
  return {
    fields: [
      str('claim_id', 'Claim id', 'Stable id of the claim.', true),
      str('claim', 'Claim', 'The quantified claim, as made in the source article.', true),
      withEnum(str('op', 'Test', 'How the claim is tested: change, range, rank, list or count.', true), closedList('claims', 'op', CLAIM_OPS, rows)),
      withEnum(str('dataset', 'Dataset', 'The resource that tests the claim.', true), closedList('claims', 'dataset', datasets, rows)),
      str('indicator', 'Indicator', 'Indicator of that resource; empty for events.'),
      str('unit', 'Unit', 'Unit of the indicator; empty for events.'),
      str('from', 'From', 'Sending party filter (ISO alpha-3 or aggregate); empty for any.', false, { 'x-codes': 'country' }),
      str('to', 'To', 'Receiving party filter (ISO alpha-3 or aggregate); empty for any.', false, { 'x-codes': 'country' }),
      str('subject', 'Subject', 'The party the claim is about.', true, { 'x-codes': 'country' }),
      str('period_a', 'Period A', 'Start of the comparison (a period, or a date for events).', true),
      str('period_b', 'Period B', 'End of the comparison (a period, or a date for events).', true),
      str('group_by', 'Group by', 'Column or notion the test groups by (e.g. source, period, to, partner).', true),
      str('view', 'View', 'Dashboard query string that shows the evidence.', true, { 'x-format': 'query' }),
      str('what_the_collected_data_says', 'Finding', 'What the collected data says about the claim.', true),
      str('source_ids', 'Sources', 'Semicolon-separated source ids; empty means the sources of the figures themselves.'),
      withEnum(
        str('verdict', 'Verdict', 'Our reading of the claim against the collected data: supported, partly_supported (agrees in part or on one reading), not_supported (no collected source gives it), contradicted (the figures show otherwise) or unverifiable (the data needed were not collected).', true),
        closedList('claims', 'verdict', VERDICTS, rows),
      ),
    ],
    primaryKey: ['claim_id'],
    missingValues: [''],
  };
}

// The dialect is declared so no reader has to guess it: sniffing the delimiter from the first
// lines picks ';' in files whose notes hold many semicolons (oil-exports, investment). The comment
// character lets a download's note line load back.
const DIALECT = {
  delimiter: ',', doubleQuote: true, quoteChar: '"', lineTerminator: '\n', header: true, skipInitialSpace: false, commentChar: NOTE_MARKER,
} as const;
const COMMON = { format: 'csv', mediatype: 'text/csv', encoding: 'utf-8', profile: 'tabular-data-resource', dialect: DIALECT } as const;

function observations(name: string, title: string, description: string, sources: string[], rows: CsvRecord[]): Resource {
  return {
    name, path: `${name}.csv`, title, description, ...COMMON, 'x-role': 'observations',
    schema: observationSchema(name, rows),
    'x-readable-columns': readableColumns('observations'),
    sources: sources.map((t) => ({ title: t })),
    'x-indicators': indicatorMeta(name, rows),
  };
}

/** Fails unless every from/to/host/guest/subject code outside ISO is declared, and every declared one is used. */
function checkAggregates(tables: BuiltTables, isIso: (code: string) => boolean): void {
  const declared = new Set(AGGREGATES.map((a) => a.code));
  const used = new Set<string>();
  const columns: [keyof BuiltTables, string[]][] = [
    ['oil-exports', ['from', 'to']], ['defense-imports', ['from', 'to']], ['investment', ['from', 'to']],
    ['visits', ['host', 'guest']], ['claims', ['from', 'to', 'subject']],
  ];
  for (const [name, cols] of columns) {
    for (const r of tables[name]) for (const c of cols) {
      const code = r[c] ?? '';
      if (code === '' || isIso(code)) continue;
      if (!declared.has(code)) throw new Error(`${name}.${c}: code ${code} is neither ISO alpha-3 nor a declared aggregate`);
      used.add(code);
    }
  }
  const unused = [...declared].filter((c) => !used.has(c));
  if (unused.length > 0) throw new Error(`declared aggregates not used in any file: ${unused.join(', ')}`);
}

export function buildDescriptor(tables: BuiltTables, isIso: (code: string) => boolean): DataPackage {
  checkAggregates(tables, isIso);
  const datasets = ['oil-exports', 'defense-imports', 'investment', 'visits'];
  return {
    name: 'azerbaijan-ties',
    title: 'Azerbaijan Ties',
    description:
      "Azerbaijan's ties with Israel, the United States and the UAE in numbers: crude oil exported, defence products imported, investment received and high-level contacts, each figure with its source. Built by scripts/build-data.ts from the project's reference data; nothing interpolated or estimated by the project, and where sources disagree every figure is kept. The compilation is licensed CC BY 4.0; the figures themselves remain their publishers'.",
    profile: 'tabular-data-package',
    licenses: [
      {
        name: 'CC-BY-4.0',
        title: "Creative Commons Attribution 4.0 (the compilation; source figures remain their publishers')",
        path: 'https://creativecommons.org/licenses/by/4.0/',
      },
    ],
    'x-aggregates': AGGREGATES,
    'x-citation':
      "Cite the compilation as: Azerbaijan Ties data package (azerbaijan-ties), CC BY 4.0. Credit each figure to its publisher as named for its source_id in sources.csv (publisher, title, URL, date). Arms-transfer figures: Source: SIPRI Arms Transfers Database, https://www.sipri.org/databases/armstransfers (TIV tables generated 28 July 2022; trade registers generated 13 March 2025 and 12 February 2026, read from copies in public repositories named in sources.csv).",
    resources: [
      observations(
        'oil-exports', 'Crude oil exports',
        "Azerbaijan's crude oil exports to Israel and other destinations, Israel's import shares and tanker-tracking estimates, 2006–2025 (sparse before 2019). Customs figures, mirror data and tracking estimates are separate indicators; cumulative periods are never added to monthly ones; conflicting figures (such as Azerbaijan to Israel in 2024) are both kept.",
        ['Azerbaijan State Customs Committee figures as reported by the press (Globes, The Jerusalem Post, Isranomics and others)', 'Eurostat and UN Comtrade mirror data as reported by the press', 'Kpler and Oil Change International tanker tracking as reported by the press'],
        tables['oil-exports'],
      ),
      observations(
        'defense-imports', 'Defence imports',
        "SIPRI trend-indicator values (TIV) of arms transfers to Azerbaijan by supplier and from Israel to every recipient, 2000–2024; SIPRI shares and ranks as reported by the press; named deals; Israel's Ministry of Defense (SIBAT) export totals. TIV is a volume index, not money. Blank SIPRI table cells are recorded as 0 (no deliveries); SIPRI's own 0 means less than 0.5. The 2022 tables and the 2026 register sums are separate editions.",
        ['SIPRI Arms Transfers Database, TIV tables 2022 and trade registers 2025/2026', "Israel Ministry of Defense (SIBAT) export figures as reported by the press", 'Press reports of SIPRI shares and of deal values'],
        tables['defense-imports'],
      ),
      observations(
        'investment', 'Investment',
        'UAE investment in Azerbaijan: Central Bank of Azerbaijan direct-investment flows (with the UK, Türkiye and the USA for comparison), cumulative statements, named projects (Masdar, ADNOC, AD Ports), stakes, a grant and trade turnover, 2018–2026. Cumulative statements are claims, not a series; never add them to flows.',
        ['Central Bank of Azerbaijan flows as reported by Trend, AzerNews and Day.Az', 'Ministry of Energy of Azerbaijan and Masdar project data', 'Press reports of official statements'],
        tables.investment,
      ),
      {
        name: 'visits', path: 'visits.csv', title: 'High-level contacts', ...COMMON, 'x-role': 'events',
        description:
          "High-level contacts of Azerbaijan with the UAE, Israel, the USA and Türkiye: visits, summit meetings and calls, 2023–2024 plus some later rows flagged in the note. Türkiye coverage is partial and the list of calls is likely incomplete.",
        schema: visitSchema(tables.visits),
        'x-readable-columns': readableColumns('events'),
        sources: [{ title: 'Official sites and readouts (president.az, U.S. State Department, WAM, tccb.gov.tr) and press reports' }],
      },
      {
        name: 'sources', path: 'sources.csv', title: 'Sources', ...COMMON, 'x-role': 'sources',
        description:
          'Every source cited by the other files: publisher, title, URL, publication date and what it supports. One row per source_id; a source cited in several reference folders keeps each folder\'s evidence text.',
        schema: sourceSchema(),
        sources: [{ title: 'Project reference data: the sources.csv of the oil, arms, uae and visits folders' }],
      },
      {
        name: 'claims', path: 'claims.csv', title: 'Claims tested', ...COMMON, 'x-role': 'claims',
        description:
          'The quantified claims of the article the project grew from, each with a machine-readable test, the dashboard view that shows it and what the collected data says.',
        schema: claimSchema(tables.claims, datasets),
        sources: [{ title: 'Project reference data: claims.csv' }],
      },
    ],
  };
}
