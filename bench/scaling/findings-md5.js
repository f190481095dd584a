#!/usr/bin/env node
/**
 * md5 of the findings over the inputs bench/scaling measures, linted as the CLI lints them
 * (`loadConfig` + `lintText`): the CLI bench corpus (1,000 catalogs), the language-server
 * catalog at 1× and 4× (2,000 and 8,000 templates, one document), and every *.sms.md /
 * *.sms under templates/ and test/ (real catalogs and fixtures with smslint comments, which the comment
 * scan reads). A speed change must leave it unchanged: run before and after, compare.
 *   npm run build && node bench/scaling/findings-md5.js
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { lintText, loadConfig } from '../../packages/core/dist/index.js';
import { catalog as lspCatalog } from '../lib/lsp-catalog.js';
import { catalog as corpusCatalog } from '../lib/support-corpus.js';

const root = fileURLToPath(new URL('../../', import.meta.url));

function lint(filePath, text) {
  const { config } = loadConfig(filePath);
  const { findings } = lintText(text, { filePath, config });
  return findings;
}

/** Template files under `dir`, sorted (the order of the digest). */
function templateFiles(dir) {
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((name) => /\.sms(\.md)?$/.test(name) && !name.includes('node_modules'))
    .sort()
    .map((name) => path.join(dir, name));
}

const digests = {};
const digest = (name, each) => {
  const hash = createHash('md5');
  let findings = 0;
  each((filePath, text) => {
    const found = lint(filePath, text);
    findings += found.length;
    hash.update(`${path.relative(root, filePath)}\n${JSON.stringify(found)}\n`);
  });
  digests[name] = { md5: hash.digest('hex'), findings };
};

// In-memory inputs get paths inside the repository (its config applies, as in the benches' folders).
digest('cli corpus, 1,000 catalogs', (add) => {
  for (let i = 0; i < 1000; i++) add(path.join(root, 'bench/.work/md5', `catalog-${String(i).padStart(4, '0')}.sms.md`), corpusCatalog(i));
});
for (const templates of [2000, 8000]) {
  digest(`lsp catalog, ${templates.toLocaleString('en-US')} templates`, (add) => add(path.join(root, 'bench/.work/md5/catalog.sms.md'), lspCatalog(templates)));
}
digest('templates/ and test/ template files', (add) => {
  for (const dir of ['templates', 'test']) {
    if (!existsSync(path.join(root, dir))) continue;
    for (const file of templateFiles(path.join(root, dir))) add(file, readFileSync(file, 'utf8'));
  }
});

const out = process.argv[2];
if (out) writeFileSync(out, JSON.stringify(digests, null, 2));
for (const [name, { md5, findings }] of Object.entries(digests)) console.log(`${md5}  ${name} (${findings} findings)`);
