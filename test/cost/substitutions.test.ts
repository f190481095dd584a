import { parseTemplateFile, savingSubstitutions, type ResolvedConfig } from '@smslint/core';
import { describe, expect, it } from 'vitest';
import { catalog, ROUTE_DELIVERY_CANCELED_EN, ROUTE_DELIVERY_CANCELED_EN_CURLY } from './cents-templates.js';

const config = (extra: Partial<ResolvedConfig> = {}) => ({ sources: [], ...extra }) as ResolvedConfig;

function apply(text: string, edits: { range: { start: number; end: number }; text: string }[]): string {
  let out = text;
  for (const e of [...edits].sort((x, y) => y.range.start - x.range.start)) out = out.slice(0, e.range.start) + e.text + out.slice(e.range.end);
  return out;
}

describe('savingSubstitutions (what to cut)', () => {
  it('GSM-7 replacements first when they save segments, with exact document edits', () => {
    const text = catalog({ 'Route delivery canceled': { body: ROUTE_DELIVERY_CANCELED_EN_CURLY } });
    const template = parseTemplateFile(text, 'cents.sms.md').templates[0];
    const [best] = savingSubstitutions(text, template, config());
    expect(best.title).toBe('Replace \u201c \u201d with GSM-7 characters (4 \u2192 2 segments)');
    expect(apply(text, best.edits)).toBe(catalog({ 'Route delivery canceled': { body: ROUTE_DELIVERY_CANCELED_EN } }));
    // Under Twilio Smart Encoding the quotes already cost nothing.
    expect(savingSubstitutions(text, template, config({ provider: 'twilio' }))[0].segmentsBefore).toBe(2);
  });

  it('shortens wordy phrases, keeping a leading capital, and says when that saves a segment', () => {
    // Wording from bifenbecker/Cents en/index.js (intentOrderDeliveryDelayed), made wordier.
    const body = `In order to reschedule, please reply. Please note that your order is not ready for delivery at the scheduled time due to the fact that our team is behind. We will text you when it is ready and you can schedule delivery at your convenience. ${'Thanks again! '.repeat(6)}`;
    const text = catalog({ Delayed: { body } });
    const template = parseTemplateFile(text, 'cents.sms.md').templates[0];
    const subs = savingSubstitutions(text, template, config());
    const titles = subs.map((s) => s.title);
    expect(titles).toContain('Shorten \u201cin order to\u201d to \u201cto\u201d (9 characters shorter)');
    expect(titles).toContain('Drop \u201cplease note that\u201d (17 characters shorter)');
    const because = subs.find((s) => s.title.startsWith('Shorten \u201cdue to the fact that\u201d'))!;
    expect(apply(text, because.edits)).toContain('time because our team');
    const inOrder = subs.find((s) => s.title.startsWith('Shorten \u201cin order to\u201d'))!;
    expect(apply(text, inOrder.edits)).toContain('To reschedule, please reply.');
  });
});
