// Per-indicator metadata for the descriptor: meaning (from the folder READMEs), aggregation and source order.
import type { Aggregate, IndicatorMeta } from '../../src/lib/data/types.ts';

interface IndicatorSpec {
  title: string;
  description: string;
  aggregate: Aggregate;
  /** Every source id that occurs for the indicator, most preferred first (checked against the data). */
  sourcePreference: string[];
  /** Why the sources are in this order; appended to the description so readers see it. */
  why: string;
  /** A change or a net flow, which can fall below 0; every other indicator is an amount, minimum 0. */
  mayBeNegative?: true;
  /** Written only by an import (no shipped rows, no sources to rank yet): declared so imported rows validate. */
  importedOnly?: true;
}

const OIL: Record<string, IndicatorSpec> = {
  crude_oil_exports: {
    title: 'Crude oil exports',
    description:
      "What the exporter reports, mostly Azerbaijan State Customs Committee (SCC) data as quoted in the press. The full-year 2023 figure includes oil products; the 2024 Azerbaijan–Israel figures conflict (1.173 Mt for the year against 2.37 Mt for Jan–Sep).",
    aggregate: 'sum',
    sourcePreference: [
      'isranomics_2024_02_20', 'globes_2024_05_05', 'jpost_2024_02', 'todayaz_2019_h1', 'todayaz_2020_08_26',
      'faktyoxla_2024', 'mitk_2025_05_22', 'haqqin_2025_08_18', 'epochtimes_it_2025_07', 'tvnext_2025_09',
      'trend_2024_06_24', 'mee_2024_11', 'mee_haaretz_2025_06', 'jamestown_2006_06',
    ],
    why:
      "customs-based figures first, in the README's order of confidence (Jan–Nov 2023 and Jan 2024 tables where JPost, Globes and Isranomics agree; the H1 2019/2020 Azernews tables; then the full-year 2023 fact-check figure and the exact full-year 2024 figure of 1.173 Mt, ahead of the Haaretz/MEE 'over 1 Mt' lower bound); a minister's rounded statement and the disputed MEE Jan–Sep 2024 total after them; the 2006 implied estimate last.",
  },
  crude_oil_exports_total: {
    title: "Azerbaijan's total oil exports",
    description:
      "All of Azerbaijan's oil exports (to = WLD). Ministry figures cover crude and condensate; customs figures may include oil products (2023: 25.2 Mt ministry crude against 26 Mt customs crude and products).",
    aggregate: 'sum',
    sourcePreference: [
      'faktyoxla_2024', 'interfax_mcheese_2024_03', 'epochtimes_it_2025_07', 'todayaz_2019_h1',
      'reuters_nefterynok_2025_01', 'reportaz_2026_01_12', 'reuters_moscowtimes_2023_06_13', 'agcnews_2015_04_11',
    ],
    why: 'customs data first (DESIGN.md), then Energy Ministry figures, then Reuters and SOCAR statements.',
  },
  crude_oil_imports_mirror: {
    title: 'Crude oil imports from Azerbaijan (mirror data)',
    description:
      'What the importer reports (Eurostat, UN Comtrade). Not the same series as the SCC export data; never mix the two in one line.',
    aggregate: 'sum',
    sourcePreference: ['abcaz_2024_02_26', 'moneycontrol_2025_05_14'],
    why: 'Eurostat (high confidence in the README) before the UN Comtrade figure relayed by the press.',
  },
  crude_oil_flows_tracked: {
    title: 'Crude oil flows (tanker tracking)',
    description:
      'Tanker-tracking estimates (Kpler; Data Desk/Oil Change International). These are not customs data; the OCI tonnages are lower bounds.',
    aggregate: 'sum',
    sourcePreference: [
      'hathalyoum_kpler_2024', 'cradle_kpler_2026_01', 'mirahaber_2026_01', 'oci_factor_2025_11_21', 'velev_oci_2024_03',
    ],
    why: "Kpler figures first (the README's best-documented tracking series), the Reuters-only relay of the same 2025 figure after Kpler's, then the OCI counts.",
  },
  israel_crude_imports_total: {
    title: "Israel's total crude imports",
    description: "All of Israel's crude imports (from = WLD), from Kpler.",
    aggregate: 'sum',
    sourcePreference: ['hathalyoum_kpler_2024', 'hajij_bloomberg_2023'],
    why: 'the Kpler annual average before the partial-period figure relayed via Bloomberg.',
  },
  israel_crude_import_share: {
    title: "Azerbaijan's share of Israel's crude imports",
    description:
      "Azerbaijan's share of Israel's crude or oil imports, as the source words it (see note); sources measure different things (crude or all oil, volume or value), and most are round 'about 40%' claims without a stated method.",
    aggregate: 'latest',
    sourcePreference: [
      'cradle_kpler_2026_01', 'oci_factor_2025_11_21', 'velev_oci_2024_03', 'faktyoxla_2024', 'trend_2023_05_30',
      'bloomberg_2014_09_28', 'samanyolu_2024_08_09', 'obc_2024_12_12', 'anews_2015_06_10', 'blendz_2013_03_09',
    ],
    why:
      "Kpler's 46.4% (the README's best-documented share) and ship-tracking estimates first; Faktyoxla's stated 18–19% before Trend's round 40% for 2023; attributed press figures before unsourced or blog ones; the 2012 'energy needs' share near last because it is not crude-specific.",
  },
  israel_crude_import_share_btc_route: {
    title: "Share of Israel's crude arriving via the BTC route",
    description:
      "The share of Israel's crude that arrived via the Baku–Tbilisi–Ceyhan pipeline. The route also carries Kazakh and Turkmen crude, so this is not Azerbaijan's own share.",
    aggregate: 'latest',
    sourcePreference: ['mee_cop29_2024_11', 'mee_2024_11', 'intellinews_2024'],
    why: "the exact 28% first, then the rounded 'almost 30%', then 'around 40%' of consumption, a different base.",
  },
  aze_oil_export_share: {
    title: "Share of Azerbaijan's oil exports by destination",
    description: "The share of Azerbaijan's oil exports that went to the `to` country.",
    aggregate: 'latest',
    sourcePreference: [
      'todayaz_2019_h1', 'todayaz_2020_08_26', 'interfax_mcheese_2024_03', 'faktyoxla_2024', 'agcnews_2015_04_11',
    ],
    why: 'customs-based tables first, then the fact-check figure (crude and products), then the SOCAR-based 2014 shares.',
  },
  socar_crude_sales: {
    title: 'SOCAR crude sales',
    description: "SOCAR's own sales only (SOCAR handles about 70–75% of Azerbaijan's exports).",
    aggregate: 'sum',
    sourcePreference: ['report_az_2015_08_31'],
    why: 'single source (a SOCAR statement).',
  },
  total_goods_exports: {
    title: 'Exports of all goods',
    description: 'All goods, Azerbaijan to Israel; kept for context because oil dominates this trade.',
    aggregate: 'sum',
    sourcePreference: ['azernews_2021_08_18', 'economist_2012_02', 'brusselsbeirut_2010_02_03'],
    why: "State Statistics Committee data first, then The Economist; the blog-quoted $4bn for 2009 (an ambassador's remark) last.",
  },
  bilateral_trade_turnover: {
    title: 'Bilateral trade turnover',
    description: 'All goods, both directions, Azerbaijan–Israel; context for the oil figures.',
    aggregate: 'sum',
    sourcePreference: ['azernews_2021_08_18', 'todayaz_2022_09_22'],
    why: 'both relay State Statistics Committee data; the report naming that source first.',
  },
};

