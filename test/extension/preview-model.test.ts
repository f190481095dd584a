import { describe, expect, it } from 'vitest';
import { emptyBodyHtml, escapeHtml, previewBodyHtml, previewDocumentHtml } from '../../extension/src/preview-html.js';
import { previewModel } from '../../extension/src/preview-model.js';
import { templateInfo, ucs2 } from './fixtures.js';

describe('previewModel', () => {
  it('splits the rendered text at the segment starts with per-segment counts', () => {
    const model = previewModel(templateInfo());
    expect(model.segments.map((s) => s.runs.map((r) => r.text).join(''))).toEqual(['a'.repeat(153), 'a'.repeat(34)]);
    expect(model.segments.map((s) => [s.index, s.units, s.capacity])).toEqual([
      [1, 153, 153],
      [2, 34, 153],
    ]);
    expect(model.summary).toBe('GSM-7 · 2 segments · 187/306 septets');
  });

  it('counts GSM-7 extension characters as two septets (sms-facts §1)', () => {
    const model = previewModel(
      templateInfo({ previewText: 'Pay €5 [now]', units: 15, segments: 1, perSegment: 160, segmentStarts: [0] }),
    );
    expect(model.segments[0].units).toBe(15);
  });

  it('counts UCS-2 segments in UTF-16 units and marks the characters that force UCS-2', () => {
    const previewText = 'Hi 😀, it’s here';
    const model = previewModel(
      templateInfo({
        encoding: 'UCS-2',
        previewText,
        units: previewText.length,
        segments: 1,
        perSegment: 70,
        segmentStarts: [0],
        ucs2Characters: [
          // Given out of order: the model sorts them.
          ucs2(9, '’', { name: 'RIGHT SINGLE QUOTATION MARK', replacement: "'" }),
          ucs2(3, '😀', { name: 'GRINNING FACE' }),
        ],
      }),
    );
    const [segment] = model.segments;
    expect(segment.units).toBe(16);
    expect(segment.runs).toEqual([
      { text: 'Hi ', kind: 'text' },
      { text: '😀', kind: 'ucs2', title: 'U+1F600 GRINNING FACE forces UCS-2' },
      { text: ', it', kind: 'text' },
      {
        text: '’',
        kind: 'ucs2',
        title: 'U+2019 RIGHT SINGLE QUOTATION MARK (use "\'" to stay in GSM-7) forces UCS-2',
      },
      { text: 's here', kind: 'text' },
    ]);
  });

  it('labels invisible characters and says when deleting them keeps GSM-7', () => {
    const model = previewModel(
      templateInfo({
        encoding: 'UCS-2',
        previewText: 'a\u200bb',
        units: 3,
        segments: 1,
        perSegment: 70,
        segmentStarts: [0],
        ucs2Characters: [ucs2(1, '\u200b', { name: 'ZERO WIDTH SPACE', replacement: '' })],
      }),
    );
    expect(model.segments[0].runs[1]).toEqual({
      text: '\u200b',
      kind: 'ucs2',
      label: 'U+200B',
      title: 'U+200B ZERO WIDTH SPACE (delete it to stay in GSM-7) forces UCS-2',
    });
  });

  it('splits a marked character that straddles a boundary between the two segments', () => {
    const model = previewModel(
      templateInfo({
        previewText: 'abcd',
        units: 4,
        segments: 2,
        perSegment: 2,
        segmentStarts: [0, 2],
        ucs2Characters: [ucs2(1, 'bc')],
      }),
    );
    expect(model.segments.map((s) => s.runs.map((r) => `${r.kind}:${r.text}`))).toEqual([
      ['text:a', 'ucs2:b'],
      ['ucs2:c', 'text:d'],
    ]);
  });

  it('ignores segment starts outside the text or out of order', () => {
    const model = previewModel(templateInfo({ previewText: 'abcdef', segmentStarts: [0, 4, 2, 4, 99, 1.5] }));
    expect(model.segments.map((s) => s.runs.map((r) => r.text).join(''))).toEqual(['abcd', 'ef']);
  });

  it('keeps one empty segment for an empty message', () => {
    const model = previewModel(templateInfo({ previewText: '', units: 0, segments: 1, perSegment: 160, segmentStarts: [0] }));
    expect(model.segments).toEqual([{ index: 1, units: 0, capacity: 160, runs: [] }]);
  });

  it('notes the range, what drives the maximum and the budget finding', () => {
    const model = previewModel(
      templateInfo({ min: 1, max: 3, maxDrivers: [{ kind: 'variable', name: 'name', detail: 'no <maxLength> declared' }] }),
      { budget: { exceeded: true, message: 'Up to 3 segments; the budget is 2.' } },
    );
    expect(model.rangeNote).toBe('1–3 segments with other variable values');
    expect(model.maxDrivers).toEqual(['{{name}}: no <maxLength> declared']);
    expect(model.overBudget).toBe('Up to 3 segments; the budget is 2.');
    const html = previewBodyHtml(model);
    expect(html).toContain('<ul class="drivers"><li>{{name}}: no &#60;maxLength&#62; declared</li></ul>');
    expect(html).toContain('<p class="note warning">Up to 3 segments; the budget is 2.</p>');
    expect(previewModel(templateInfo()).overBudget).toBeUndefined();
  });

  it('says where the values come from and lists rendering problems', () => {
    const model = previewModel(templateInfo(), {
      dataSource: 'data/<zoe>.json',
      renderProblems: ['Partial "footer" is not rendered in previews; it is shown as [partial footer].'],
    });
    expect(model.dataSource).toBe('data/<zoe>.json');
    const html = previewBodyHtml(model);
    expect(html).toContain('<p class="source">Variables from data/&#60;zoe&#62;.json</p>');
    expect(html).toContain('<p class="note warning">Partial &#34;footer&#34; is not rendered');
    expect(previewBodyHtml(previewModel(templateInfo()))).toContain('Variables from declared samples');
  });
});

