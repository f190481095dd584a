/**
 * Scores the detectors on the independently written corpus (test/corpus/independent/*.json),
 * labelled without looking at the detector source or the original corpus. Same span-level
 * scorer as the original corpus, so the two tables are directly comparable.
 */
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describeCorpus } from '../corpus-suite.js';

describeCorpus('independent', dirname(fileURLToPath(import.meta.url)), 200);
