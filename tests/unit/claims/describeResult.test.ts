import { describe, it, expect } from 'vitest';
import { testedClaims } from '../../../src/lib/claims/testedClaims.ts';
import { formatDays as formatDateSpan, formatOrdinal, formatPercentChange, formatSignedValue } from '../../../src/lib/format.ts';
import { shippedData } from './fixtures.ts';

const data = shippedData();
const tested = testedClaims(data);
const of = (id: string) => tested.find((t) => t.claim.id === id)!;

describe('the reader’s text of each shipped claim', () => {
  it('oil_55pct_2024 says which two figures the percentage compares', () => {
    const t = of('oil_55pct_2024').text;
    expect(t.headline).toMatch(/^≈−46\.7% \(≈−1\.027M t\) from ≈2\.2M t \(2023, Faktyoxla[^)]*\)\) to 1\.173M t \(2024, Mitk\.am/);
    const byYear = t.details.find((d) => d.label.startsWith('Every full-year figure'))!;
    expect(byYear.items[1]).toMatch(/^2024: 1\.173M t \(Mitk\.am \(Armenia\)\); ≥1M t \(Middle East Eye/);
    expect(t.details.find((d) => d.label.startsWith('Not full years'))!.items.join('\n')).toContain('Jan–Sep 2024: 2.372M t');
  });

  it('oil_energy_security names the lowest and the highest figure', () => {
    expect(of('oil_energy_security').text.headline).toMatch(/^From ≥18% \(2023, Faktyoxla.*\) to 46\.4% \(est\.\) \(2025, The Cradle.*: 10 figures for 2012–2025\.$/);
  });

  it('arms_largest_buyer: Azerbaijan ranks 2nd after India', () => {
    expect(of('arms_largest_buyer').text.headline).toMatch(/^Azerbaijan ranks 2nd of the \d+ recipients collected \(2011–2020\): India 2,732 TIV, Azerbaijan 872 TIV\.$/);
  });

  it('israel_share_of_aze_arms lists the shares, conflicting ones side by side', () => {
    expect(of('israel_share_of_aze_arms').text.headline).toBe('43% (2014–2018), 60% (2015–2019), 69% or 64% (2016–2020), 61% (2017–2021).');
  });

  it('uae_main_arab_investor: the UAE is 3rd of 4', () => {
    expect(of('uae_main_arab_investor').text.headline).toBe(
      'United Arab Emirates ranks 3rd of the 4 investors collected (2024): United Kingdom $1.74B, Türkiye $1.21B, United Arab Emirates $490.1M.',
    );
  });

  it('uae_visit_frequency: 9 contacts, 1st of 4, and says calls are not counted', () => {
    // Intl puts thin spaces around the range dash.
    expect(of('uae_visit_frequency').text.headline).toMatch(
      /^United Arab Emirates: 9 contacts, 1st of 4 partners, 1 Jan 2023\s–\s31 Dec 2024\. Visits and meetings only: calls are not counted\.$/,
    );
  });

  it('cites the claim’s own sources, or the figures’ when it names none', () => {
    expect(of('oil_55pct_2024')).toMatchObject({ ownSources: true, sourceIds: ['faktyoxla_2024', 'isranomics_2024_02_20', 'mitk_2025_05_22', 'mee_2024_11', 'cradle_kpler_2026_01'] });
    const visits = of('uae_visit_frequency');
    expect(visits.ownSources).toBe(false);
    expect(visits.sourceIds.length).toBe(27);
  });
});

describe('formatClaim', () => {
  it.each([
    [formatPercentChange(-46.6818), '−46.7%'],
    [formatPercentChange(55), '+55.0%'],
    [formatSignedValue(-1_027_000, 'tonnes'), '−1.027M t'],
    [formatSignedValue(171_200_000, 'usd'), '+$171.2M'],
    [formatOrdinal(1), '1st'],
    [formatOrdinal(12), '12th'],
    [formatOrdinal(22), '22nd'],
  ])('%s', (got, want) => {
    expect(got).toBe(want);
  });

  it('formatDateSpan gives both inclusive days', () => {
    expect(formatDateSpan('2023-01-01', '2024-12-31')).toMatch(/^1 Jan 2023\s–\s31 Dec 2024$/);
  });
});
