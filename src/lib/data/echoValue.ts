// How much of a cell a problem report repeats: enough to find it, never a 10 MB field whole.

/** Characters of a value a problem echoes. */
export const ECHO_LIMIT = 200;

/** The value as a problem shows it: whole up to ECHO_LIMIT characters, else cut with its length. */
export function echoValue(text: string): string {
  return text.length <= ECHO_LIMIT ? text : `${text.slice(0, ECHO_LIMIT)}… (${text.length} characters)`;
}
