import { parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { readSimpleYaml } from '../../../packages/core/src/template/simple-yaml.js';
import { parseYamlBlock } from '../../../packages/core/src/template/yaml-block.js';
import { mulberry32 as prng } from '../../../bench/lib/seeded-random.js';

/** What the yaml library makes of `source` (undefined: errors, or not a mapping). */
function reference(source: string): unknown {
  const doc = parseDocument(source.replace(/\r(?!\n)/g, '\n'), { prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) return undefined;
  return doc.toJS();
}

const KEYS = ['brand', 'kind', 'maxSegments', 'opt-in', 'first_name', 'variables', 'true', 'null', 'a b', '"q"', '__proto__', 'x', 'x', '-k', '? k', 'k:', 'K'];
const SCALARS = [
  'Northwind', 'support', '2', '0', '-0', '-12', '+5', '007', '1e3', '0x1F', '0o17', '.inf', '-.inf', '.nan', '1.5', '1_000',
  'true', 'True', 'TRUE', 'yes', 'no', 'on', 'null', '~', 'Null', '', ' ', '"1234567"', "'1234567'", '"a, b"', "'it''s'",
  '"say \\"hi\\""', '"tab\\t"', 'Hi, there', 'a: b', 'a:b', 'x #c', 'x#c', 'https://x.example/a?b=c', '$25.00', '09:00-20:00',
  '"09:00-20:00"', '[a, b]', '{a: 1}', '{ maxLength: 20, charset: gsm, sample: Dana }', '{maxLength: 10,charset: digits}',
  '{ a: , b: 1 }', '{ a: 1, }', '{ a: "x, y", b: \'z\' }', '{ a: b: c }', '{}', '{ a: [1] }', '&anchor x', '*alias', '!!str 5',
  '|', '>', '- item', '@x', '`x`', '%x', 'Café 😀', 'a\u00a0', '\u00a0a', 'x:', 'é: 1', 'a  b', '12:30', '3.0.1', 'v1.2',
  '"unterminated', "'unterminated", '"a" b', 'NaN', 'Infinity', '0.', '.5', '-', '--', '---', '...',
];
const INDENTS = ['', '', '', '  ', '  ', '    ', ' ', '   '];
const EXTRAS = ['', '', '', '', '# comment', '  # indented comment', '   ', '\t', 'key: value\r', '\r', '---', '...', '%YAML 1.1', '- a'];

const SAFE_KEYS = ['brand', 'kind', 'maxSegments', 'opt-in', 'first_name', 'region', 'locale', 'K', 'x_1'];
const SAFE_SCALARS = [
  'Northwind', 'support', '2', '0', '-12', 'true', 'False', '~', '"1234567"', "'x y'", 'Hi, there', 'a:b', 'x#c', 'Café 😀',
  '$25.00', '"09:00-20:00"', '{ maxLength: 20, charset: gsm, sample: Dana }', '{maxLength: 10,charset: digits}', '{}',
  '{ a: "x, y", b: \'z\' }', 'https://x.example/a?b=c', 'a  b', 'v1.2', 'NaN',
];

/** Well-formed nested mappings from the safe pools (mostly accepted by the fast path). */
function wellFormedSource(random: () => number): string {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)];
  const lines: string[] = [];
  const write = (indent: string, depth: number) => {
    const used = new Set<string>();
    const count = 1 + Math.floor(random() * 4);
    for (let i = 0; i < count; i++) {
      const key = pick(SAFE_KEYS);
      if (used.has(key)) continue;
      used.add(key);
      if (random() < 0.1) lines.push(`${indent}# note`);
      if (depth < 2 && random() < 0.25) {
        lines.push(`${indent}${key}:`);
        write(`${indent}${random() < 0.5 ? '  ' : '    '}`, depth + 1);
      } else lines.push(`${indent}${key}: ${pick(SAFE_SCALARS)}`);
    }
  };
  write('', 0);
  return lines.join(random() < 0.2 ? '\r\n' : '\n') + (random() < 0.5 ? '\n' : '');
}

function randomSource(random: () => number): string {
  if (random() < 0.5) return wellFormedSource(random);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)];
  const lines: string[] = [];
  const count = 1 + Math.floor(random() * 8);
  for (let i = 0; i < count; i++) {
    if (random() < 0.15) lines.push(pick(EXTRAS));
    const key = pick(KEYS);
    const indent = i === 0 && random() < 0.9 ? '' : pick(INDENTS);
    lines.push(random() < 0.2 ? `${indent}${key}:` : `${indent}${key}:${random() < 0.95 ? ' ' : ''}${pick(SCALARS)}${random() < 0.1 ? '  ' : ''}`);
  }
  return lines.join(random() < 0.1 ? '\r\n' : '\n') + (random() < 0.5 ? '\n' : '');
}

describe('readSimpleYaml (fast path of front matter)', () => {
  it('reads the common front matter shapes itself', () => {
    const source = [
      'brand: Northwind',
      'kind: support',
      'maxSegments: 2',
      'recurring: false',
      'sendWindow: "09:00-20:00"',
      'variables:',
      '  firstName: { maxLength: 20, charset: gsm, sample: Dana }',
      '  orderId: { maxLength: 10, charset: digits, sample: "1234567" }',
      '  # a comment',
      '  code:',
      '    maxLength: 6',
      '    charset: digits',
    ].join('\n');
    const read = readSimpleYaml(source);
    expect(read).toBeDefined();
    expect(read).toEqual(reference(source));
  });

  it('agrees with the yaml library on every input it accepts (10,000 generated, tricky scalars)', () => {
    const random = prng(20261127);
    let accepted = 0;
    for (let i = 0; i < 10_000; i++) {
      const source = randomSource(random);
      const read = readSimpleYaml(source);
      if (read === undefined) continue;
      accepted++;
      expect(read, JSON.stringify(source)).toEqual(reference(source));
    }
    // The generator must exercise the fast path, not only the fallback.
    expect(accepted).toBeGreaterThan(1_500);
  });

  it('leaves anything outside the subset to the yaml library', () => {
    for (const source of ['a: &x 1\nb: *x', 'a: |\n  text', 'a:\n  - 1', 'a: 1\na: 2', 'a: b\n  c', '"a": 1', 'a: 1.5', 'a: .inf', 'a: x # c', 'a:\tb', '']) {
      expect(readSimpleYaml(source), JSON.stringify(source)).toBeUndefined();
    }
  });

  it('locates problems in fast-path blocks exactly as the full parse does', () => {
    const source = 'brand: Northwind\nvariables:\n  firstName: { maxLength: 20, charset: klingon }';
    expect(readSimpleYaml(source)).toBeDefined();
    const block = parseYamlBlock(source, 4, 'front-matter-yaml');
    const doc = parseDocument(source);
    const node = doc.getIn(['variables', 'firstName', 'charset'], true) as { range: [number, number, number] };
    expect(block.locate(['variables', 'firstName', 'charset'])).toEqual({ start: 4 + node.range[0], end: 4 + node.range[1] });
    expect(block.locate(['nope'])).toEqual({ start: 4, end: 4 + source.length });
  });
});
