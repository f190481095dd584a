/**
 * A detector regex that starts with a lookbehind (`(?<![\p{L}\p{N}])(?:verification code|…)`),
 * run as the rest of the pattern plus a one-place check of the lookbehind wherever the rest
 * matches. V8 skips quickly to the places where a match can start only when the pattern does
 * not open with a lookbehind; with one it tries the whole pattern at every character. Over the
 * 10,000 template bodies of the CLI bench corpus ONE_TIME_WORDING takes 14–24 ms this way
 * against 65–73 ms as one regex (docs/architecture.md, "Leading lookbehinds"). Not a general
 * speed-up: for most detector regexes that open with a lookbehind it measured no better or worse.
 *
 * Same matches in the same order, same `lastIndex` afterwards: the lookbehind reads only the
 * text before a start, so it accepts or rejects each start on its own, and the rest alone
 * finds, from any position, the first start where it matches; when the lookbehind rejects
 * that start, the search goes on from the next code point, as the whole regex's own search
 * would. test/detect/leading-lookbehind.test.ts compares the two on generated texts.
 */
export class LeadingLookbehind {
  /** The whole pattern as one regex: what this scanner must match exactly like. */
  readonly regex: RegExp;
  private readonly rest: RegExp;
  private readonly lookbehind: RegExp;
  private readonly global: boolean;
  private readonly unicode: boolean;

  /** `lookbehind` is the leading `(?<!…)` or `(?<=…)` group, `rest` the pattern after it; `flags` without `y`. */
  constructor(lookbehind: string, rest: string, flags: string) {
    if (!/^\(\?<[!=]/.test(lookbehind)) throw new Error(`not a lookbehind: ${lookbehind}`);
    if (flags.includes('y')) throw new Error('a sticky regex gains nothing from this');
    this.regex = new RegExp(lookbehind + rest, flags);
    this.global = flags.includes('g');
    this.unicode = flags.includes('u') || flags.includes('v');
    this.rest = new RegExp(rest, this.global ? flags : `${flags}g`);
    this.lookbehind = new RegExp(lookbehind, `${flags.replace('g', '')}y`);
  }

  /** Where a global scan goes on, like `RegExp#lastIndex`. */
  get lastIndex(): number {
    return this.rest.lastIndex;
  }

  set lastIndex(at: number) {
    this.rest.lastIndex = at;
  }

  /** `this.regex.exec(text)`, also in how it reads and moves `lastIndex`. */
  exec(text: string): RegExpExecArray | null {
    const rest = this.rest;
    if (!this.global) rest.lastIndex = 0;
    for (;;) {
      const m = rest.exec(text);
      if (m === null) return null;
      this.lookbehind.lastIndex = m.index;
      if (this.lookbehind.test(text)) {
        if (!this.global) rest.lastIndex = 0;
        return m;
      }
      rest.lastIndex = m.index + (this.unicode && (text.codePointAt(m.index) ?? 0) > 0xffff ? 2 : 1);
    }
  }

  /** `this.regex.test(text)`. */
  test(text: string): boolean {
    return this.exec(text) !== null;
  }
}
