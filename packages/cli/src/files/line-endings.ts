/** How a file ends its lines; fixes are written back in the same style. */
export type LineEndingStyle = 'lf' | 'crlf' | 'cr' | 'mixed' | 'none';

/** Counts all three breaks (LF, CRLF and a lone CR, as old Mac files and the parser know it). */
export function lineEndingStyle(text: string): LineEndingStyle {
  let crlf = 0;
  let lf = 0;
  let cr = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 10) lf++;
    else if (code === 13) {
      if (text.charCodeAt(i + 1) === 10) {
        crlf++;
        i++;
      } else cr++;
    }
  }
  const kinds = (lf > 0 ? 1 : 0) + (crlf > 0 ? 1 : 0) + (cr > 0 ? 1 : 0);
  if (kinds === 0) return 'none';
  if (kinds > 1) return 'mixed';
  return lf > 0 ? 'lf' : crlf > 0 ? 'crlf' : 'cr';
}

/**
 * Fix edits insert LF line breaks. (CRLF costs 2 units in a message, sms-facts.md §1, but
 * the body text rules see is LF-normalised, so keeping the file's style changes no count.) In a file that uses CRLF (or lone CR) throughout, turn the bare LFs
 * of the fixed output into that break so the file keeps one style. Mixed files are left alone:
 * their untouched lines must keep their bytes.
 */
export function restoreLineEndings(output: string, style: LineEndingStyle): string {
  if (style === 'crlf') return output.replace(/(?<!\r)\n/g, '\r\n');
  if (style === 'cr') return output.replace(/\n/g, '\r'); // the file had no LF at all
  return output;
}
