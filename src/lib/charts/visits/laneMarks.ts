// The visits chart's lanes as marks (drawMarks): one group per partner with its divider, name,
// counts per year and a mark per contact. Drawn as data, not by a component per contact.
import type { Aggregation, Source } from '../../data/types.ts';
import type { Mark } from '../../frame/drawMarks.ts';
import { viewMark } from '../../frame/viewMark.ts';
import { countryName } from '../../geo/countryNames.ts';
import { formatCount } from '../../format.ts';
import { partnerLabel } from '../../series/partnerStyle.ts';
import { visitsStrings } from '../../viewStrings/visits.ts';
import type { TimeScale } from '../timeScale.ts';
import { contactTip } from './contactText.ts';
import { glyphPath } from './glyphPath.ts';
import { LANE, type LaneMark } from './layoutLanes.ts';
import type { VisitsLayout } from './visitsView.ts';

type Lane = VisitsLayout['lanes'][number];

/**
 * One contact: a bar over its days when it spans several, and a glyph whose shape says its kind
 * (hollow for a call, dashed when its date is not known to the day). A mark of the view
 * (markNavigation): its tip is what the tooltip and a screen reader say of it.
 */
export function contactMark(m: LaneMark, tip: readonly string[]): Mark {
  const flagged = m.event.date_precision !== 'day';
  const children: Mark[] = m.span.bar
    ? [{ key: 'bar', tag: 'rect', attrs: { class: 'bar', x: m.span.x0, y: m.cy - 2, width: Math.max(1, m.span.x1 - m.span.x0), height: 4 } }]
    : [];
  children.push({ key: 'glyph', tag: 'path', attrs: { class: 'glyph', d: glyphPath(m.shape, m.span.cx, m.cy, LANE.r) } });
  return {
    key: m.key,
    tag: 'g',
    attrs: {
      class: `contact mark${m.shape === 'square' ? ' call' : ''}${flagged ? ' flagged' : ''}`,
      'data-kind': m.event.kind,
      'data-shape': m.shape,
      'data-precision': m.event.date_precision,
      ...viewMark(tip, Number(m.event.start_date.slice(0, 4))),
    },
    children,
  };
}

/** One partner's lane: named ("Israel (selected)"), in its colour, dimmed or not. */
export function laneMark(lane: Lane, scale: TimeScale, sources: Map<string, Source>, aggregates: Aggregation[]): Mark {
  const name = countryName(lane.partner, aggregates);
  return {
    key: lane.partner,
    tag: 'g',
    attrs: { class: `lane ${lane.emphasis}`, role: 'group', 'aria-label': partnerLabel(name, lane.emphasis), 'data-partner': lane.partner },
    style: { '--colour': lane.colour },
    children: [
      { key: 'divider', tag: 'line', attrs: { class: 'divider', x1: scale.range[0], x2: scale.range[1], y1: lane.y0, y2: lane.y0 } },
      {
        key: 'name',
        tag: 'text',
        attrs: { class: 'name', x: scale.range[0], y: lane.nameY, 'aria-hidden': 'true' },
        children: [
          { key: 'partner', tag: 'tspan', text: name },
          { key: 'total', tag: 'tspan', attrs: { class: 'total' }, text: ` · ${visitsStrings.laneTotal(lane.total)}` },
        ],
      },
      {
        key: 'counts',
        tag: 'g',
        attrs: { class: 'counts', 'aria-hidden': 'true' },
        children: lane.counts.map((c) => ({ key: String(c.year), tag: 'text', attrs: { x: scale.yearCentre(c.year), y: lane.countsY }, text: formatCount(c.n) })),
      },
      { key: 'marks', tag: 'g', attrs: { class: 'marks' }, children: lane.marks.map((m) => contactMark(m, contactTip(m.event, sources, aggregates))) },
    ],
  };
}
