/** Brand mentions (sms-facts.md §2 brand identification): case-insensitive whole words. */
import { asText } from './scan.js';
/** Every mention of `brand`, in order; the first one's `start` says how near the start it is. */
export function detectBrand(input, brand) {
    const text = asText(input);
    if (typeof brand !== 'string')
        return [];
    const name = brand.trim();
    if (name.length === 0 || name.length > 200)
        return [];
    // Spaces in the brand match any run of spaces; "Acme" also matches "Acme's".
    const pattern = name
        .split(/\s+/)
        .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
        .join('[ \\t\\u00A0]+');
    const re = new RegExp(`(?<![\\p{L}\\p{N}_])${pattern}(?![\\p{L}\\p{N}_])`, 'giu');
    const out = [];
    let m;
    while ((m = re.exec(text)) !== null)
        out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
    return out;
}
//# sourceMappingURL=brand.js.map