// Where each line of the deals list goes: panel headings, supplier headings and one line per deal.
import type { DealMark, DealSelection } from './selectDeals.ts';

export interface DealPartnerBlock {
  code: string;
  /** Line index of the supplier's heading; its marks follow it. */
  line: number;
  marks: { mark: DealMark; line: number }[];
}

export interface DealPanel {
  kind: 'deals' | 'cumulative';
  /** Line index of the panel heading. */
  line: number;
  partners: DealPartnerBlock[];
}

/** Lays the deals, then the cumulative totals, out as panels of supplier blocks; empty panels are left out. */
export function dealLayout(sel: Pick<DealSelection, 'deals' | 'cumulative' | 'partners'>): { panels: DealPanel[]; lines: number } {
  let line = 0;
  const panels: DealPanel[] = [];
  for (const [kind, marks] of [['deals', sel.deals], ['cumulative', sel.cumulative]] as const) {
    if (!marks.length) continue;
    const panel: DealPanel = { kind, line: line++, partners: [] };
    for (const code of sel.partners) {
      const own = marks.filter((m) => m.code === code);
      if (!own.length) continue;
      panel.partners.push({ code, line: line++, marks: own.map((mark) => ({ mark, line: line++ })) });
    }
    panels.push(panel);
  }
  return { panels, lines: line };
}
