/**
 * Template id from a heading or file name: lower case, accents dropped, every run of
 * characters other than letters and digits becomes one "-". "Order shipped (EU)" →
 * "order-shipped-eu". Letters of any script are kept, so non-Latin headings get ids too.
 */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}
