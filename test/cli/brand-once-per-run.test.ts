import { describe, expect, it } from 'vitest';
import { runCli, useTempTrees } from './cli-harness.js';

const tempTree = useTempTrees();

describe('"No brand configured" is said once per run', () => {
  it('keeps one note over many files, in every format', async () => {
    const body = (n: number) => `Your order ${n} has shipped. Reply STOP to opt out.\n`;
    const { dir } = tempTree({
      'smslint.config.json': JSON.stringify({ kind: 'transactional' }),
      'a.sms': body(1),
      'b.sms': body(2),
      'c.sms.md': `## One\n${body(3)}\n## Two\n${body(4)}`,
    });
    const json = JSON.parse((await runCli(['--format', 'json', '.'], { cwd: dir })).stdout);
    const notes = json.results.flatMap((r: { filePath: string; messages: Array<{ message: string }> }) =>
      r.messages.filter((m) => m.message.startsWith('No brand configured')).map(() => r.filePath),
    );
    expect(notes).toEqual(['a.sms']);
    const stylish = (await runCli(['.'], { cwd: dir })).stdout;
    expect(stylish.match(/No brand configured/g)).toHaveLength(1);
  });
});
