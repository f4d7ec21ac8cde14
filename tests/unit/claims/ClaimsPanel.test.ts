// @vitest-environment jsdom
import { describe, it, expect, vi } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/svelte';
import ClaimsPanel from '../../../src/lib/claims/ClaimsPanel.svelte';
import type { DashboardData } from '../../../src/lib/data/dashboardData.ts';
import { shippedData } from './fixtures.ts';
import { firstTestedClaims, type TestedClaim } from '../../../src/lib/claims/testedClaims.ts';

const data = shippedData();
const viewHref = (view: string) => `?${view}`;
/** Renders the panel and waits until every claim is shown: it tests one claim per task. */
async function draw(d: DashboardData = data, onOpenView?: (view: string) => void) {
  const view = render(ClaimsPanel, { data: d, viewHref, onOpenView });
  await waitFor(() => expect(view.container.querySelectorAll('article')).toHaveLength(d.claims.length));
  return view;
}
/** Clicks a link; reports whether the panel prevented the browser's navigation (jsdom cannot navigate). */
function click(link: HTMLElement, init: MouseEventInit = {}): boolean {
  let prevented = false;
  const after = (e: Event) => {
    prevented = e.defaultPrevented;
    e.preventDefault();
  };
  window.addEventListener('click', after);
  link.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, button: 0, ...init }));
  window.removeEventListener('click', after);
  return prevented;
}
const articles = () => within(screen.getByRole('region', { name: 'Claims tested against the data' })).getAllByRole('article');

describe('ClaimsPanel', () => {
  it('renders every shipped claim: quote, computed figure, finding and its dashboard link (the claim marked)', async () => {
    await draw();
    const list = articles();
    expect(list).toHaveLength(data.claims.length);
    const expected: [string, RegExp][] = [
      ['oil_55pct_2024', /≈−46\.7% \(≈−1\.027M t\) from ≈2\.2M t \(2023/],
      ['oil_energy_security', /From ≥18% \(2023.* to 46\.4% \(est\.\) \(2025/],
      ['arms_largest_buyer', /Azerbaijan ranks 2nd of the \d+ recipients collected \(2011–2020\): India 2,732 TIV, Azerbaijan 872 TIV/],
      ['israel_share_of_aze_arms', /43% \(2014–2018\), 60% \(2015–2019\), 69% or 64% \(2016–2020\), 61% \(2017–2021\)/],
      ['uae_main_arab_investor', /United Arab Emirates ranks 3rd of the 4 investors collected \(2024\)/],
      ['uae_visit_frequency', /United Arab Emirates: 9 contacts, 1st of 4 partners.*Visits and meetings only: calls are not counted/],
    ];
    data.claims.forEach((row, i) => {
      const article = within(list[i]!);
      expect(article.getByText(String(row.claim)).tagName).toBe('BLOCKQUOTE');
      expect(list[i]!.textContent).toMatch(expected[i]![1]);
      expect(row.claim_id).toBe(expected[i]![0]);
      expect(list[i]!.textContent).toContain(String(row.what_the_collected_data_says));
      expect(article.getByRole('link', { name: 'Show this in the dashboard' }).getAttribute('href')).toBe(`?${row.view}&claim=${row.claim_id}`);
    });
  });

  it('each claim states its verdict in plain words, as claims.csv gives it', async () => {
    await draw();
    const verdicts = articles().map((a) => a.querySelector('.verdict')?.textContent);
    expect(verdicts).toEqual([
      'Verdict: Not supported: no collected source gives it',
      'Verdict: Partly supported: the data agree with part of it, or on one reading',
      'Verdict: Contradicted: the collected figures show otherwise',
      'Verdict: Supported by the collected data',
      'Verdict: Cannot be checked: the data needed were not collected',
      'Verdict: Partly supported: the data agree with part of it, or on one reading',
    ]);
  });

  it('each article is named by its heading; sources are links for http(s) URLs', async () => {
    await draw();
    expect(screen.getByRole('article', { name: /Claim 1: Crude oil exports/ })).toBeInTheDocument();
    const first = within(articles()[0]!);
    expect(first.getByText(/Sources named for this claim \(5\)/)).toBeInTheDocument();
    expect(first.getByRole('link', { name: /^Mitk\.am/ }).getAttribute('href')).toMatch(/^https:\/\/mitk\.am\//);
  });

  it('a plain click calls onOpenView with the view, the claim marked, and stays on the page', async () => {
    const onOpenView = vi.fn();
    await draw(data, onOpenView);
    const link = within(articles()[2]!).getByRole('link', { name: 'Show this in the dashboard' });
    expect(click(link)).toBe(true);
    expect(onOpenView).toHaveBeenCalledWith('start=2011&end=2020&arms=customers&claim=arms_largest_buyer');
  });

  it.each([{ ctrlKey: true }, { metaKey: true }, { shiftKey: true }, { button: 1 }])('a modified click %o follows the link', async (init) => {
    const onOpenView = vi.fn();
    await draw(data, onOpenView);
    const link = within(articles()[0]!).getByRole('link', { name: 'Show this in the dashboard' });
    expect(click(link, init)).toBe(false);
    expect(onOpenView).not.toHaveBeenCalled();
  });

  it('without onOpenView a click is a plain link', async () => {
    await draw();
    expect(click(within(articles()[0]!).getByRole('link', { name: 'Show this in the dashboard' }))).toBe(false);
  });

  it('CSV text is shown as text, never as HTML', async () => {
    const evil = 'Claim <img src=x onerror=alert(1)> here';
    const claims = [{ ...data.claims[0]!, claim: evil, what_the_collected_data_says: '<b>bold</b>' }];
    const { container } = await draw({ ...data, claims });
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('b')).toBeNull();
    expect(screen.getByText(evil).tagName).toBe('BLOCKQUOTE');
    expect(articles()[0]!.textContent).toContain('<b>bold</b>');
  });

  /** How many claims are in the panel at its mount and after each task, until all are. */
  async function shownPerTask(props: { tested?: TestedClaim[] }): Promise<number[]> {
    const view = render(ClaimsPanel, { data, viewHref, ...props });
    const shown: number[] = [view.container.querySelectorAll('article').length];
    while (shown[shown.length - 1]! < data.claims.length) {
      await new Promise((r) => setTimeout(r));
      shown.push(view.container.querySelectorAll('article').length);
    }
    return shown;
  }

  it.each([
    ['tests', {}],
    // A large copy's claim lists its figures by period: thousands of items, tens of ms to draw.
    ['draws the claims already tested', { tested: firstTestedClaims(data, data.claims.length) }],
  ])('%s one claim per task, so a large copy of the data never holds up a click for all of them at once', async (_, props) => {
    const shown = await shownPerTask(props);
    expect(shown[0]).toBe(0);
    // Each task adds at most one claim.
    expect(shown.every((n, i) => i === 0 || n - shown[i - 1]! <= 1)).toBe(true);
  });

  it('a claim with no data says so instead of failing', async () => {
    const claims = [{ ...data.claims[0]!, indicator: 'gold_exports' }];
    await draw({ ...data, claims });
    expect(articles()[0]!.textContent).toContain('The loaded data has no figures for this claim’s indicator and unit.');
  });
});
