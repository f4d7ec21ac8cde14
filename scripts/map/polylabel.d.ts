// Types for polylabel 2.x (the package ships none).
declare module 'polylabel' {
  /**
   * The pole of inaccessibility of a polygon given as rings of `[x, y]` (the first ring its
   * exterior): the inside point farthest from its edges, found to within `precision` units.
   */
  export default function polylabel(
    polygon: readonly (readonly (readonly number[])[])[],
    precision?: number,
  ): [number, number] & { distance: number };
}
