// The map's subtitle: what each layer drawn stands for, its unit, the years, and the borders note.
import { formatYears, unitLabel } from '../format.ts';
import type { Edition } from '../state/viewState.ts';
import { LAYER_UNIT, type FlowLayer } from './layers.ts';
import { mapStrings as s } from '../viewStrings/map.ts';

const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** "Crude oil exports (Azerbaijan → partner), tonnes · 2014–2024. Borders: …" — layers joined by "; ". */
export function mapSubtitle(layers: readonly FlowLayer[], edition: Edition, start: number, end: number): string {
  const parts = layers.map((layer) => {
    const unit = layer === 'visits' ? s.contactsUnit : unitLabel(LAYER_UNIT[layer]);
    const edition_ = layer === 'arms' ? `, ${s.editions[edition] ?? edition}` : '';
    return `${s.layerNames[layer]}, ${unit}${edition_}`;
  });
  return `${capitalise(parts.join('; '))} · ${formatYears([start, end])}. ${s.bordersNote}`;
}
