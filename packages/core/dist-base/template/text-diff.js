/** Block size for native comparisons before the per-character scan. */
const BLOCK = 2048;
export function diffTexts(oldText, newText) {
    const max = Math.min(oldText.length, newText.length);
    // Whole blocks compare natively (substring equality); the last block char by char.
    let prefix = 0;
    while (prefix + BLOCK <= max && oldText.substring(prefix, prefix + BLOCK) === newText.substring(prefix, prefix + BLOCK))
        prefix += BLOCK;
    while (prefix < max && oldText.charCodeAt(prefix) === newText.charCodeAt(prefix))
        prefix++;
    const room = max - prefix;
    let suffix = 0;
    while (suffix + BLOCK <= room &&
        oldText.substring(oldText.length - suffix - BLOCK, oldText.length - suffix) === newText.substring(newText.length - suffix - BLOCK, newText.length - suffix)) {
        suffix += BLOCK;
    }
    while (suffix < room && oldText.charCodeAt(oldText.length - 1 - suffix) === newText.charCodeAt(newText.length - 1 - suffix))
        suffix++;
    const delta = newText.length - oldText.length;
    const suffixStart = newText.length - suffix;
    return {
        toOld(start, end) {
            if (end <= prefix)
                return start;
            if (start >= suffixStart)
                return start - delta;
            return null;
        },
    };
}
//# sourceMappingURL=text-diff.js.map