#!/usr/bin/env node
// Runs the esbuild bundle (scripts/bundle.js, built by `npm run build`): one file to load
// instead of hundreds of modules, for a fast start.
import { run } from '../bundle/main.js';

run();
