/**
 * Handlebars' "standalone line" rule for the statements the subset parser produces
 * (handlebars-subset.ts): a block tag, `{{else}}` or comment alone on its line takes that
 * line's indentation and line break out of the neighbouring text. This is a port of
 * Handlebars' WhitespaceControl visitor (compiler/whitespace-control.js) without what the
 * subset never contains (`~` flags, partials, `{{else if}}` chains), with the same regular
 * expressions, in the same order; the subset parser's property test holds it to the original.
 */
/** Applies the rule to a program body, nested programs first (as Handlebars visits them). */
export function stripStandaloneLines(body, isRoot) {
    for (let i = 0; i < body.length; i++) {
        const current = body[i];
        if (current.type === 'BlockStatement') {
            const program = current.program.body;
            const inverse = current.inverse?.body;
            stripStandaloneLines(program, false);
            if (inverse)
                stripStandaloneLines(inverse, false);
            // Whether the open tag ends its line, and the close tag starts its line.
            const openStandalone = isNextWhitespace(program, -1, false);
            const closeStandalone = isPrevWhitespace(inverse ?? program, (inverse ?? program).length, false);
            if (inverse && isPrevWhitespace(program, program.length, false) && isNextWhitespace(inverse, -1, false)) {
                // A standalone {{else}}.
                omitLeft(program, program.length);
                omitRight(inverse, -1);
            }
            if (openStandalone && isPrevWhitespace(body, i, isRoot)) {
                omitRight(program, -1);
                omitLeft(body, i);
            }
            if (closeStandalone && isNextWhitespace(body, i, isRoot)) {
                omitRight(body, i);
                omitLeft(inverse ?? program, (inverse ?? program).length);
            }
        }
        else if (current.type === 'CommentStatement') {
            if (isPrevWhitespace(body, i, isRoot) && isNextWhitespace(body, i, isRoot)) {
                omitRight(body, i);
                omitLeft(body, i);
            }
        }
    }
}
/** Whether the statement before body[i] ends with a line break and blanks (or starts the root). */
function isPrevWhitespace(body, i, isRoot) {
    const prev = body[i - 1];
    if (!prev)
        return isRoot;
    if (prev.type !== 'ContentStatement')
        return false;
    return (body[i - 2] || !isRoot ? /(?:^|\S)[^\S\n]*\n\s*$/ : /^\s*$|(?:^|\S)[^\S\n]*\n\s*$/).test(prev.original);
}
/** Whether the statement after body[i] starts with blanks and a line break (or ends the root). */
function isNextWhitespace(body, i, isRoot) {
    const next = body[i + 1];
    if (!next)
        return isRoot;
    if (next.type !== 'ContentStatement')
        return false;
    return (body[i + 2] || !isRoot ? /^\s*?\r?\n/ : /^\s*?(\r?\n|$)/).test(next.original);
}
/** Takes the blanks and one line break off the start of the content after body[i]. */
function omitRight(body, i) {
    const current = body[i + 1];
    if (!current || current.type !== 'ContentStatement' || current.rightStripped)
        return;
    const value = current.value;
    current.value = value.replace(/^[ \t]*\r?\n?/, '');
    current.rightStripped = current.value !== value;
}
/** Takes the trailing blanks off the content before body[i]. */
function omitLeft(body, i) {
    const current = body[i - 1];
    if (!current || current.type !== 'ContentStatement' || current.leftStripped)
        return;
    const value = current.value;
    current.value = value.replace(/(^|[^ \t])[ \t]+$/, '$1');
    current.leftStripped = current.value !== value;
}
//# sourceMappingURL=handlebars-standalone.js.map