describe('preview HTML', () => {
  it('escapes message text, titles and ids', () => {
    expect(escapeHtml(`<img src=x onerror="a">&'`)).toBe('&#60;img src=x onerror=&#34;a&#34;&#62;&#38;&#39;');
    const html = previewBodyHtml(
      previewModel(
        templateInfo({
          templateId: '<b>id</b>',
          previewText: '<script>alert(1)</script> ’',
          units: 27,
          segments: 1,
          perSegment: 70,
          encoding: 'UCS-2',
          segmentStarts: [0],
          ucs2Characters: [ucs2(26, '’', { name: '"quote"<' })],
        }),
      ),
    );
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<b>');
    expect(html).toContain('&#60;script&#62;alert(1)&#60;/script&#62; <mark class="ucs2" title="U+2019 &#34;quote&#34;&#60; forces UCS-2">’</mark>');
  });

  it('renders one list item per segment with its count, marking overfull segments', () => {
    const model = previewModel(templateInfo());
    model.segments[1].units = 200;
    const html = previewBodyHtml(model);
    expect(html.match(/<li class="segment"/g)).toHaveLength(2);
    expect(html).toContain('<span class="segment-count">153/153</span>');
    expect(html).toContain('<span class="segment-count over">200/153</span>');
  });

  it('builds a page with a strict CSP and only the nonce’d script', () => {
    const page = previewDocumentHtml({
      cspSource: 'https://webview.test',
      nonce: 'abc123',
      styleUri: 'https://webview.test/preview.css',
      scriptUri: 'https://webview.test/preview.js',
      bodyHtml: emptyBodyHtml('Nothing <here>'),
    });
    expect(page).toContain(
      `content="default-src &#39;none&#39;; style-src https://webview.test; script-src &#39;nonce-abc123&#39;; font-src https://webview.test"`,
    );
    expect(page.match(/<script/g)).toHaveLength(1);
    expect(page).toContain('<script nonce="abc123" src="https://webview.test/preview.js"></script>');
    expect(page).not.toMatch(/\son[a-z]+=/);
    expect(page).toContain('<p class="empty">Nothing &#60;here&#62;</p>');
  });
});
