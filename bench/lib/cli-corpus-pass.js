// The CLI bench corpus linted in process, as the CLI does (loadConfig + lintText per file):
// the shared body of the in-process lint benches (bench/lint/feature-cpu.js, regex-cpu.js).
// Generate the corpus first (`node bench/cli/run.js`).
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = fileURLToPath(new URL('../../', import.meta.url));

/**
 * Loads the built core of checkout `root` (another worktree for an A/B run) and this
 * checkout's corpus; `pass()` lints every file once and returns the number of findings.
 */
export async function cliCorpusPass(root = here) {
  const core = await import(pathToFileURL(join(resolve(root), 'packages/core/dist/index.js')).href);
  const corpus = join(here, 'bench/.work/cli/corpus');
  const files = readdirSync(corpus, { recursive: true })
    .map(String)
    .filter((name) => name.endsWith('.sms.md'))
    .sort()
    .map((name) => join(corpus, name));
  const texts = files.map((file) => readFileSync(file, 'utf8'));
  const pass = () => {
    core.clearConfigCache?.();
    let findings = 0;
    for (let i = 0; i < files.length; i++) {
      const { config } = core.loadConfig(files[i]);
      findings += core.lintText(texts[i], { filePath: files[i], config }).findings.length;
    }
    return findings;
  };
  return { core, files, pass };
}
