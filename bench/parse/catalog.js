/**
 * Deterministic 2,000-template catalog for the parse benchmark (seeded mulberry32 PRNG):
 * front matter with variables, metadata comments, if/else and each blocks, curly quotes,
 * emoji, smslint directives and the odd fenced code block — what real catalogs hold.
 */
import { mulberry32 } from '../lib/seeded-random.js';

const BODIES = [
  (i) => `Hi {{firstName}}, your order #{{orderId}} (batch ${i}) has shipped. {{#if trackingUrl}}Track it: {{trackingUrl}}{{else}}We will text you a tracking link soon.{{/if}} Reply STOP to opt out.`,
  (i) => `Your Acme code is {{code}}. It expires in ${5 + (i % 10)} minutes. Never share it — we’ll never ask for it.`,
  (i) => `Hi {{firstName}}, sorry for the wait on ticket {{ticket}}. An agent will call you back today. Prefer to talk now? Call 555-${String(1000 + i).slice(-4)}.\nAcme Support`,
  (i) => `{{#unless paid}}Your balance of {{amount}} is due on {{dueDate}}. {{/unless}}Questions? Reply HELP or call 555-${String(2000 + i).slice(-4)}. Msg & data rates may apply.`,
  (i) => `Items in your cart:{{#each items}} {{name}}{{else}} none{{/each}}. Finish checkout {{cartUrl}} within ${i % 48 + 1} hours 🎉`,
  (i) => `<!-- smslint-disable-next-line text-speak -->\nThx {{firstName}}! Your appointment is confirmed for {{date}} at {{time}} in room ${i}.\n\n\`\`\`\n## not a heading\n\`\`\`\nReply C to cancel.`,
];

export function generateCatalog(count = 2000, seed = 7) {
  const rnd = mulberry32(seed);
  let text = [
    '---',
    'brand: Acme',
    'kind: support',
    'maxSegments: 2',
    'variables:',
    '  firstName: {maxLength: 20, charset: gsm, sample: Ana}',
    '  orderId: {maxLength: 10, charset: digits, sample: "10023"}',
    '  code: {minLength: 6, maxLength: 6, charset: digits}',
    '---',
    '# Acme support replies',
    '',
    'Generated for the parse benchmark.',
    '',
  ].join('\n');
  for (let i = 0; i < count; i++) {
    const body = BODIES[Math.floor(rnd() * BODIES.length)](i);
    const meta = rnd() < 0.3 ? '<!-- smslint: kind=transactional maxSegments=1 -->\n' : '';
    text += `\n## Reply ${i} ${['shipping', 'refund', 'login', 'callback'][i % 4]}\n${meta}\n${body}\n`;
  }
  return text;
}
