/**
 * Masking before word-level detection (sms-facts.md §3): links, emails, phone numbers and
 * compliance boilerplate are overwritten with U+FFFC (like placeholders), keeping offsets,
 * so "ur" in a URL or "Msg" in "Msg & data rates" can never be flagged.
 */
import { findBoilerplate } from './boilerplate.js';
import { detectEmails } from './emails.js';
import { detectLinks } from './links.js';
import { findPhoneShapes } from './phones.js';
import type { DetectMatch } from './types.js';

export const MASK_CHAR = '\uFFFC';

export function maskRanges(text: string, ranges: readonly DetectMatch[]): string {
  if (ranges.length === 0) return text;
  const chars = text.split('');
  for (const r of ranges) for (let i = r.start; i < r.end && i < chars.length; i++) chars[i] = MASK_CHAR;
  return chars.join('');
}

/** Text with links, emails, phone numbers and compliance boilerplate masked. */
export function maskNonProse(text: string): string {
  const ranges: DetectMatch[] = [
    ...detectLinks(text),
    ...detectEmails(text),
    ...findPhoneShapes(text),
    ...findBoilerplate(text),
  ];
  return maskRanges(text, ranges);
}
