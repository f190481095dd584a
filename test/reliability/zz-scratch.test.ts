import { it } from 'vitest';
import { lintText, parseTemplateFile, rules } from '@smslint/core';
it('scratch', () => {
  for (const depth of [100, 1000, 2000, 4000]) {
    const n = '## Deep\n\n' + '{{#if a}}'.repeat(depth) + 'x' + '{{/if}}'.repeat(depth) + '\n';
    let t0 = Date.now();
    let file;
    try { file = parseTemplateFile(n, 'd.sms.md'); } catch (e) { console.log('parse threw', depth, String(e).slice(0, 200)); continue; }
    console.log('parse', depth, Date.now() - t0, file.templates[0]?.problems.map((p) => p.code + ':' + p.message.slice(0, 100)));
    for (const rule of rules) {
      t0 = Date.now();
      try { lintText(n, { filePath: 'd.sms.md', ruleOverrides: Object.fromEntries(rules.map((r) => [r.meta.id, r === rule ? 'error' : 'off'])) }); } catch (e) { console.log('threw', rule.meta.id, String(e).slice(0, 200)); }
      const dt = Date.now() - t0;
      if (dt > 100) console.log('rule', depth, rule.meta.id, dt);
    }
  }
}, 600000);
