/**
 * The language-server bench catalog (bench/lsp, bench/scaling): one front matter and
 * `templates` support replies that differ only in their number, the shape editors meet in
 * a large catalog.
 */
export function catalog(templates) {
  const parts = ['---', 'kind: support', 'brand: Acme', 'variables:', '  name: { maxLength: 20, charset: gsm, sample: "Sam" }', '  orderId: { maxLength: 10, charset: digits, sample: "12345" }', '---', ''];
  for (let i = 0; i < templates; i++) {
    parts.push(`## Reply ${i}`, '', `Hi {{name}}, your Acme order {{orderId}} (ref ${i}) has shipped and should arrive soon. Questions? Call 555-0100. Reply STOP to opt out.`, '');
  }
  return parts.join('\n');
}
