import { hash } from 'node:crypto';

/**
 * Fingerprints that survive edits elsewhere in the file: rule id + template id + the flagged
 * text, never line numbers. Identical findings in one file get an occurrence suffix.
 */
export class FingerprintBuilder {
  private readonly seen = new Map<string, number>();

  next(ruleId: string, templateId: string | undefined, flaggedText: string): string {
    // One-shot hashing: a run can fingerprint tens of thousands of findings.
    const digest = hash('sha256', `${ruleId}\0${templateId ?? ''}\0${flaggedText}`, 'hex').slice(0, 32);
    const count = (this.seen.get(digest) ?? 0) + 1;
    this.seen.set(digest, count);
    return `${digest}:${count}`;
  }
}
