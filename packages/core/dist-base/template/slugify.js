/**
 * Template id from a heading or file name: lower case, accents dropped, every run of
 * characters other than letters and digits becomes one "-". "Order shipped (EU)" →
 * "order-shipped-eu". Letters of any script are kept, so non-Latin headings get ids too.
 */
export function slugify(text) {
    // ASCII (most headings) has no decomposition and no marks, and its letters and digits
    // are [a-z0-9] once lower-cased: the Unicode steps would change nothing.
    if (ASCII.test(text))
        return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
    return text
        .normalize('NFKD')
        .replace(/\p{M}+/gu, '')
        .toLowerCase()
        .replace(/[^\p{L}\p{N}]+/gu, '-')
        .replace(/^-+|-+$/g, '');
}
const ASCII = /^[\x00-\x7f]*$/;
//# sourceMappingURL=slugify.js.map