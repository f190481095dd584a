// prepack: ship the repository's template library inside the package, where
// `smslint new` looks first (packages/cli/templates/), so it works from npm too.
import { cpSync, rmSync } from 'node:fs';

const source = new URL('../../../templates/', import.meta.url);
const target = new URL('../templates/', import.meta.url);
rmSync(target, { recursive: true, force: true });
cpSync(source, target, { recursive: true });
