/** The original labelled corpus (test/corpus/*.json), written with the detectors. */
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describeCorpus } from './corpus-suite.js';

describeCorpus('original', dirname(fileURLToPath(import.meta.url)), 150);
