import type { TemplateInfo, TemplateInfoCharacter } from '../../extension/src/template-info.js';

/** A UCS-2-forcing character at `previewOffset` (written in the body unless said otherwise). */
export function ucs2(previewOffset: number, char: string, extra: Partial<TemplateInfoCharacter> = {}): TemplateInfoCharacter {
  return { char, codePoint: char.codePointAt(0)!, previewOffset, range: null, ...extra };
}

/** A TemplateInfo as the server would send it, with counts consistent with the text. */
export function templateInfo(overrides: Partial<TemplateInfo> = {}): TemplateInfo {
  return {
    templateId: 'order-shipped',
    title: 'Order shipped',
    range: { start: { line: 10, character: 0 }, end: { line: 13, character: 0 } },
    encoding: 'GSM-7',
    units: 187,
    segments: 2,
    perSegment: 153,
    min: 2,
    max: 2,
    sample: 2,
    exact: true,
    maxDrivers: [],
    segmentStarts: [0, 153],
    segmentStartPositions: [],
    ucs2Characters: [],
    previewText: 'a'.repeat(187),
    cost: { provider: 'generic', fit: '34 characters over 1 segment: remove 34', overCharacters: 34, cutPosition: null },
    ...overrides,
  };
}
