// Partner labels that never overlap: placed most prominent first, each at the first free spot around its mark, or left out.
import type { MapSide } from '../geo/edgePoint.ts';
import type { Point } from './arcPath.ts';
import type { PartnerPlace } from './partnerPlaces.ts';
import type { Prominence } from './prominence.ts';

/** Label font sizes in pixels by prominence (PartnerMarks draws them at these sizes). */
export const LABEL_SIZE: Readonly<Record<Prominence, number>> = { lead: 12, normal: 12, quiet: 10 };
// Generous average glyph widths (bold wider), so the estimate is no narrower than the rendered text.
const CHAR_EM = { regular: 0.62, bold: 0.68 };
const PAD = 2;

export type Label = PartnerPlace['label'];
interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** The box a label's text covers (drawn with dy 0.35em, so centred on `y`), padded by PAD. */
export function labelBox(label: Label, name: string, size: number, bold: boolean): Box {
  const w = name.length * size * (bold ? CHAR_EM.bold : CHAR_EM.regular);
  const x0 = label.anchor === 'start' ? label.x : label.anchor === 'end' ? label.x - w : label.x - w / 2;
  return { x0: x0 - PAD, y0: label.y - size * 0.6 - PAD, x1: x0 + w + PAD, y1: label.y + size * 0.6 + PAD };
}

const overlaps = (a: Box, b: Box): boolean => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

// Spots around a mark, the partnerPlaces label first: beside it, then above and below (or beside, on
// the top and bottom borders). Above or below, the name is centred on the mark, else ends or starts at
// its edge: centred only, a long name near a border (the UAE's, the USA's on the right border) had half
// of it outside the map, so a partner whose spot beside its mark was taken went unnamed on a phone.
// On the left and right borders the name runs inward from the border.
function candidates(p: PartnerPlace, size: number): Label[] {
  const beside: Label[] = [
    { x: p.x + 9, y: p.y, anchor: 'start' },
    { x: p.x - 9, y: p.y, anchor: 'end' },
  ];
  const side: MapSide | null = p.side;
  const onSide = side === 'left' || side === 'right';
  const alignments: [number, Label['anchor']][] =
    side === 'left' ? [[p.x - 5, 'start']] : side === 'right' ? [[p.x + 5, 'end']] : [[p.x, 'middle'], [p.x + 5, 'end'], [p.x - 5, 'start']];
  // A mark on a side border has no spot beside it but the one inward: it may also take a line further out.
  const lines = onSide ? [1, 2] : [1];
  const stacked = lines.flatMap((n) =>
    alignments.flatMap(([x, anchor]): Label[] => [
      { x, y: p.y - n * (size + 3), anchor },
      { x, y: p.y + n * (size + 3) + 1, anchor },
    ]),
  );
  const rest = side === 'top' || side === 'bottom' ? beside : onSide ? stacked : [...beside, ...stacked];
  return [p.label, ...rest];
}

/**
 * Each place's label, or null where none fits: places are taken lead first, then normal, then
 * quiet (in their given order within each), and each label goes to the first of its candidate
 * spots inside `width` × `height` that overlaps neither a label already placed, nor the hub's
 * name (`hubLabel`, bold), nor another partner's mark. A mark without a label keeps its name
 * in its accessible name and tip.
 */
export function labelLayout(
  places: readonly (PartnerPlace & { prominence: Prominence })[],
  hubLabel: { at: Point; text: string },
  width: number,
  height: number,
): (Label | null)[] {
  const taken: Box[] = [labelBox({ x: hubLabel.at[0], y: hubLabel.at[1], anchor: 'middle' }, hubLabel.text, 12, true)];
  const marks = places.map((p) => ({ x0: p.x - 5, y0: p.y - 5, x1: p.x + 5, y1: p.y + 5 }));
  const rank: Record<Prominence, number> = { lead: 0, normal: 1, quiet: 2 };
  const order = places.map((_, i) => i).sort((a, b) => rank[places[a]!.prominence] - rank[places[b]!.prominence] || a - b);
  const out: (Label | null)[] = places.map(() => null);
  for (const i of order) {
    const p = places[i]!;
    const size = LABEL_SIZE[p.prominence];
    const bold = p.prominence === 'lead';
    for (const label of candidates(p, size)) {
      const box = labelBox(label, p.name, size, bold);
      const inside = box.x0 >= 0 && box.x1 <= width && box.y0 >= 0 && box.y1 <= height;
      if (!inside || taken.some((t) => overlaps(box, t)) || marks.some((m, j) => j !== i && overlaps(box, m))) continue;
      taken.push(box);
      out[i] = label;
      break;
    }
  }
  return out;
}
