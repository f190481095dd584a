/**
 * The in-process language-server benches' document (bench/lsp/stages.js, survivors.js): the
 * 2,000-template bench catalog open in a PieceTextDocument with its DocumentAnalysis, and
 * `type(i)`, the i-th keystroke: one character typed in a different template each time, as
 * bench/lsp/run.js types. The classes come from the build being measured (`--root`).
 */
import { catalog } from './lsp-catalog.js';

export function benchDocument({ DocumentAnalysis, PieceTextDocument }) {
  const filePath = '/bench/catalog.sms.md';
  const text = catalog(2000);
  const document = new PieceTextDocument(`file://${filePath}`, 'sms-template', 1, text);
  const analysis = new DocumentAnalysis(filePath, () => 1_000_000);
  const options = { filePath, config: { sources: [] } };
  const bodyLines = [];
  text.split('\n').forEach((line, i) => {
    if (line.startsWith('Hi {{name}}')) bodyLines.push(i);
  });
  const type = (i) => {
    const line = bodyLines[(i * 7919) % bodyLines.length];
    document.update([{ range: { start: { line, character: 3 }, end: { line, character: 3 } }, text: 'x' }], i + 1);
  };
  return { document, analysis, options, type };
}
