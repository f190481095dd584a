#!/usr/bin/env node
// The peer of bench/lsp/memory.js: remark-language-server, reconstructed. The package is not
// on the registry this machine reaches, and it is only an entry over unified-language-server
// with remark as its processor: this file sets up the same server as the package's index.js
// at commit d74d9833653dd42dae7903f9c54275f803e984a9 of remarkjs/remark-language-server
// (remark as the default processor, `.remarkrc` / `remarkConfig` / `.remarkignore`, plugins
// named `remark-*`, settings section `remark`), with the versions installed here as root
// devDependencies (unified-language-server 4, remark 15).
import process from 'node:process';
import { remark } from 'remark';
import { createUnifiedLanguageServer } from 'unified-language-server';

process.title = 'remark-language-server';

createUnifiedLanguageServer({
  configurationSection: 'remark',
  defaultProcessor: remark,
  ignoreName: '.remarkignore',
  packageField: 'remarkConfig',
  pluginPrefix: 'remark',
  processorName: 'remark',
  processorSpecifier: 'remark',
  rcName: '.remarkrc',
});
