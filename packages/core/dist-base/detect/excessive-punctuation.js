/**
 * Excessive punctuation: "!!", "??", "?!" runs, and more than one emoji in a message
 * (each emoji is reported once the count exceeds one). ©, ® and ™ are not emoji here.
 */
import { CharClass, codePointLength } from './char-class.js';
import { asText } from './scan.js';
const REPEATED = /[!?¡¿]{2,}/g;
// One emoji: a pictograph (with variation selector / skin tone) and any ZWJ continuations,
// or a regional-indicator flag pair. Bounded repetitions keep it linear.
export const EMOJI = /(?:\p{Regional_Indicator}{2}|(?:\p{Emoji_Presentation}|\p{Extended_Pictographic}\uFE0F)(?:\p{Emoji_Modifier}|\uFE0F){0,2}(?:\u200D(?:\p{Emoji_Presentation}|\p{Extended_Pictographic})(?:\p{Emoji_Modifier}|\uFE0F){0,2}){0,6}|[#*0-9]\uFE0F?\u20E3)/gu;
/** Every EMOJI match holds one of these: a regional indicator, a pictograph or the keycap mark. */
const EMOJI_ANCHOR = new CharClass(String.raw `[\p{Regional_Indicator}\p{Emoji_Presentation}\p{Extended_Pictographic}\u20E3]`);
/**
 * Cheap prefilter for EMOJI: whether the text has an anchor character. None is ASCII, so
 * ASCII is skipped without a lookup (test/detect/prefilters.test.ts).
 */
export function mayHoldEmoji(text) {
    for (let i = 0; i < text.length; i += codePointLength(text, i)) {
        if (text.charCodeAt(i) >= 0x80 && EMOJI_ANCHOR.has(text, i))
            return true;
    }
    return false;
}
export function detectExcessivePunctuation(input) {
    const text = asText(input);
    const out = [];
    REPEATED.lastIndex = 0;
    let m;
    while ((m = REPEATED.exec(text)) !== null) {
        out.push({ text: m[0], start: m.index, end: m.index + m[0].length, kind: 'repeated-punctuation' });
    }
    if (mayHoldEmoji(text)) {
        const emoji = [];
        EMOJI.lastIndex = 0;
        while ((m = EMOJI.exec(text)) !== null) {
            emoji.push({ text: m[0], start: m.index, end: m.index + m[0].length, kind: 'emoji' });
        }
        if (emoji.length > 1)
            out.push(...emoji);
    }
    return out.sort((a, b) => a.start - b.start);
}
//# sourceMappingURL=excessive-punctuation.js.map