// Light or dark: the reader's system setting (followed live), or an embed's `theme=light|dark`.
export type Theme = 'light' | 'dark' | 'auto';

/** Reads `theme` from a query; anything else is 'auto'. */
export function themeFrom(params: URLSearchParams): Theme {
  const t = params.get('theme');
  return t === 'light' || t === 'dark' ? t : 'auto';
}

/** Sets `data-theme` on the root, which styles.css keys the dark palette on. */
export function applyTheme(theme: Theme, root: HTMLElement = document.documentElement): void {
  if (theme !== 'auto') {
    root.dataset.theme = theme;
    return;
  }
  const dark = window.matchMedia('(prefers-color-scheme: dark)');
  const follow = () => (root.dataset.theme = dark.matches ? 'dark' : 'light');
  follow();
  dark.addEventListener('change', follow);
}
