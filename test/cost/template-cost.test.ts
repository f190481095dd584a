import { parseTemplateFile, templateCost, twilioSmartEncode, type ResolvedConfig } from '@smslint/core';
import { describe, expect, it } from 'vitest';
import { catalog, PRICING_CONFIG, ROUTE_DELIVERY_CANCELED_EN, ROUTE_DELIVERY_CANCELED_EN_CURLY, ROUTE_DELIVERY_CANCELED_ES } from './cents-templates.js';

const config = (extra: Partial<ResolvedConfig> = {}): ResolvedConfig => ({ sources: [], ...PRICING_CONFIG, ...extra }) as ResolvedConfig;

function costOf(body: string, extra: Partial<ResolvedConfig> = {}, volume?: number) {
  const file = parseTemplateFile(catalog({ 'Route delivery canceled': { body, ...(volume === undefined ? {} : { volume }) } }), 'cents.sms.md');
  expect(file.problems).toEqual([]);
  return templateCost(file.templates[0], config(extra));
}

describe('templateCost on real templates (bifenbecker/Cents)', () => {
  it('prices a GSM-7 template per message and per month over its destinations', () => {
    const cost = costOf(ROUTE_DELIVERY_CANCELED_EN, {}, 20_000);
    expect(cost).toMatchObject({ provider: 'generic', min: { encoding: 'GSM-7', segments: 2 }, max: { encoding: 'GSM-7', segments: 2 }, currency: 'USD', volume: 20_000 });
    // 80 % US at 0.0079 + 20 % CA at 0.0065 = 0.00762 per segment.
    expect(cost.perMessage!.max).toBeCloseTo(2 * 0.00762, 10);
    expect(cost.perMonth!.max).toBeCloseTo(20_000 * 2 * 0.00762, 6);
  });

  it('curly quotes make it UCS-2: more segments, the fit hint offers the replacement', () => {
    const cost = costOf(ROUTE_DELIVERY_CANCELED_EN_CURLY, {}, 20_000);
    expect(cost.max).toMatchObject({ encoding: 'UCS-2', segments: 4 });
    expect(cost.fitText).toMatch(/or replace \u201c \u201d to fit 2 segments/);
    expect(cost.perMonth!.max).toBeCloseTo(20_000 * 4 * 0.00762, 6);
  });

  it('under provider twilio the curly quotes cost nothing, and the result names the profile', () => {
    const cost = costOf(ROUTE_DELIVERY_CANCELED_EN_CURLY, { provider: 'twilio' });
    expect(cost.max).toMatchObject({ encoding: 'GSM-7', segments: 2 });
    expect(cost.profileEffect?.message).toBe('Twilio Smart Encoding: 2 segments (GSM-7) instead of 4 (UCS-2)');
    // Letters outside GSM-7 are never replaced: the Spanish text stays UCS-2.
    const es = costOf(ROUTE_DELIVERY_CANCELED_ES, { provider: 'twilio' });
    expect(es.max.encoding).toBe('UCS-2');
    expect(twilioSmartEncode('\u201cSTOP\u201d \u2013 it\u2019s\u00a0ok\u2026 \ud83d\ude00 aqu\u00ed')).toBe('"STOP" - it\'s ok... \ud83d\ude00 aqu\u00ed');
  });

  it('per-encoding prices win, and a destination without a price leaves the money unknown', () => {
    const gb = costOf(ROUTE_DELIVERY_CANCELED_EN, { pricing: { currency: 'EUR', perSegment: { US: 0.01 }, encodings: { 'UCS-2': { default: 0.02 } } } });
    // A GSM-7 message is priced by perSegment only, where CA has no price: unknown.
    expect(gb.perMessage).toBeNull();
    expect(gb.unpriced).toEqual(['CA']);
    const priced = costOf(ROUTE_DELIVERY_CANCELED_EN_CURLY, { pricing: { currency: 'EUR', perSegment: { default: 0.01 }, encodings: { 'UCS-2': { default: 0.02 } } } });
    expect(priced.perMessage).toEqual({ min: expect.any(Number), max: 4 * 0.02 });
  });

  it('without pricing gives segments and fit only', () => {
    const cost = costOf(ROUTE_DELIVERY_CANCELED_EN, { pricing: undefined });
    expect(cost.currency).toBeUndefined();
    expect(cost.perMessage).toBeUndefined();
    expect(cost.fitText).toMatch(/over 1 segment: remove \d+$/);
  });
});

describe('metadata volume and destinations', () => {
  it('bad values are located metadata-invalid problems, not crashes', () => {
    const text = '---\nvolume: lots\ndestinations: { USA: 0.5, CA: -1, GB: 0.5 }\n---\n## A\nHello from Fresh Fold.\n';
    const file = parseTemplateFile(text, 'bad.sms.md');
    const problems = [...file.problems, ...file.templates.flatMap((t) => t.problems)];
    const messages = problems.map((p) => `${p.code}: ${p.message} @ ${text.slice(p.range.start, p.range.end)}`);
    expect(messages).toEqual(
      expect.arrayContaining([
        'metadata-invalid: "volume" must be a number of messages per month (0 or more). @ lots',
        expect.stringMatching(/^metadata-invalid: "destinations": "USA" is not an ISO 3166-1 alpha-2 country code .* @ 0\.5$/),
        expect.stringMatching(/^metadata-invalid: "destinations": the share of CA must be a number of 0 or more\. @ -1/),
      ]),
    );
    // The valid share is kept.
    expect(file.templates[0].metadata.destinations).toEqual({ GB: 0.5 });
  });
});
