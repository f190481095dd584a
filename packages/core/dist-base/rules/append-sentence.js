const MASK = '\uFFFC';
/**
 * A fix that adds `sentence` at the end of a template's body as a sentence of its own:
 * after ". " when the body ends mid-sentence, after a space when it ends with . ! or ?,
 * and on a new line (in the body's own line ending, LF or CRLF) when it ends with a link
 * or a placeholder, where a glued "." would become part of the URL on some phones.
 */
export function appendSentenceFix(template, sentence, document) {
    const { source, masked, range } = template.body;
    const kept = source.trimEnd().length;
    const at = range.start + kept;
    if (kept === 0)
        return { edits: [{ range: { start: at, end: at }, text: sentence }] };
    const last = masked[kept - 1];
    const lastWord = masked.slice(0, kept).split(/\s/).pop() ?? '';
    const endsWithLink = last === MASK || /^(?:https?:\/\/|www\.)|\.[a-z]{2,}\/\S*$/i.test(lastWord);
    // The body's line ending: inside it, else right after it (a one-line body in a CRLF file).
    const crlf = source.includes('\r\n') || document.startsWith('\r\n', range.end);
    let separator;
    if (endsWithLink)
        separator = crlf ? '\r\n' : '\n';
    // Already punctuated (a sentence end, a closing quote, or a list of reply options "…:").
    else if (/[.!?…)"'”’,;:]$/u.test(source.slice(0, kept)))
        separator = ' ';
    else
        separator = '. ';
    return { edits: [{ range: { start: at, end: at }, text: separator + sentence }] };
}
//# sourceMappingURL=append-sentence.js.map