/**
 * Compliance boilerplate whose abbreviations are never text speak (sms-facts.md §2, §3):
 * "Msg & data rates may apply", "Msg frequency varies", "4 msgs/mo", "Txt STOP", "Reply Y/N".
 * Each pattern is linear (no nested quantifiers).
 */
import { allMatches } from './scan.js';
import type { DetectMatch } from './types.js';

const PATTERNS: RegExp[] = [
  /\b(?:std\.?[ \t]+|standard[ \t]+)?msg[ \t]*(?:&|and|\+|&amp;)[ \t]*data(?:[ \t]+rates?)?(?:[ \t]+may)?(?:[ \t]+apply)?/gi,
  /\b(?:std\.?|standard)[ \t]+(?:msg|txt|text)[ \t]+(?:rates?|charges?)\b/gi,
  /\bmsgs?[ \t]+(?:freq(?:uency)?\.?|frequency)(?:[ \t]+(?:varies|may[ \t]+vary|depends\b))?/gi,
  /\b(?:up[ \t]+to[ \t]+)?\d{1,3}[ \t]*(?:msgs?|txts?|texts?|messages?)[ \t]*(?:\/|per[ \t]+|a[ \t]+|each[ \t]+)[ \t]*(?:mo|month|mth|wk|week|day|d|yr|year)\b\.?/gi,
  /\b(?:recurring|automated|autodialed|marketing|promo(?:tional)?|alert)[ \t]+(?:automated[ \t]+|marketing[ \t]+|promotional[ \t]+)?(?:msgs?|txts?)\b/gi,
  // "Txt STOP", "Msg HELP": a messaging abbreviation followed by an all-caps keyword.
  /\b(?:[Tt][Xx][Tt]|TXT|[Mm][Ss][Gg])(?=[ \t]+["“]?[A-Z]{2,12}\b)/g,
  /\b(?:reply|respond|text|txt)[ \t]+["“]?[Yy][ \t]*\/[ \t]*[Nn]\b/gi,
  /\b[Yy][ \t]*\/[ \t]*[Nn]\b/g,
];

export function findBoilerplate(text: string): DetectMatch[] {
  const out: DetectMatch[] = [];
  for (const re of PATTERNS) out.push(...allMatches(text, re));
  return out;
}
