/**
 * Placeholder leftovers that are sent literally: "[Name]", "<first name>", "XXX",
 * "{firstName}" (single braces: not Handlebars), "%NAME%".
 */
import { asText } from './scan.js';
const PATTERNS = [
    ['square', /\[[\p{L}][\p{L}\p{N} ._'’/-]{0,40}\](?!\()/gu],
    ['angle', /<[\p{L}][\p{L}\p{N} _.'’-]{0,40}>/gu],
    ['single-brace', /(?<![{\\])\{[ \t]?[\p{L}_$][\p{L}\p{N}_.$ -]{0,40}[ \t]?\}(?!\})/gu],
    ['xxx', /(?<![\p{L}\p{N}])(?:X{3,}|x{3,}|#{3,}|_{3,})(?![\p{L}\p{N}])|\bXX\/XX(?:\/XX(?:XX)?)?\b/gu],
    ['percent', /%[A-Za-z_][A-Za-z0-9_]{1,30}%/g],
];
export function detectLeftoverBrackets(input) {
    const text = asText(input);
    const out = [];
    for (const [kind, re] of PATTERNS) {
        re.lastIndex = 0;
        let m;
        while ((m = re.exec(text)) !== null)
            out.push({ text: m[0], start: m.index, end: m.index + m[0].length, kind });
    }
    return out.sort((a, b) => a.start - b.start);
}
//# sourceMappingURL=leftover-brackets.js.map