/**
 * Scores the detectors on a third, independently written corpus (test/corpus/fresh/*.json):
 * messier real-world texts (double spaces, emoji, line breaks, caps subject lines, vanity and
 * international numbers, extensions, short codes), labelled without reading the detector
 * source or the other corpora. Same span-level scorer as test/corpus/corpus.ts.
 */
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describeCorpus } from '../corpus-suite.js';

describeCorpus('fresh', dirname(fileURLToPath(import.meta.url)), 200);
