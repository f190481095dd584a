/**
 * Compliance boilerplate whose abbreviations are never text speak (sms-facts.md §2, §3):
 * "Msg & data rates may apply", "Msg frequency varies" (also "Msg. frequency varies"), "4 msgs/mo",
 * "Txt STOP", "Reply Y/N".
 * Each pattern is linear (no nested quantifiers).
 */
import { allMatches } from './scan.js';
import type { DetectMatch } from './types.js';

/**
 * Each pattern with its prefilter: a cheap regex for a piece every match contains ("msg",
 * "txt" or "text", "/"), case-insensitive like the pattern or wider (test/detect/prefilters.test.ts).
 */
export const PATTERNS: ReadonlyArray<readonly [pattern: RegExp, needs: RegExp]> = [
  [/\b(?:std\.?[ \t]+|standard[ \t]+)?msg\.?[ \t]*(?:&|and|\+|&amp;)[ \t]*data(?:[ \t]+rates?)?(?:[ \t]+may)?(?:[ \t]+apply)?/gi, /msg/i],
  [/\b(?:std\.?|standard)[ \t]+(?:msg|txt|text)[ \t]+(?:rates?|charges?)\b/gi, /msg|txt|text/i],
  [/\bmsgs?\.?[ \t]+(?:freq(?:uency)?\.?|frequency)(?:[ \t]+(?:varies|may[ \t]+vary|depends\b))?/gi, /msg/i],
  [/\b(?:up[ \t]+to[ \t]+)?\d{1,3}[ \t]*(?:msgs?|txts?|texts?|messages?)[ \t]*(?:\/|per[ \t]+|a[ \t]+|each[ \t]+)[ \t]*(?:mo|month|mth|wk|week|day|d|yr|year)\b\.?/gi, /msg|txt|text|message/i],
  [/\b(?:recurring|automated|autodialed|marketing|promo(?:tional)?|alert)[ \t]+(?:automated[ \t]+|marketing[ \t]+|promotional[ \t]+)?(?:msgs?|txts?)\b/gi, /msg|txt/i],
  // "Txt STOP", "Msg HELP": a messaging abbreviation followed by an all-caps keyword.
  [/\b(?:[Tt][Xx][Tt]|TXT|[Mm][Ss][Gg])(?=[ \t]+["“]?[A-Z]{2,12}\b)/g, /txt|msg/i],
  [/\b(?:reply|respond|text|txt)[ \t]+["“]?[Yy][ \t]*\/[ \t]*[Nn]\b/gi, /\//],
  [/\b[Yy][ \t]*\/[ \t]*[Nn]\b/g, /\//],
];

export function findBoilerplate(text: string): DetectMatch[] {
  const out: DetectMatch[] = [];
  for (const [re, needs] of PATTERNS) if (needs.test(text)) out.push(...allMatches(text, re));
  return out;
}
