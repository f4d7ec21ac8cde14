// Opens a chart's data table as a reader who wants every row does: "Show data table", then "Show all".
import { fireEvent, screen } from '@testing-library/svelte';

export async function openTable(): Promise<HTMLElement> {
  await fireEvent.click(screen.getByRole('button', { name: 'Show data table' }));
  await screen.findByRole('table');
  const all = screen.queryByRole('button', { name: /^Show all \d+ rows$/ });
  if (all) await fireEvent.click(all);
  return screen.getByRole('table');
}
