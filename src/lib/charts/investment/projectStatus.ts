// What a project row's note says about its status: an MoU, a framework or an agreement not yet built.

/** Phrases of the reference notes that mark a figure as agreed rather than built, and how they read.
 *  Only what a note says: a project whose note has none of them gets no flag. */
const STATUS_PHRASES: readonly { pattern: RegExp; label: string }[] = [
  { pattern: /\bMoU\b/, label: 'MoU' },
  { pattern: /\bframework only\b/i, label: 'framework only' },
  { pattern: /\bagreed, not built\b/i, label: 'agreed, not built' },
];

/** The status flags a row's note states, in a fixed order; empty when it states none. */
export function projectStatus(note: string | null): string[] {
  if (!note) return [];
  return STATUS_PHRASES.filter((s) => s.pattern.test(note)).map((s) => s.label);
}
