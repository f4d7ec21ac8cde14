// The preview of a data editor's file, held where its rows are (the import worker): the page asks
// for a view's model, its table or its download for a state and gets plain data back, so a
// million-row file never crosses to the page and a filter change costs the page what it costs
// on the published data.
import type { DataPackage } from '../data/types.ts';
import type { TableResult } from '../data/validateTable.ts';
import { dashboardData } from '../data/dashboardData.ts';
import { headlines } from '../dashboard/headlines.ts';
import { panelFacts } from '../dashboard/panelFacts.ts';
import { viewModel } from '../catalogue/viewModels.ts';
import { toWire } from '../catalogue/wireModel.ts';
import { countryCodeNames } from '../data/countryCodeNames.ts';
import ISO_NAMES from '../data/isoCountries.json';
import type { PreviewAnswer, PreviewFacts, PreviewQuestion } from '../import/importProtocol.ts';

export interface PreviewHost {
  /** What the page needs once: the domain, the sources, the claims tested, the changed datasets summed up. */
  facts: PreviewFacts;
  answer(question: PreviewQuestion): Promise<PreviewAnswer>;
}

/** A host for the package whose `tables` are all checked; `changed` are the editor's file's. */
export function createPreviewHost(descriptor: DataPackage, tables: Record<string, TableResult>, changed: readonly string[]): PreviewHost {
  // An editor's file may add years or partners: the preview's domain comes from its rows.
  const data = dashboardData({ descriptor, tables }, 'rows');
  return {
    facts: {
      domain: data.domain,
      sources: [...data.sources.values()],
      names: Object.assign({}, ...descriptor.resources.map((r) => countryCodeNames(tables[r.name]?.rows ?? [], r.schema.fields, ISO_NAMES))),
      ...panelFacts(data, descriptor, tables, changed),
    },
    async answer(q) {
      if (q.ask === 'headlines') return { ask: q.ask, key: q.key, headlines: headlines(data, q.state) };
      const model = viewModel(q.id, data, q.state, q.size);
      if (q.ask === 'model') return { ask: q.ask, key: q.key, model: toWire(model) };
      if (q.ask === 'table') return { ask: q.ask, key: q.key, table: await model.frame.table() };
      return { ask: q.ask, key: q.key, download: await model.frame.download() };
    },
  };
}
