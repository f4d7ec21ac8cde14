// A row's source as a citation in a download: publisher, title, date and (when safe) URL beside its source_id.
import type { Source } from '../data/types.ts';
import { safeUrl } from '../safeUrl.ts';
import type { CsvCell } from '../export/toCsv.ts';

/**
 * The citation columns (CITATION_COLUMNS) for one or more source ids: each field of the known
 * sources joined by "; " in the ids' order; a URL only when it is http: or https: (a source
 * without one leaves an empty place, so the lists stay aligned).
 */
export function citation(sourceIds: readonly string[], sources: Map<string, Source>): Record<string, CsvCell> {
  const known = sourceIds.map((id) => sources.get(id)).filter((s): s is Source => s !== undefined);
  const join = (field: (s: Source) => string | null) => (known.length ? known.map((s) => field(s) ?? '').join('; ') : null);
  return {
    source_publisher: join((s) => s.publisher),
    source_title: join((s) => s.title),
    source_published: join((s) => s.published),
    source_url: join((s) => safeUrl(s.url)),
  };
}
