// Period segments as marks (drawMarks): one group per partner, one mark per figure. Drawn as data,
// the oil chart's marks mount in a fraction of the time a component per mark took (profiled).
import type { Mark } from '../frame/drawMarks.ts';
import { viewMark } from '../frame/viewMark.ts';
import { partnerLabel, type Emphasis } from '../series/partnerStyle.ts';
import type { SegmentShape } from './segmentShape.ts';

/**
 * One figure drawn over the period it covers: a segment with its end caps (one path), styled by
 * its qualifier (≈ dashed, estimate dotted, ≥/≤ a caret), "+N more" when it has room, and `extra`
 * marks drawn with it (a value label). A mark of the view (viewMark): its shape's `lines` are
 * what the tooltip and a screen reader say of it.
 */
export function segmentMark(key: string, shape: SegmentShape, extra: readonly Mark[] = []): Mark {
  const { x1, x2, y } = shape;
  const children: Mark[] = [
    { key: 'segment', tag: 'line', attrs: { class: 'segment', x1, x2, y1: y, y2: y } },
    { key: 'cap', tag: 'path', attrs: { class: 'cap', d: shape.caps } },
  ];
  if (shape.bound) children.push({ key: 'bound', tag: 'path', attrs: { class: 'bound', d: shape.bound } });
  if (shape.more) children.push({ key: 'more', tag: 'text', attrs: { class: 'more halo', x: x2, y: y - 6 }, text: shape.more });
  return {
    key,
    tag: 'g',
    attrs: { class: `mark ${shape.qualifier}`, 'data-period': shape.period, ...viewMark(shape.lines, shape.year) },
    children: [...children, ...extra],
  };
}

/** A partner's marks in one group: its colour, its emphasis, and its name for screen readers ("Israel (selected)"). */
export function partnerGroupMark(code: string, name: string, colour: string, emphasis: Emphasis, children: readonly Mark[]): Mark {
  return {
    key: code,
    tag: 'g',
    attrs: { class: `partner ${emphasis}`, role: 'group', 'aria-label': partnerLabel(name, emphasis), 'data-partner': code },
    style: { '--colour': colour, color: colour },
    children,
  };
}
