/** A fenced example in a Markdown guide: ```sms.md before / ```sms.md after. */
export interface GuideExample {
  role: 'before' | 'after';
  /** The block's content: a complete catalog (front matter and `##` templates). */
  text: string;
  /** 1-based line of the opening fence, for failure messages. */
  line: number;
}

const OPENING = /^(`{3,})sms\.md[ \t]+(before|after)[ \t]*$/;

/**
 * Extracts every `sms.md before` / `sms.md after` fenced block. A block closes at a line
 * of at least as many backticks as opened it (CommonMark fences). An unclosed block is an
 * error: the guide would render it wrongly and the example would silently grow.
 */
export function extractGuideExamples(markdown: string): GuideExample[] {
  const lines = markdown.replace(/\r\n?/g, '\n').split('\n');
  const examples: GuideExample[] = [];
  for (let i = 0; i < lines.length; i++) {
    const opening = OPENING.exec(lines[i]);
    if (!opening) continue;
    const fence = opening[1];
    const closing = new RegExp(`^${fence}\`*[ \\t]*$`);
    const start = i;
    const body: string[] = [];
    for (i++; i < lines.length && !closing.test(lines[i]); i++) body.push(lines[i]);
    if (i >= lines.length) throw new Error(`Example opened on line ${start + 1} is never closed.`);
    examples.push({ role: opening[2] as GuideExample['role'], text: body.join('\n') + '\n', line: start + 1 });
  }
  return examples;
}
