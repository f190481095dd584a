import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { cliPackageRoot } from '../package-root.js';

const SUFFIX = '.sms.md';

/**
 * The bundled template library: `templates/` shipped inside the package when published,
 * else the repository's `templates/` next to packages/ (the package is packages/cli).
 */
export function templateLibraryDir(): string | undefined {
  const root = cliPackageRoot();
  for (const dir of [join(root, 'templates'), join(root, '..', '..', 'templates')]) {
    if (existsSync(dir) && statSync(dir).isDirectory()) return dir;
  }
  return undefined;
}

/** Scenario names: catalog paths without `.sms.md`, forward slashes (e.g. "help-reply", "es/help-reply"), sorted. */
export function listScenarios(libraryDir: string): string[] {
  const names: string[] = [];
  const visit = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) visit(path);
      else if (entry.isFile() && entry.name.endsWith(SUFFIX)) names.push(relative(libraryDir, path).split(sep).join('/').slice(0, -SUFFIX.length));
    }
  };
  visit(libraryDir);
  return names.sort();
}

export function scenarioFile(libraryDir: string, scenario: string): string {
  return join(libraryDir, ...scenario.split('/')) + SUFFIX;
}
