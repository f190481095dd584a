/**
 * Template id from a heading or file name: lower case, accents dropped, every run of
 * characters other than letters and digits becomes one "-". "Order shipped (EU)" →
 * "order-shipped-eu". Letters of any script are kept, so non-Latin headings get ids too.
 */
export declare function slugify(text: string): string;
//# sourceMappingURL=slugify.d.ts.map