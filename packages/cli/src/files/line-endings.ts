/** How a file ends its lines; fixes are written back in the same style. */
export type LineEndingStyle = 'lf' | 'crlf' | 'mixed' | 'none';

export function lineEndingStyle(text: string): LineEndingStyle {
  let crlf = 0;
  let lf = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) {
    if (i > 0 && text.charCodeAt(i - 1) === 13) crlf++;
    else lf++;
  }
  if (crlf === 0 && lf === 0) return 'none';
  if (crlf === 0) return 'lf';
  if (lf === 0) return 'crlf';
  return 'mixed';
}

/**
 * Fix edits insert LF line breaks. (CRLF costs 2 units in a message, sms-facts.md §1, but
 * the body text rules see is LF-normalised, so keeping the file's style changes no count.) In a file that uses CRLF throughout, turn the bare LFs
 * of the fixed output into CRLF so the file keeps one style. Mixed files are left alone:
 * their untouched lines must keep their bytes.
 */
export function restoreLineEndings(output: string, style: LineEndingStyle): string {
  if (style !== 'crlf') return output;
  return output.replace(/(?<!\r)\n/g, '\r\n');
}
