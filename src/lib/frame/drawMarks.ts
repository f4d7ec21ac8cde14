// A layer of marks described as plain data and drawn by one function, rather than by a template
// with a reactive effect per element. Profiled on the oil marks, the same elements built this way
// mounted in a third of the time. The function keeps a parent's children in step with a list, one
// child per key: a kept key keeps its element (so focus and the roving Tab stop stay on it), only
// attributes that differ are written, and elements are moved only when out of order.
// d3-selection's join does the same, but its Selection brings about 4 KB gzip to every page for
// this one method, and the pages are over their bundle budgets.

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

/** What each element was last drawn from, to write only what changed. */
const drawn = new WeakMap<Element, Mark>();

function write(el: Element, mark: Mark, last: Mark | undefined): void {
  const attrs = mark.attrs ?? {};
  for (const [name, value] of Object.entries(attrs)) {
    if (last && last.attrs?.[name] === value) continue;
    if (value === null || value === undefined) el.removeAttribute(name);
    else el.setAttribute(name, String(value));
  }
  for (const name of Object.keys(last?.attrs ?? {})) if (!(name in attrs)) el.removeAttribute(name);
  const style = (el as SVGElement).style;
  for (const [name, value] of Object.entries(mark.style ?? {})) if (last?.style?.[name] !== value) style.setProperty(name, value);
  for (const name of Object.keys(last?.style ?? {})) if (!mark.style || !(name in mark.style)) style.removeProperty(name);
  if (mark.text !== undefined && mark.text !== last?.text) el.textContent = mark.text;
  if (mark.children || last?.children) drawMarks(el, mark.children ?? []);
}

function make(mark: Mark): Element {
  const el = document.createElementNS(SVG_NS, mark.tag);
  for (const [name, value] of Object.entries(mark.initial ?? {})) el.setAttribute(name, value);
  return el;
}

/**
 * Makes `parent`'s children the elements of `marks`, in order: a mark whose key and tag were
 * drawn here before updates that element, a new one adds an element, one gone removes its element.
 * The layer owns every child of `parent`. Keys must be unique among siblings.
 */
export function drawMarks(parent: Element, marks: readonly Mark[]): void {
  const tags = new Map<string, string>();
  for (const mark of marks) {
    if (tags.has(mark.key)) throw new Error(`drawMarks: two marks keyed "${mark.key}" in one layer`);
    tags.set(mark.key, mark.tag);
  }
  // What stays is kept by key; the rest goes first, so what is left moves only when out of order.
  const kept = new Map<string, Element>();
  for (const child of [...parent.children]) {
    const last = drawn.get(child);
    if (last && tags.get(last.key) === last.tag) kept.set(last.key, child);
    else child.remove();
  }
  let next = parent.firstElementChild;
  for (const mark of marks) {
    const found = kept.get(mark.key);
    const el = found ?? make(mark);
    write(el, mark, found && drawn.get(found));
    drawn.set(el, mark);
    if (el === next) next = el.nextElementSibling;
    else parent.insertBefore(el, next);
  }
}
