/**
 * HELP instructions (CTIA §5.1.2.1): a HELP/AIDE/AYUDA keyword to send, or a support
 * contact ("For help, call…", "Questions? Visit…", "Need help? Email…", "Help at <link or number>").
 */
import { allMatches, anyCase, asText, dedupeOverlaps } from './scan.js';
import { copyMatches, DETECTOR_MEMO_SIZE, TextMemo } from './text-memo.js';
const VERBS = anyCase(['reply', 'respond', 'text', 'txt', 'send', 'msg', 'message', 'répondez', 'repondez', 'textez', 'envoyez', 'responda', 'responde', 'envíe', 'envie', 'envía', 'envia']);
const KEYWORD = new RegExp(String.raw `\b(?:${VERBS})\b[ \t]*(?:with[ \t]+)?[:"'“«]?[ \t]*(HELP|AIDE|AYUDA|INFO)(?![\p{L}\p{N}])`, 'gu');
const KEYWORD_PURPOSE = /(?<![\p{L}\p{N}-])(HELP|AIDE|AYUDA)(?![\p{L}\p{N}-])[ \t]*(?:for|=|-|:|pour|para)[ \t]*(?:help|info|support|assistance|aide|ayuda|more)/gu;
const CONTACT = /\b(?:for[ \t]+(?:help|support|assistance|questions|more[ \t]+info(?:rmation)?)|questions\?|need[ \t]+help\?|help\?|need[ \t]+assistance\?|support:|help:|pour[ \t]+de[ \t]+l'aide|para[ \t]+ayuda|¿preguntas\?|questions[ \t]+or[ \t]+concerns\?)[ \t,]*[^.!?\n]{0,30}?\b(?:call|visit|email|e-mail|contact|go[ \t]+to|reply|text|chat|reach|appelez|visitez|llame|visite|escriba)\b/gi;
const CONTACT_US = /\b(?:call|contact|email|reach|text)[ \t]+(?:us|our[ \t]+(?:support|customer[ \t]+(?:service|care|support))[ \t]+team|customer[ \t]+(?:service|care|support)|support)[ \t]+(?:at|on|via)\b/gi;
/** "Help at https://acme.com/help or (888) 412-7730", "Ayuda en acme.com/ayuda", "Aide : 1 888…". */
const CONTACT_AT = /(?<![\p{L}\p{N}])(?:help|support|ayuda|soporte|aide|assistance)[ \t]*(?:at|:|en|au|sur)[ \t]*(?:(?:https?:\/\/|www\.|[a-z0-9-]+\.[a-z]{2,}\/)\S*[^\s.,;:!?)'"”’]|\+?\(?\d[\d ().-]{6,18}\d)/giu;
const memo = new TextMemo(DETECTOR_MEMO_SIZE);
export function detectHelpInstruction(input) {
    return copyMatches(findHelpInstructions(asText(input)));
}
/** The help instructions in `text`, remembered for the next caller (read-only: shared with it). */
export function findHelpInstructions(text) {
    return memo.get(text, () => scanHelpInstructions(text));
}
function scanHelpInstructions(text) {
    const found = [];
    for (const re of [KEYWORD, KEYWORD_PURPOSE]) {
        re.lastIndex = 0;
        let m;
        while ((m = re.exec(text)) !== null)
            found.push({ text: m[0], start: m.index, end: m.index + m[0].length, keyword: m[1] });
    }
    for (const re of [CONTACT, CONTACT_US, CONTACT_AT]) {
        for (const match of allMatches(text, re))
            found.push({ ...match, keyword: null });
    }
    return dedupeOverlaps(found);
}
//# sourceMappingURL=help-instruction.js.map