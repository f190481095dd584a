/**
 * A real editor as the client: headless Neovim (0.7 API: vim.lsp.start_client) attaches to
 * the built server over stdio and reads back the smslint diagnostics it publishes.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SERVER_BIN } from './lsp-client.js';
import { BROKEN_PLACEHOLDER, CATALOG } from './fixtures.js';

const hasNvim = spawnSync('nvim', ['--version'], { encoding: 'utf8' }).status === 0;
if (!hasNvim && process.env.CI) {
  throw new Error('nvim is required in CI for the real-editor LSP test (.ci/run installs Debian neovim)');
}
if (!hasNvim) console.warn('[test/lsp/neovim] skipped: nvim not found (apt-get install -y neovim to run it)');

const CHECK_LUA = `
local file, server, root = _G.smslint_file, _G.smslint_server, _G.smslint_root
vim.cmd('edit ' .. vim.fn.fnameescape(file))
local buf = vim.api.nvim_get_current_buf()
local id = vim.lsp.start_client({ name = 'smslint', cmd = { 'node', server, '--stdio' }, root_dir = root,
  init_options = { debounceMs = 0 } })
vim.lsp.buf_attach_client(buf, id)
local ok = vim.wait(15000, function() return #vim.diagnostic.get(buf) > 0 end, 50)
for _, d in ipairs(vim.diagnostic.get(buf)) do
  io.stdout:write(('%d:%d:%d:%s:%s\\n'):format(d.lnum + 1, d.col + 1, d.end_col + 1, tostring(d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code)), d.message))
end
vim.lsp.stop_client(id)
vim.cmd(ok and 'qa!' or 'cquit 1')
`;

describe.skipIf(!hasNvim)('Neovim (real LSP client)', () => {
  it('attaches to smslint-language-server and shows its diagnostics', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'smslint-nvim-'));
    try {
      const file = path.join(dir, 'replies.sms.md');
      writeFileSync(file, CATALOG);
      const script = path.join(dir, 'check.lua');
      writeFileSync(script, CHECK_LUA);
      const setup = `lua _G.smslint_file=${JSON.stringify(file)}; _G.smslint_server=${JSON.stringify(SERVER_BIN)}; _G.smslint_root=${JSON.stringify(dir)}`;
      const env = { ...process.env, XDG_CONFIG_HOME: path.join(dir, 'config'), XDG_DATA_HOME: path.join(dir, 'data'), XDG_CACHE_HOME: path.join(dir, 'cache'), XDG_STATE_HOME: path.join(dir, 'state') };
      const run = spawnSync('nvim', ['--headless', '-u', 'NONE', '-i', 'NONE', '-n', '-c', setup, '-c', `luafile ${script}`], {
        cwd: dir,
        env,
        encoding: 'utf8',
        timeout: 40_000,
      });
      expect(run.status, `nvim failed:\n${run.stdout}\n${run.stderr}`).toBe(0);
      const lines = run.stdout.split('\n').filter(Boolean);
      const line = CATALOG.split('\n').findIndex((l) => l.includes(BROKEN_PLACEHOLDER)) + 1;
      // Neovim columns are byte-based: the emoji before the placeholder is 4 UTF-8 bytes.
      const text = CATALOG.split('\n')[line - 1];
      const byteCol = Buffer.byteLength(text.slice(0, text.indexOf(BROKEN_PLACEHOLDER))) + 1;
      expect(lines.some((l) => l.startsWith(`${line}:${byteCol}:${byteCol + BROKEN_PLACEHOLDER.length}:placeholder-syntax:`))).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('runs the docs snippet as written, with the server npm ci installed in the clone', () => {
    const repo = fileURLToPath(new URL('../../', import.meta.url));
    const editors = readFileSync(path.join(repo, 'docs/editors.md'), 'utf8');
    const readme = readFileSync(path.join(repo, 'README.md'), 'utf8');
    const snippet = /### Neovim 0\.7–0\.9[^\n]*\n\n```lua\n([\s\S]*?)```/.exec(editors)?.[1] ?? '';
    const placeholder = "vim.fn.expand('~/src/smslint/node_modules/.bin/smslint-language-server')";
    // The README, the 0.10 snippet and this one all start the same binary the same way.
    for (const text of [snippet, readme, editors]) {
      expect(text).toContain(`local smslint_server = ${placeholder}`);
      expect(text).toContain("cmd = { smslint_server, '--stdio' },");
    }
    const dir = mkdtempSync(path.join(tmpdir(), 'smslint-nvim-docs-'));
    try {
      const init = path.join(dir, 'init.lua');
      writeFileSync(init, snippet.replace(placeholder, JSON.stringify(path.join(repo, 'node_modules/.bin/smslint-language-server'))));
      const file = path.join(dir, 'replies.sms.md');
      writeFileSync(file, CATALOG);
      const check = path.join(dir, 'check.lua');
      writeFileSync(
        check,
        [
          "local ok = vim.wait(15000, function() return #vim.diagnostic.get(0) > 0 end, 50)",
          "for _, d in ipairs(vim.diagnostic.get(0)) do io.stdout:write(tostring(d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code)) .. '\\n') end",
          "vim.cmd(ok and 'qa!' or 'cquit 1')",
        ].join('\n'),
      );
      const env = { ...process.env, XDG_CONFIG_HOME: path.join(dir, 'config'), XDG_DATA_HOME: path.join(dir, 'data'), XDG_CACHE_HOME: path.join(dir, 'cache'), XDG_STATE_HOME: path.join(dir, 'state') };
      const run = spawnSync('nvim', ['--headless', '-u', init, '-i', 'NONE', '-n', file, '-c', `luafile ${check}`], { cwd: dir, env, encoding: 'utf8', timeout: 40_000 });
      expect(run.status, `nvim failed:\n${run.stdout}\n${run.stderr}`).toBe(0);
      expect(run.stdout.split('\n')).toContain('placeholder-syntax');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
