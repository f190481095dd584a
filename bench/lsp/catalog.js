/**
 * The language-server bench catalog: `templates` replies with front matter declaring their
 * variables; each body has one finding (a fictional 555-01XX phone number). Shared by
 * bench/lsp/run.js and bench/lib/findings-md5.js.
 */
export function catalog(templates) {
  const parts = ['---', 'kind: support', 'brand: Acme', 'variables:', '  name: { maxLength: 20, charset: gsm, sample: "Sam" }', '  orderId: { maxLength: 10, charset: digits, sample: "12345" }', '---', ''];
  for (let i = 0; i < templates; i++) {
    parts.push(`## Reply ${i}`, '', `Hi {{name}}, your Acme order {{orderId}} (ref ${i}) has shipped and should arrive soon. Questions? Call 555-0100. Reply STOP to opt out.`, '');
  }
  return parts.join('\n');
}
