/**
 * The language-server benches' catalog: `templates` support replies under one front matter,
 * each with a finding (so every edit publishes one diagnostic per template), and the lines
 * of their bodies, where the benches type.
 */
export function catalog(templates) {
  const parts = ['---', 'kind: support', 'brand: Acme', 'variables:', '  name: { maxLength: 20, charset: gsm, sample: "Sam" }', '  orderId: { maxLength: 10, charset: digits, sample: "12345" }', '---', ''];
  for (let i = 0; i < templates; i++) {
    parts.push(`## Reply ${i}`, '', `Hi {{name}}, your Acme order {{orderId}} (ref ${i}) has shipped and should arrive soon. Questions? Call 555-0100. Reply STOP to opt out.`, '');
  }
  return parts.join('\n');
}

/** Zero-based numbers of the body lines of `catalog(…)`'s text. */
export function bodyLines(text) {
  const lines = [];
  text.split('\n').forEach((line, i) => {
    if (line.startsWith('Hi {{name}}')) lines.push(i);
  });
  return lines;
}
