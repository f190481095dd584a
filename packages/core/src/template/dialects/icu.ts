import type { MessageFormatElement, PluralOrSelectOption } from '@formatjs/icu-messageformat-parser';
import { textBetween, visibleOfNodes, visibleOutside } from '../body.js';
import { icuParserLibrary } from '../lazy-libraries.js';
import { normalizeLineBreaks } from '../lines.js';
import type { BodyNode, ParseProblem } from '../types.js';
import { scanAll } from './scan-all.js';
import { renderNodes } from './node-render.js';
import type { Dialect, DialectInput, DialectParse } from './types.js';

/**
 * ICU MessageFormat (FormatJS, i18next-icu, Java/ICU4J, Android): `{name}`, `{n, number}`,
 * `{n, plural, one {# item} other {# items}}`, `{g, select, …}`, quoting with `'`.
 * Parsed by @formatjs/icu-messageformat-parser with locations; tags (`<b>`) are literal
 * text in SMS. Each plural/select becomes a chain of case blocks (one per option, the
 * last option as the final alternative), so segment counts cover every case.
 */
export const icu: Dialect = {
  id: 'icu',
  title: 'ICU MessageFormat',
  docsAnchor: 'icu-messageformat',
  placeholder: (name) => `{${name}}`,
  parse: parseIcu,
  scan: (masked) => scanAll(/\{\w+, *(?:plural|select|selectordinal|number|date|time)\b[^{}]*(?:\{[^{}]*\}[^{}]*)*\}/g, masked),
  render: renderNodes,
};

/** FormatJS error kinds in words. */
const ERRORS: Record<string, string> = {
  EXPECT_ARGUMENT_CLOSING_BRACE: 'a "{" placeholder is not closed with "}"',
  EMPTY_ARGUMENT: 'a placeholder "{}" has no name',
  MALFORMED_ARGUMENT: 'a placeholder name is not valid (letters, digits, "_")',
  EXPECT_ARGUMENT_TYPE: 'expected a type (number, date, time, plural, select) after ","',
  INVALID_ARGUMENT_TYPE: 'unknown placeholder type (number, date, time, plural, select, selectordinal)',
  EXPECT_PLURAL_ARGUMENT_SELECTOR: 'a plural needs cases such as one {…} other {…}',
  EXPECT_SELECT_ARGUMENT_SELECTOR: 'a select needs cases such as male {…} other {…}',
  EXPECT_PLURAL_ARGUMENT_OFFSET_VALUE: 'a plural offset needs a number',
  MISSING_OTHER_CLAUSE: 'a plural or select needs an "other {…}" case',
  DUPLICATE_PLURAL_ARGUMENT_SELECTOR: 'the same plural case is written twice',
  DUPLICATE_SELECT_ARGUMENT_SELECTOR: 'the same select case is written twice',
  EXPECT_SELECT_ARGUMENT_OPTIONS: 'a select case needs its text in {…}',
  EXPECT_PLURAL_ARGUMENT_OPTIONS: 'a plural case needs its text in {…}',
  UNCLOSED_QUOTE_IN_ARGUMENT_STYLE: 'a quote is not closed in a placeholder style',
  UNMATCHED_CLOSING_TAG: 'a closing tag has no opening tag',
};

function parseIcu(input: DialectInput): DialectParse {
  const { text, start, end } = input;
  const source = text.slice(start, end);
  if (!/[{}']/.test(source)) return { nodes: textBetween(input, start, end) ? [textBetween(input, start, end)!] : [], problems: [], comments: [], visible: null };
  let elements: MessageFormatElement[];
  try {
    elements = icuParserLibrary().parse(source, { captureLocation: true, ignoreTag: true, requiresOtherClause: true });
  } catch (error) {
    const located = error as { message?: string; location?: { start: { offset: number }; end: { offset: number } } };
    const kind = String(located.message ?? error);
    const from = start + (located.location?.start.offset ?? 0);
    const to = Math.max(from + 1, start + (located.location?.end.offset ?? source.length));
    const problem: ParseProblem = {
      code: 'icu-syntax',
      message: `ICU MessageFormat syntax error: ${ERRORS[kind] ?? kind} (${kind}).`,
      range: { start: Math.min(from, end), end: Math.min(to, end) },
      severity: 'error',
    };
    // Read lexically: every {…} is a placeholder, so detectors never read names as words.
    const spans = scanAll(/\{[^{}]*\}?/g, source).map((m): [number, number] => [m.start, m.end]);
    return { nodes: [], problems: [problem], comments: [], visible: visibleOutside(source.length, spans) };
  }
  const nodes = convert(elements, input, undefined);
  return { nodes, problems: [], comments: [], visible: visibleOfNodes(nodes, start) };
}

type Located = { location?: { start: { offset: number }; end: { offset: number } } };

function convert(elements: readonly MessageFormatElement[], input: DialectInput, plural: string | undefined): BodyNode[] {
  const { text, start } = input;
  const rangeOf = (element: Located) => ({ start: start + (element.location?.start.offset ?? 0), end: start + (element.location?.end.offset ?? 0) });
  const out: BodyNode[] = [];
  for (const element of elements) {
    const range = rangeOf(element);
    switch (element.type) {
      case 0: {
        // Literal: as written unless quoting changed it ("'{'" sends "{").
        const written = text.slice(range.start, range.end);
        const node = written === element.value ? textBetween(input, range.start, range.end) : { type: 'text' as const, value: normalizeLineBreaks(element.value), range };
        if (node && node.value !== '') out.push(node);
        break;
      }
      case 1:
      case 2:
      case 3:
      case 4:
        out.push({ type: 'variable', name: element.value, escaped: true, range });
        break;
      case 7:
        // `#` in a plural: the number itself.
        out.push({ type: 'variable', name: plural ?? '#', escaped: true, range });
        break;
      case 5:
      case 6: {
        const helper = element.type === 5 ? 'select' : element.pluralType === 'ordinal' ? 'selectordinal' : 'plural';
        const cases = Object.entries(element.options as Record<string, PluralOrSelectOption>);
        const inner = element.type === 6 ? element.value : plural;
        out.push(...caseChain(cases, 0, element.value, helper, range, (option) => convert(option.value, input, inner)));
        break;
      }
      default:
        // Tags are read as literal text (ignoreTag); nothing else exists.
        break;
    }
  }
  return out;
}

/** Options from `index` on as nested case blocks; the last option is the final alternative. */
function caseChain(
  cases: ReadonlyArray<[string, PluralOrSelectOption]>,
  index: number,
  name: string,
  helper: string,
  range: { start: number; end: number },
  body: (option: PluralOrSelectOption) => BodyNode[],
): BodyNode[] {
  const [key, option] = cases[index];
  if (index === cases.length - 1) return body(option);
  return [
    {
      type: 'block',
      helper,
      params: [name],
      when: key,
      tag: `{${name}, ${helper}} case ${key}`,
      range,
      program: body(option),
      inverse: caseChain(cases, index + 1, name, helper, range, body),
    },
  ];
}
