/**
 * The cheapest edits that make a template shorter, for the "what to cut" code action: the
 * GSM-7 replacements of the characters that force UCS-2, and wordy phrases with a shorter
 * plain equivalent (shorter-phrases.ts). Each comes with document edits and the worst-case
 * segments once applied, counted as the configured provider sends the message.
 */
import type { ResolvedConfig } from '../config/types.js';
import { countSegments } from '../encoding/count-segments.js';
import type { TextEdit } from '../rules/types.js';
import { templateRangeOptions } from '../rules/placeholder-facts.js';
import { templateMaxCost } from '../template/segment-range.js';
import { parseTemplateFile } from '../template/template-parser.js';
import { bodyLeaves } from '../template/body-leaves.js';
import type { Template, TextNode } from '../template/types.js';
import { providerProfile } from './providers.js';
import { SHORTER_PHRASES } from './shorter-phrases.js';

export interface Substitution {
  /** e.g. "Replace ’ with GSM-7 characters (4 → 2 segments)". */
  title: string;
  /** Edits at document offsets. */
  edits: TextEdit[];
  /** UTF-16 units the edits remove from the text as written. */
  savesCharacters: number;
  segmentsBefore: number;
  /** Worst-case segments with these edits alone. */
  segmentsAfter: number;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Whole-word, case-insensitive; an entry ending in a space ends there. */
function phrasePattern(phrase: string): RegExp {
  const end = phrase.endsWith(' ') ? '' : '(?![\\p{L}\\p{N}])';
  return new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(phrase)}${end}`, 'giu');
}

// Compiled on first use (only "what to cut" needs them), not while the language server starts.
let patterns: { phrase: string; shorter: string; pattern: RegExp }[] | undefined;
const phrasePatterns = () => (patterns ??= SHORTER_PHRASES.map(([phrase, shorter]) => ({ phrase, shorter, pattern: phrasePattern(phrase) })));

/** Keeps a leading capital ("In order to" → "To"). */
function matchCase(found: string, shorter: string): string {
  if (shorter === '' || found[0] !== found[0].toUpperCase() || found[0] === found[0].toLowerCase()) return shorter;
  return shorter[0].toUpperCase() + shorter.slice(1);
}

export function savingSubstitutions(documentText: string, template: Template, config: ResolvedConfig): Substitution[] {
  const profile = providerProfile(config.provider);
  // Placeholders count with their declared or inferred types, as every rule and view does.
  const options = templateRangeOptions(template, config);
  const rangeOptions = profile.sendText ? { ...options, sendText: profile.sendText } : options;
  const segmentsBefore = templateMaxCost(template, rangeOptions).segments;
  const worstWith = (edits: TextEdit[]): number => {
    const base = template.body.range.start;
    let body = template.body.source;
    for (const edit of [...edits].sort((x, y) => y.range.start - x.range.start)) {
      body = body.slice(0, edit.range.start - base) + edit.text + body.slice(edit.range.end - base);
    }
    // The edited body alone, with the template's metadata (variable specs) as defaults.
    const edited = parseTemplateFile(body, `${template.id}.sms`, { format: 'single', frontMatter: false, defaults: template.metadata });
    const [copy] = edited.templates;
    return copy ? templateMaxCost(copy, rangeOptions).segments : segmentsBefore;
  };

  const literal = bodyLeaves(template.body.nodes)
    .filter((node): node is TextNode => node.type === 'text')
    .map((node) => ({ start: node.range.start, raw: documentText.slice(node.range.start, node.range.end) }));
  const candidates: Array<Omit<Substitution, 'segmentsBefore' | 'segmentsAfter' | 'title'> & { describe: (after: string) => string }> = [];

  const replacements: TextEdit[] = [];
  const replaced = new Set<string>();
  for (const { start, raw } of literal) {
    for (const note of countSegments(raw).ucs2Characters) {
      if (note.replacement === undefined) continue;
      replacements.push({ range: { start: start + note.offset, end: start + note.offset + note.length }, text: note.replacement });
      replaced.add(note.char);
    }
  }
  if (replacements.length > 0) {
    const saves = replacements.reduce((sum, e) => sum + (e.range.end - e.range.start) - e.text.length, 0);
    candidates.push({ edits: replacements, savesCharacters: saves, describe: (after) => `Replace ${[...replaced].join(' ')} with GSM-7 characters (${after})` });
  }
  for (const { phrase, shorter, pattern } of phrasePatterns()) {
    const edits: TextEdit[] = [];
    for (const { start, raw } of literal) {
      for (const match of raw.matchAll(pattern)) {
        edits.push({ range: { start: start + match.index, end: start + match.index + match[0].length }, text: matchCase(match[0], shorter) });
      }
    }
    if (edits.length === 0) continue;
    const saves = edits.reduce((sum, e) => sum + (e.range.end - e.range.start) - e.text.length, 0);
    const shown = shorter === '' ? `Drop \u201c${phrase.trim()}\u201d` : `Shorten \u201c${phrase}\u201d to \u201c${shorter}\u201d`;
    candidates.push({ edits, savesCharacters: saves, describe: (after) => `${shown} (${after})` });
  }

  return candidates
    .map(({ describe, ...candidate }) => {
      const segmentsAfter = worstWith(candidate.edits);
      const after =
        segmentsAfter < segmentsBefore
          ? `${segmentsBefore} \u2192 ${segmentsAfter} segment${segmentsAfter === 1 ? '' : 's'}`
          : `${candidate.savesCharacters} character${candidate.savesCharacters === 1 ? '' : 's'} shorter`;
      return { ...candidate, title: describe(after), segmentsBefore, segmentsAfter };
    })
    .sort((x, y) => x.segmentsAfter - y.segmentsAfter || y.savesCharacters - x.savesCharacters);
}
