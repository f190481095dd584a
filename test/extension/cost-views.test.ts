import { describe, expect, it } from 'vitest';
import { previewBodyHtml } from '../../extension/src/preview-html.js';
import { previewModel } from '../../extension/src/preview-model.js';
import { statusBarView } from '../../extension/src/status-bar-model.js';
import { templateInfo } from './fixtures.js';

const priced = templateInfo({
  cost: {
    provider: 'twilio',
    perMessage: '0.0152–0.0305 USD',
    perMonth: '304.80–609.60 USD',
    fit: '34 characters over 1 segment: remove 34',
    overCharacters: 34,
    cutPosition: null,
    profileEffect: 'Twilio Smart Encoding: 2 segments (GSM-7) instead of 4 (UCS-2)',
  },
});

describe('cost and fit in the status bar and preview (issue 16)', () => {
  it('status bar: the most a message costs in the text, cost and fit in the tooltip', () => {
    const view = statusBarView(priced);
    expect(view.text).toBe('GSM-7 · 2 segments (187/306) · 0.0305 USD');
    expect(view.tooltip).toContain('Cost: 0.0152–0.0305 USD per message, 304.80–609.60 USD per month');
    expect(view.tooltip).toContain('Worst case: 34 characters over 1 segment: remove 34 (Twilio Smart Encoding: 2 segments (GSM-7) instead of 4 (UCS-2))');
    // Without prices: no money, the fit still shows.
    const plain = statusBarView(templateInfo());
    expect(plain.text).toBe('GSM-7 · 2 segments (187/306)');
    expect(plain.tooltip).toContain('Worst case: 34 characters over 1 segment: remove 34');
  });

  it('preview: cost and fit notes, escaped', () => {
    const model = previewModel(priced);
    expect(model.cost).toBe('Cost: 0.0152–0.0305 USD per message, 304.80–609.60 USD per month');
    const html = previewBodyHtml(model);
    expect(html).toContain('<p class="note cost">Cost: 0.0152–0.0305 USD per message, 304.80–609.60 USD per month</p>');
    expect(html).toContain('<p class="note fit">Worst case: 34 characters over 1 segment: remove 34 (Twilio Smart Encoding: 2 segments (GSM-7) instead of 4 (UCS-2))</p>');
    const hostile = previewModel(templateInfo({ cost: { provider: 'generic', fit: '<b>x</b>', overCharacters: 1, cutPosition: null } }));
    expect(previewBodyHtml(hostile)).toContain('Worst case: &#60;b&#62;x&#60;/b&#62;');
  });
});
