import { createHash } from 'node:crypto';

/**
 * Fingerprints that survive edits elsewhere in the file: rule id + template id + the flagged
 * text, never line numbers. Identical findings in one file get an occurrence suffix.
 */
export class FingerprintBuilder {
  private readonly seen = new Map<string, number>();

  next(ruleId: string, templateId: string | undefined, flaggedText: string): string {
    const hash = createHash('sha256').update(`${ruleId}\0${templateId ?? ''}\0${flaggedText}`).digest('hex').slice(0, 32);
    const count = (this.seen.get(hash) ?? 0) + 1;
    this.seen.set(hash, count);
    return `${hash}:${count}`;
  }
}
