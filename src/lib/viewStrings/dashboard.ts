// Every string a reader sees in the dashboard's filters and headline figures (ready for translation);
// a module of its own so an embed, which has neither, does not load them.

// Reader-visible strings of the filters.

export const filterStrings = {
  label: 'Filters',
  /** Shown as "From" and "To"; the hidden " year" completes the menus' names ("From year"). */
  from: 'From',
  to: 'To',
  yearSuffix: ' year',
  countries: 'Countries',
  /** The menu of the countries beyond the lead four, with those chosen in it. */
  more: (n: number, chosen: string[]) => (chosen.length ? `${n} more: ${chosen.join(', ')}` : `${n} more countries`),
  /** A phone's one country menu: what is chosen. */
  chosen: (names: string[]) =>
    names.length === 0 ? 'All countries' : names.length === 1 ? names[0]! : `${names[0]} + ${names.length - 1} more`,
  clear: 'Clear selection',
} as const;

// Reader-visible strings of the headline figures above the views.
export const headlineStrings = {
  title: 'In figures',
  oil: (partner: string) => `crude oil to ${partner}, latest full year`,
  arms: (partner: string) => `arms from ${partner}, SIPRI TIV (millions), summed`,
  investment: (partner: string) => `investment from ${partner}, latest full year`,
  visits: (partner: string, calls: number) => `high-level contacts with ${partner}${calls ? `, ${calls} by phone` : ''}`,
  /** "2023 · Faktyoxla" or "2014–2020 · SIPRI and 2 more". */
  detail: (years: string, publisher: string, sources: number) =>
    `${years} · ${publisher}${sources > 1 ? ` and ${sources - 1} more` : ''}`,
};
