import { describe, expect, it } from 'vitest';
import { layoutRegion, placeRegion, regionOrder } from '../../packages/core/src/detect/phone-regions.js';

describe('placeRegion', () => {
  it.each([
    ['Berlin: ', '', 'DE'],
    ['Call our Berlin office on ', '', 'DE'],
    ['Northern Ireland: ', '', 'GB'],
    ['Ireland: ', '', 'IE'],
    ['UK office: ', '', 'GB'],
    ['Reach us at ', ' (NZ) or …', 'NZ'],
    ['phone us free on ', ' (Australia)', 'AU'],
    ['London: 020 7946 0321, Berlin: ', '', 'DE'],
  ] as const)('%s…%s → %s', (before, after, region) => {
    expect(placeRegion(before, after)).toBe(region);
  });

  it.each([
    ['Berlin is closed. Call ', ''],
    ['Nicely done! Call ', ''],
    ['Llame de lunes a viernes al ', ''],
    ['Log in: ', ''],
    ['Call ', ' (24/7)'],
  ])('%s…%s → no region', (before, after) => {
    expect(placeRegion(before, after)).toBeUndefined();
  });
});

describe('regionOrder', () => {
  it('tries the place, the layout, the configured region, the language, then the default order, each once', () => {
    expect(regionOrder('DE', undefined, 'GB', () => 'es', ['GB', 'DE', 'ES', 'AU'])).toEqual(['DE', 'GB', 'ES', 'MX', 'AU']);
    expect(regionOrder(undefined, 'AU', 'US', () => 'en', ['GB', 'AU'])).toEqual(['AU', 'US', 'GB']);
  });

  it('asks for the language guess once', () => {
    let asked = 0;
    regionOrder(undefined, undefined, 'US', () => (asked++, 'fr'), []);
    expect(asked).toBe(1);
  });

  it('knows 1300 numbers are Australian, and leaves 1800 (also Irish) alone', () => {
    expect(layoutRegion('1300 655 506')).toBe('AU');
    expect(layoutRegion('1800 812 345')).toBeUndefined();
    expect(layoutRegion('1300 655 5067')).toBeUndefined();
  });
});