const ARMS: Record<string, IndicatorSpec> = {
  arms_transfers_tiv: {
    title: 'Arms transfers (SIPRI TIV)',
    description:
      "SIPRI trend-indicator values of deliveries, supplier to recipient, in millions: a volume index, not money. SIPRI's published numbers from three vintages: TIV tables 2022, the Gapminder/World Bank copy and March 2018 data quoted in the press. A blank table cell is recorded as 0 (no deliveries); SIPRI's own 0 means less than 0.5.",
    aggregate: 'sum',
    sourcePreference: ['sipri_tiv_tables_2022', 'gapminder_arms_imports', 'gapminder_arms_exports', 'eurasiareview_2018'],
    why: "SIPRI's own published tables first, then the World Bank/Gapminder re-publication, then the press quote of the older 2018 vintage.",
  },
  arms_transfers_tiv_regsum: {
    title: 'Arms transfers (sum of SIPRI register rows)',
    description:
      "The project's sum of the SIPRI 2026 trade register's TIV delivery values per supplier and delivery year; fills 2022–2024, which no published TIV table found covers. Zeros mean SIPRI identified no deliveries. Not to be drawn with the 2022 tables in one series.",
    aggregate: 'sum',
    sourcePreference: ['sipri_register_2026'],
    why: 'single source (the 2026 register).',
  },
  arms_deal_tiv_delivered: {
    title: 'Arms delivered under one deal (SIPRI TIV)',
    description:
      "SIPRI trend-indicator value, in millions, of the weapons delivered under one deal (its weapon designation in item) over the deal's delivery years: period 2004/2005 means deliveries in 2004 and 2005, never split by year. Written by the SIPRI import from the older trade register (one row per deal); nothing shipped yet. SIPRI's 0 means less than 0.5.",
    aggregate: 'sum',
    sourcePreference: [],
    why: 'none shipped; each import names its own source after the file\'s generation date (sipri_register_YYYY_MM_DD).',
    importedOnly: true,
  },
  arms_import_share: {
    title: "Share of Azerbaijan's arms imports by supplier",
    description:
      "The share of Azerbaijan's major-arms imports that came from the supplier, over 5-year (or 10-year) SIPRI periods, as reported by the press.",
    aggregate: 'latest',
    sourcePreference: [
      'apa_2019', 'turan_2022', 'panarmenian_2020', 'courrier_am_2021', 'iqtisadchi_2021', 'armradio_2021',
      'menafocus_apa_2015', 'c4defence_2021',
    ],
    why: "all relay SIPRI fact sheets; for 2016–20 the two outlets that agree on 69% come before Armenian Radio's 64%; reprints and the 10-year figure last.",
  },
  arms_export_share: {
    title: "Share of the supplier's arms exports by recipient",
    description: "The share of the supplier's major-arms exports that went to the recipient, over 5-year SIPRI periods.",
    aggregate: 'latest',
    sourcePreference: ['apa_2019', 'jpost_2020', 'i24_2024', 'intellinews_2016', 'nabamart_2023'],
    why: "exact SIPRI figures reported by news outlets first; the rounded 'some 5%' and the second-hand 9.1% estimate last.",
  },
  arms_imports_change_pct: {
    title: "Change in Azerbaijan's arms imports",
    description: "SIPRI's change in Azerbaijan's imports against the preceding 5-year period (baseline in the note).",
    aggregate: 'latest',
    mayBeNegative: true,
    sourcePreference: ['apa_2019', 'intellinews_2016', 'menafocus_apa_2015', 'verelq_2020'],
    why: 'news agencies first, the reprint and the citation of a citation after them; no two sources cover the same period.',
  },
  arms_importer_rank: {
    title: "Azerbaijan's rank among arms importers",
    description: "Azerbaijan's rank among world importers of major arms, per SIPRI 5-year period.",
    aggregate: 'latest',
    sourcePreference: ['apa_2019', 'turan_2022'],
    why: 'different periods; agency reports in date order.',
  },
  arms_deal_value: {
    title: 'Value of an arms deal',
    description:
      "Reported value of a single deal or package (named in item), in US dollars. Not to be added to cumulative contract totals. Aggregated as 'latest' because one deal is dated to different years by different sources (the $1.6bn package: 2011 or 2012), so adding years would count it twice.",
    aggregate: 'latest',
    sourcePreference: ['sipri_register_2025', 'ria_apa_2012', 'ynetnews_2012', 'globes_2023', 'nabamart_2023', 'newsam_2017'],
    why: "the SIPRI register first; the 2011 contract report before the 2012 announcement; the Orbiter-1K figure (client inferred by the press, low confidence) last.",
  },
  arms_contracts_cumulative_value: {
    title: 'Cumulative value of arms contracts',
    description: 'Totals of all contracts to date (Aliyev in December 2016; Haaretz). Do not add these to deal values.',
    aggregate: 'latest',
    sourcePreference: ['todayaz_2016', 'haaretz_2016'],
    why: "the President's stated $4.85bn (medium-high confidence) before Haaretz's 'nearly $5bn' (low).",
  },
  israel_defense_exports_total: {
    title: "Israel's defence export contracts",
    description:
      "Value of export contracts signed, as reported by Israel's Ministry of Defense (SIBAT) and relayed by the press; contracts signed, not deliveries. The 2024 'nearly $15bn' is an upper bound.",
    aggregate: 'sum',
    sourcePreference: [
      'militaryedge_2014', 'xinhua_2016', 'jewishpress_2017', 'jewishpress_2018', 'inn_2019', 'defensemirror_2020',
      'tv7_2021', 'memo_2022', 'bdnews24_reuters_2023', 'arabparrot_reuters_2024', 'reuters_2025',
      'jpost_2021', 'urdupoint_2023', 'dpa_yahoo_2024',
    ],
    why:
      "each year's SIBAT release as first reported before later restatements and rounder figures: 2017 $9.2bn (JewishPress 2018) before $9.3bn (JPost 2021), 2021 $11.3bn before $11.4bn, 2023 Reuters' $13.1bn before dpa's 'about $12.9bn'.",
  },
  israel_defense_exports_region_share: {
    title: "Israel's defence exports by region (share)",
    description: "SIBAT breakdown of Israel's defence export contracts by region, in percent. SIBAT never names Azerbaijan.",
    aggregate: 'latest',
    sourcePreference: [
      'jewishpress_2018', 'inn_2019', 'defensemirror_2020', 'globes_2021', 'memo_2022', 'bdnews24_reuters_2023',
      'dpa_yahoo_2024', 'ap_frumspeak_2025', 'thenews_pk_2023', 'reuters_2025', 'debka_2018',
    ],
    why:
      "each year's release as first reported before later restatements (2021 Abraham Accords 7% before 9%; 2023 Europe 35% before 36%); DEBKA's 12% for Europe 2017 last, as the README reads it as a typo for 21%.",
  },
  israel_defense_exports_region_value: {
    title: "Israel's defence exports by region (value)",
    description: "SIBAT breakdown of Israel's defence export contracts by region, in US dollars.",
    aggregate: 'sum',
    sourcePreference: ['jewishpress_2017', 'jewsnews_2016', 'solveisrael_2016', 'thenews_pk_2023', 'inn_2017'],
    why: "exact figures first; AFP's rounded 2016 values ($1.7bn for Europe against $1,795m) last.",
  },
};

