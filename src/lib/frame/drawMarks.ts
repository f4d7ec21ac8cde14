// A layer of marks described as plain data and drawn by one function, rather than by a template
// with a reactive effect per element. Profiled on the oil marks, the same elements built this way
// mounted in a third of the time. The function keeps a parent's children in step with a list, one
// child per key: a kept key keeps its element (so focus and the roving Tab stop stay on it), only
// attributes that differ are written, and the fewest elements are moved to put them in order.
// d3-selection's join does the same, but its Selection brings about 4 KB gzip to every page for
// this one method, and the pages are over their bundle budgets.

import { staysInPlace } from './staysInPlace.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** An attribute's value; null and undefined leave the attribute off. */
export type AttributeValue = string | number | null | undefined;

/** One element of a layer, as data. */
export interface Mark {
  /** Tells the mark apart from its siblings across redraws. */
  key: string;
  /** An SVG element name: 'path', 'g', 'text'… */
  tag: string;
  attrs?: Readonly<Record<string, AttributeValue>>;
  /** Attributes set when the element is made and left alone after (e.g. a tabindex another
   *  script moves). */
  initial?: Readonly<Record<string, string>>;
  /** CSS properties (the layers' colours are custom properties, which attributes cannot read). */
  style?: Readonly<Record<string, string>>;
  text?: string;
  children?: readonly Mark[];
}

/** The element's last mark, kept on the element itself (as d3 keeps `__data__`): a redraw reads it
 *  for every element, and a WeakMap lookup cost several times as much (profiled, a filter change). */
interface Drawn extends Element {
  __mark?: Mark;
}

function write(el: Drawn, mark: Mark): void {
  const last = el.__mark;
  // The same mark drawn again (a view kept it): marks are never changed, so neither is the element.
  if (last === mark) return;
  el.__mark = mark;
  // for…in, not Object.entries: no arrays made for the thousand attributes a redraw compares.
  const attrs = mark.attrs;
  const lastAttrs = last?.attrs;
  for (const name in attrs) {
    const value = attrs[name];
    if (last && lastAttrs?.[name] === value) continue;
    if (value === null || value === undefined) el.removeAttribute(name);
    else el.setAttribute(name, String(value));
  }
  for (const name in lastAttrs) if (!attrs || !(name in attrs)) el.removeAttribute(name);
  const style = mark.style;
  const lastStyle = last?.style;
  if (style || lastStyle) {
    const css = (el as SVGElement).style;
    for (const name in style) if (lastStyle?.[name] !== style[name]) css.setProperty(name, style[name]!);
    for (const name in lastStyle) if (!style || !(name in style)) css.removeProperty(name);
  }
  if (mark.text !== undefined && mark.text !== last?.text) el.textContent = mark.text;
  if (mark.children || last?.children) drawMarks(el, mark.children ?? []);
}

function make(mark: Mark): Element {
  const el = document.createElementNS(SVG_NS, mark.tag);
  for (const name in mark.initial) el.setAttribute(name, mark.initial[name]!);
  return el;
}

/** Whether `parent` already holds these marks' keys and tags in this order: most redraws of a mark's
 *  own parts, which then need no lookup by key (profiled, a filter change). */
function sameKeys(parent: Element, marks: readonly Mark[]): boolean {
  if (parent.childElementCount !== marks.length) return false;
  let el = parent.firstElementChild as Drawn | null;
  for (const mark of marks) {
    const last = el!.__mark;
    if (!last || last.key !== mark.key || last.tag !== mark.tag) return false;
    el = el!.nextElementSibling;
  }
  return true;
}

/**
 * Makes `parent`'s children the elements of `marks`, in order: a mark whose key and tag were
 * drawn here before updates that element, a new one adds an element, one gone removes its element.
 * The layer owns every child of `parent`. Keys must be unique among siblings.
 */
export function drawMarks(parent: Element, marks: readonly Mark[]): void {
  if (sameKeys(parent, marks)) {
    let el = parent.firstElementChild;
    for (const mark of marks) {
      write(el!, mark);
      el = el!.nextElementSibling;
    }
    return;
  }
  const tags = new Map<string, string>();
  for (const mark of marks) {
    if (tags.has(mark.key)) throw new Error(`drawMarks: two marks keyed "${mark.key}" in one layer`);
    tags.set(mark.key, mark.tag);
  }
  // What stays is kept by key, with its place; the rest goes first.
  const kept = new Map<string, { el: Element; place: number }>();
  for (let child = parent.firstElementChild, after; child; child = after) {
    after = child.nextElementSibling;
    const last = (child as Drawn).__mark;
    if (last && tags.get(last.key) === last.tag) kept.set(last.key, { el: child, place: kept.size });
    else child.remove();
  }
  const found = marks.map((mark) => kept.get(mark.key));
  // Of what is left, the longest run already in order stays; the others move (staysInPlace.ts).
  const stays = staysInPlace(found.map((k) => k?.place ?? -1));
  // From the end: each element goes just before the one drawn after it.
  let next: Element | null = null;
  for (let i = marks.length - 1; i >= 0; i--) {
    const el = found[i]?.el ?? make(marks[i]!);
    write(el, marks[i]!);
    if (!stays[i]) parent.insertBefore(el, next);
    next = el;
  }
}
