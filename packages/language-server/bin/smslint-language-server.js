#!/usr/bin/env node
// Thin launcher: the server lives in dist (built by `tsc -b`).
import '../dist/main.js';
