// Reader-visible strings of the filters.

export const filterStrings = {
  label: 'Filters',
  from: 'From year',
  to: 'To year',
  countries: 'Countries',
  more: (n: number) => `${n} more countries`,
  clear: 'Clear selection',
} as const;