const INVESTMENT: Record<string, IndicatorSpec> = {
  investment_cumulative: {
    title: 'Cumulative investment (statements)',
    description:
      "Stock-type 'X has invested $N in total' statements; period = year stated. None cites a method: treat as claims, not a series, and never add to flows.",
    aggregate: 'latest',
    sourcePreference: [
      'trend_20250113', 'azemedia_2025', 'azernews_153626', 'trend_3911734', 'menafn_1107552663', 'trend_3822159',
      'reportaz_ru_20251222', 'vestikavkaza_bolat_20251215', 'azernews_165451', 'trend_4163142',
    ],
    why:
      "Azerbaijani official or agency statements before foreign ones (the UK's 1995–2022 $84bn uses a different method; for Türkiye the Azerbaijani Prime Minister before the Turkish Trade Minister); for the UAE in 2025 Trend's $3.2bn before the 'over $1bn' lower bound, which does not contradict it.",
  },
  investment_cumulative_mutual: {
    title: 'Cumulative investment, both directions',
    description: 'Investment in both directions combined (Azerbaijan–Israel only).',
    aggregate: 'latest',
    sourcePreference: ['reportaz_ru_20260126'],
    why: 'single source (the Economy Minister via Report.az).',
  },
  fdi_flow: {
    title: 'Direct investment flow',
    description:
      'Direct-investment flow for one period, Central Bank of Azerbaijan (CBA) data relayed by Trend, AzerNews, Day.Az and Caucasus Watch; from = investing country. Not a stock; do not add to cumulative figures.',
    aggregate: 'sum',
    // A direct-investment flow nets out withdrawals, so a period can be negative.
    mayBeNegative: true,
    sourcePreference: [
      'trend_4023519', 'trend_3879098', 'trend_3879995', 'trend_3980938', 'trend_20250113', 'azernews_239416', 'dayaz_20250917',
      'caucasuswatch_2024',
    ],
    why:
      "all are CBA data: Trend's reports of the CBA tables first (the README's strongest source), full-year before partial-year (for the UK in 2023 the CBA briefing's $1.9bn before a later restatement's $1.8bn; both are kept and shown), then the AzerNews, Day.Az and Caucasus Watch relays.",
  },
  trade_turnover: {
    title: 'Bilateral trade turnover',
    description:
      'Trade in both directions (from/to are AZE/ARE by convention only). Azerbaijani-side figures are small, UAE-side figures large (one in dirhams, one including re-exports): different reporting bases, never one series.',
    aggregate: 'sum',
    sourcePreference: [
      'todayaz_231720', 'todayaz_225070', 'todayaz_211626', 'azernews_153626', 'trend_20250113', 'wam_writecaliber_2023',
      'azerbaijanus_15028',
    ],
    why: "Azerbaijani customs figures first (customs before other data, DESIGN.md), then UAE-side figures, then a minister's approximate total.",
  },
  trade_turnover_nonoil: {
    title: 'Non-oil trade turnover',
    description: 'Non-oil trade in both directions (UAE-side figure).',
    aggregate: 'sum',
    sourcePreference: ['ocmedia_2025'],
    why: 'single source.',
  },
  investment_project: {
    title: 'Investment project',
    description:
      'A named project (item): cost or investment in usd, capacity in megawatts, or ships ordered in TEU. Agreement and MoU capacities are flagged in the note.',
    aggregate: 'latest',
    sourcePreference: [
      'minenergy_00081', 'trend_3970995', 'wallstreetonline_masdar', 'energyglobal_20241118', 'trend_3695410',
      'trend_3908213', 'zawya_20241115', 'portnews_382050',
    ],
    why:
      "Energy Ministry data first (high confidence in the README: $670m for Bilasuvar and Neftchala before Masdar's 'more than $600m'), then Masdar releases, then press reports.",
  },
  project_stake: {
    title: 'Equity stake in a field',
    description: 'Equity stake taken in a field (item), in percent.',
    aggregate: 'latest',
    sourcePreference: ['caliber_socar_adnoc', 'trend_4067625'],
    why: 'different stakes; no competing figures.',
  },
  grant_aid: {
    title: 'Grant aid',
    description: 'A grant (item), not investment.',
    aggregate: 'sum',
    sourcePreference: ['azernews_227010'],
    why: 'single source.',
  },
};

