#!/usr/bin/env node
/**
 * md5 of every core finding over the language-server bench catalogs (2,000 and 10,000
 * templates): a cold `lintText` of each, then 60 keystroke-like edits (each in another
 * template, one with a new line) linted through one parser and lint cache as the editor does
 * (createTemplateParser + lintFile + createLintCache), findings as JSON. A speed-up of the
 * incremental path must leave this md5 unchanged.
 * Usage: node bench/lib/findings-md5.js [--root <checkout>]   (after `npm run build` there)
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { catalog } from '../lsp/catalog.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const argv = process.argv.slice(2);
const rootArg = argv.indexOf('--root');
const root = rootArg >= 0 ? path.resolve(argv[rootArg + 1]) : path.resolve(here, '../..');
const core = await import(pathToFileURL(path.join(root, 'packages/core/dist/index.js')).href);

const EDITS = 60;
const hash = createHash('md5');
let lints = 0;
let findings = 0;
const add = (result) => {
  lints++;
  findings += result.findings.length;
  hash.update(JSON.stringify(result.findings));
};

const dir = mkdtempSync(path.join(tmpdir(), 'smslint-findings-md5-'));
for (const templates of [2000, 10_000]) {
  let text = catalog(templates);
  const filePath = path.join(dir, `catalog-${templates}.sms.md`);
  writeFileSync(filePath, text);
  const { config } = core.loadConfig(filePath);
  const options = { filePath, config };
  add(core.lintText(text, options));
  const parser = core.createTemplateParser();
  const cache = core.createLintCache();
  const parseOptions = core.parseOptionsFor(config, filePath);
  add(core.lintFile(parser.parse(text, filePath, parseOptions), options, cache));
  const bodies = [];
  for (let at = text.indexOf('Hi {{name}}'); at >= 0; at = text.indexOf('Hi {{name}}', at + 1)) bodies.push(at);
  for (let i = 0; i < EDITS; i++) {
    const template = (i * 7919) % bodies.length;
    const at = bodies[template] + 3;
    const insert = i === EDITS / 2 ? '\n' : 'x';
    text = text.slice(0, at) + insert + text.slice(at);
    for (let k = template + 1; k < bodies.length; k++) bodies[k] += insert.length;
    add(core.lintFile(parser.parse(text, filePath, parseOptions), options, cache));
  }
}
rmSync(dir, { recursive: true, force: true });
console.log(`${lints} lints, ${findings.toLocaleString('en-US')} findings, md5 ${hash.digest('hex')}`);
