import fc from 'fast-check';
import { it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { createTemplateParser, parseTemplateFile, lintText, fixText } from '@smslint/core';
import { catalogText, documentText } from './catalog-arbitraries.js';

it('scratch', () => {
  const edit = fc.tuple(fc.nat(), fc.nat(12), fc.oneof(fc.constantFrom('', '\n', '\r\n', '## ', '{{', '}}', '\u{1F600}', '---\n', '<!-- smslint-disable -->\n'), fc.string({ maxLength: 6 })));
  const samples = fc.sample(fc.tuple(catalogText, fc.array(edit, { minLength: 1, maxLength: 6 })), { numRuns: 1000, seed: 20261127 });
  let i = 0;
  let t00 = Date.now();
  for (const [start, edits] of samples) {
    const parser = createTemplateParser();
    let text = start;
    parser.parse(text, 'doc.sms.md');
    let j = 0;
    for (const [at, span, insert] of edits) {
      const from = at % (text.length + 1);
      const prev = text;
      text = text.slice(0, from) + insert + text.slice(Math.min(text.length, from + span));
      writeFileSync('/tmp/rel-last-case.json', JSON.stringify({ i, j, prev, text }));
      const t0 = Date.now();
      parser.parse(text, 'doc.sms.md');
      const dt = Date.now() - t0;
      if (dt > 200) console.log('slow', i, j, dt, process.memoryUsage().heapUsed >> 20);
      j++;
    }
    i++;
  }
  console.log('incremental total', Date.now() - t00);
  const docs = fc.sample(documentText, { numRuns: 1000, seed: 1 });
  t00 = Date.now();
  for (const d of docs) lintText(d.text, { filePath: d.filePath });
  console.log('lint total', Date.now() - t00);
  t00 = Date.now();
  for (const d of docs) fixText(d.text, { filePath: d.filePath });
  console.log('fix total', Date.now() - t00);
}, 600000);
