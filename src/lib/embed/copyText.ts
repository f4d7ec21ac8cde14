// Copies text to the clipboard: the async Clipboard API, or else the selected text field and the
// older execCommand('copy') (insecure origins, older browsers, a denied permission).

/** Resolves true when the text was copied; `field` holds the same text and is selected as the fallback. */
export async function copyText(text: string, field: HTMLTextAreaElement | HTMLInputElement): Promise<boolean> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Denied or unavailable: try the fallback below.
  }
  const before = document.activeElement;
  field.focus();
  field.select();
  let copied = false;
  try {
    copied = document.execCommand('copy');
  } catch {
    copied = false;
  }
  // Copied: focus goes back (to the Copy button); not copied: the text stays selected to copy by hand.
  if (copied && before instanceof HTMLElement) before.focus();
  return copied;
}
