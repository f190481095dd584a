/**
 * Placeholder leftovers that are sent literally: "[Name]", "<first name>", "XXX",
 * "{firstName}" (single braces: not Handlebars), "%NAME%". Not the slots of a command the
 * reader is told to send, which are written on purpose: "send 'P <Weeks since LMP>'",
 * "Usage: #update location <site_code>", "… in place of [username]".
 */
import { asText } from './scan.js';
import type { LeftoverBracketMatch } from './types.js';

const PATTERNS: Array<[LeftoverBracketMatch['kind'], RegExp]> = [
  ['square', /\[[\p{L}][\p{L}\p{N} ._'’/-]{0,40}\](?!\()/gu],
  ['angle', /<[\p{L}][\p{L}\p{N} _.'’-]{0,40}>/gu],
  ['single-brace', /(?<![{\\])\{[ \t]?[\p{L}_$][\p{L}\p{N}_.$ -]{0,40}[ \t]?\}(?!\})/gu],
  ['xxx', /(?<![\p{L}\p{N}])(?:X{3,}|x{3,}|#{3,}|_{3,})(?![\p{L}\p{N}])|\bXX\/XX(?:\/XX(?:XX)?)?\b/gu],
  ['percent', /%[A-Za-z_][A-Za-z0-9_]{1,30}%/g],
];

/**
 * Words right before a quoted command the reader is to send ("send 'P …'", "reply with an
 * SMS saying 'join …'", "using 'D …'"), and labels that start a usage line. Data: extend here.
 */
const COMMAND_CUES = ['send', 'text', 'reply', 'with', 'saying', 'type', 'enter', 'using', 'sms'];
const USAGE_LABELS = ['usage', 'format', 'syntax'];

const QUOTE_BEFORE = new RegExp(`(?<![\\p{L}\\p{N}])(?:${COMMAND_CUES.join('|')})[ \\t]+['"‘“][^'"‘“’”\\n]*$`, 'iu');
const QUOTE_AFTER = /^[^'"‘“’”\n]*['"’”]/u;
const USAGE_LINE = new RegExp(`(?:^|\\n)[ \\t]*(?:${USAGE_LABELS.join('|')})[ \\t]*:[^\\n]*$`, 'i');
/** How far around a bracket the command's quotes and cue are looked for (a bounded window). */
const WINDOW = 120;

/** A bracket that is a slot of a command to send, written on purpose. */
function commandSlot(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - WINDOW), start);
  if (USAGE_LINE.test(before)) return true;
  return QUOTE_BEFORE.test(before) && QUOTE_AFTER.test(text.slice(end, end + WINDOW));
}

export function detectLeftoverBrackets(input: string): LeftoverBracketMatch[] {
  const text = asText(input);
  const out: LeftoverBracketMatch[] = [];
  for (const [kind, re] of PATTERNS) {
    re.lastIndex = 0;
    // "… entering your username in place of [username]": a slot named again in the explanation.
    const slots = new Set<string>();
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) {
      const end = m.index + m[0].length;
      if (kind !== 'xxx' && (slots.has(m[0]) || commandSlot(text, m.index, end))) {
        slots.add(m[0]);
        continue;
      }
      out.push({ text: m[0], start: m.index, end, kind });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
