import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintText, parseTemplateFile, type Finding } from '@smslint/core';
import { extractGuideExamples } from './guide-examples.js';
import { listTemplateFiles, REPO_ROOT } from './library-catalogs.js';

const GUIDE = path.join(REPO_ROOT, 'docs', 'writing-great-sms-replies.md');
const guide = readFileSync(GUIDE, 'utf8');
const examples = extractGuideExamples(guide);
/** 1-based lines of the four practice headings ("## 1. Ask permission first", …). */
const practiceLines = guide
  .split('\n')
  .flatMap((line, i) => (/^## [1-4]\. /.test(line) ? [i + 1] : []));
// Examples are linted with default settings, as a reader pasting them would see them.
const lint = (text: string, line: number) => lintText(text, { filePath: `writing-great-sms-replies-line-${line}.sms.md` });
const NOT_ABOUT_THE_MESSAGE = new Set(['internal-error', 'parse-error']);
const describeFinding = (f: Finding) => `${f.severity} ${f.ruleId}: ${f.message}`;

const libraryBodies = new Set(
  listTemplateFiles().flatMap((file) => parseTemplateFile(readFileSync(file, 'utf8'), file).templates.map((t) => t.body.text.trim())),
);

describe('extractGuideExamples', () => {
  it('reads fenced before/after blocks and ignores other fences', () => {
    const markdown = [
      '# Guide',
      '```sms.md before',
      '## A',
      '',
      'hi',
      '```',
      '```md',
      'not an example',
      '```',
      '````sms.md after',
      '```',
      '````',
    ].join('\n');
    expect(extractGuideExamples(markdown)).toEqual([
      { role: 'before', text: '## A\n\nhi\n', line: 2 },
      { role: 'after', text: '```\n', line: 10 },
    ]);
  });

  it('rejects an unclosed example', () => {
    expect(() => extractGuideExamples('```sms.md after\n## A\n\ntext\n')).toThrow(/line 1 is never closed/);
  });
});

describe('docs/writing-great-sms-replies.md examples', () => {
  it('has before/after pairs for every practice', () => {
    expect(practiceLines).toHaveLength(4);
    const bounds = [...practiceLines, Number.POSITIVE_INFINITY];
    for (let p = 0; p < 4; p++) {
      const inSection = examples.filter((e) => e.line > bounds[p] && e.line < bounds[p + 1]);
      expect(inSection.filter((e) => e.role === 'before').length, `practice ${p + 1}`).toBeGreaterThan(0);
      expect(inSection.filter((e) => e.role === 'after').length, `practice ${p + 1}`).toBe(inSection.filter((e) => e.role === 'before').length);
    }
    expect(examples.filter((e) => e.role === 'before').length).toBeGreaterThanOrEqual(8);
  });

  it.each(examples.filter((e) => e.role === 'before').map((e) => [e.line, e]))(
    '"before" on line %i is reported',
    (_line, example) => {
      const result = lint(example.text, example.line);
      expect(result.file.templates.length).toBe(1);
      // A crash or a broken example must not pass for a finding about the message itself.
      expect(result.findings.filter((f) => NOT_ABOUT_THE_MESSAGE.has(f.ruleId)).map(describeFinding)).toEqual([]);
      expect(result.findings.filter((f) => f.severity !== 'info').map(describeFinding)).not.toEqual([]);
    },
  );

  it.each(examples.filter((e) => e.role === 'after').map((e) => [e.line, e]))(
    '"after" on line %i is clean and comes from the library',
    (_line, example) => {
      const result = lint(example.text, example.line);
      expect(result.file.templates.length).toBe(1);
      expect(result.findings.filter((f) => f.severity !== 'info').map(describeFinding)).toEqual([]);
      for (const template of result.file.templates) expect(libraryBodies.has(template.body.text.trim()), template.id).toBe(true);
    },
  );
});