/** Indicator metadata per observations resource name. */
export const INDICATOR_SPECS: Record<string, Record<string, IndicatorSpec>> = {
  'oil-exports': OIL,
  'defense-imports': ARMS,
  investment: INVESTMENT,
};

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}

/**
 * Builds x-indicators for one file, failing when the metadata and the data disagree: an indicator
 * without metadata, metadata without data, or a preference list that is not exactly the sources used.
 */
export function indicatorMeta(resource: string, rows: readonly Record<string, string>[]): Record<string, IndicatorMeta> {
  const specs = INDICATOR_SPECS[resource];
  if (!specs) throw new Error(`No indicator metadata for resource ${resource}`);
  const sourcesByIndicator = new Map<string, string[]>();
  for (const r of rows) {
    const list = sourcesByIndicator.get(r.indicator!) ?? [];
    if (!list.includes(r.source_id!)) list.push(r.source_id!);
    sourcesByIndicator.set(r.indicator!, list);
  }
  const problems: string[] = [];
  for (const name of sourcesByIndicator.keys()) if (!specs[name]) problems.push(`indicator ${name} has no metadata`);
  const out: Record<string, IndicatorMeta> = {};
  for (const [name, spec] of Object.entries(specs)) {
    const used = sourcesByIndicator.get(name) ?? (spec.importedOnly ? [] : undefined);
    if (!used) {
      problems.push(`metadata for ${name}, which the file does not contain`);
      continue;
    }
    if (new Set(spec.sourcePreference).size !== spec.sourcePreference.length || !sameSet(spec.sourcePreference, used)) {
      const missing = used.filter((s) => !spec.sourcePreference.includes(s));
      const extra = spec.sourcePreference.filter((s) => !used.includes(s));
      problems.push(`${name}: sourcePreference must list each used source once (unranked: ${missing.join(' ') || '-'}; unused: ${extra.join(' ') || '-'})`);
    }
    out[name] = {
      title: spec.title,
      description: `${spec.description} Source order: ${spec.why}`,
      aggregate: spec.aggregate,
      sourcePreference: spec.sourcePreference,
      ...(spec.mayBeNegative ? {} : { minimum: 0 }),
    };
  }
  if (problems.length > 0) throw new Error(`${resource}: ${problems.join('; ')}`);
  return out;
}

/** The indicators a file's schema allows: those in its rows, then those only an import writes. */
export function declaredIndicators(resource: string, inRows: readonly string[]): string[] {
  const imported = Object.entries(INDICATOR_SPECS[resource] ?? {}).filter(([, spec]) => spec.importedOnly).map(([name]) => name);
  return [...inRows, ...imported.filter((name) => !inRows.includes(name))];
}
