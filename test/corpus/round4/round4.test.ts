/**
 * Scores the detectors on a fourth, independently written corpus (test/corpus/round4/*.json),
 * weighted toward callback / agent-contact offers, opt-out wording and phone formats, in
 * English, Spanish and French-Canadian, with traps; labelled without reading the detector
 * source or the other corpora. Same span-level scorer as test/corpus/corpus.ts.
 */
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describeCorpus } from '../corpus-suite.js';

describeCorpus('round4', dirname(fileURLToPath(import.meta.url)), 150);
