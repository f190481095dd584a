/**
 * Deterministic catalog for the lint benchmark (seeded mulberry32 PRNG): front matter with
 * declared variables, and templates of all three kinds (per-template metadata comments)
 * holding what real support catalogs hold — placeholders, if/else blocks, links (some
 * shortened), phone numbers, opt-out and HELP wording, some text speak, curly quotes and
 * emoji (UCS-2), shouting, smslint directives, undeclared variables and long bodies.
 */
import { mulberry32 } from '../lib/seeded-random.js';

const phone = (i) => `(888) 41${i % 10}-${String(1000 + (i % 9000)).padStart(4, '0')}`;

const SUPPORT = [
  (i) => `Acme: Hi {{firstName}}, your order {{orderId}} has shipped. Track it at https://acme.example/t/{{orderId}}. Questions? Call ${phone(i)}.`,
  (i) => `Acme: We\u2019re sorry about the delay on case {{caseId}}. Reply AGENT to text with a person, or call ${phone(i)} and we\u2019ll call you back.`,
  () => `Acme: Thx 4 ur patience! Ur refund of {{amount}} is on its way. Questions? Reply AGENT.`,
  () => `Acme: Hi {{firstName}}, {{#if agentName}}{{agentName}} from our team{{else}}an agent{{/if}} will text you within 2 hours about ticket {{ticket}}. Reply HELP for help.`,
  () => `Acme: Your password was changed. If this wasn't you, reply AGENT or visit https://bit.ly/acme-help right away.`,
  (i) => `Acme: PLEASE NOTE your appointment on {{date}} at {{time}} is CONFIRMED. Reply C to cancel or call ${phone(i)}!!!`,
  () => `<!-- smslint-disable-next-line text-speak -->\nAcme: Pls reply with a photo of the receipt for order {{orderId}} and we will sort it out today. Reply AGENT for a person.`,
  () => `Acme: Hi {{customer.name}}, we tried to reach you about {{ticket}}. Reply here or email us at help@acme.example \u{1F64F}`,
];

const TRANSACTIONAL = [
  (i) => `Acme: Your code is {{code}}. It expires in ${5 + (i % 10)} minutes. Never share it. Reply STOP to opt out.`,
  () => `Acme: Your payment of {{amount}} was received on {{date}}. Receipt: https://acme.example/r/{{receiptId}} Reply STOP to opt out, HELP for help.`,
  () => `Acme: Your delivery is out for delivery today between {{window}}. Track: https://acme.example/t/{{orderId}}`,
  () => `Acme: \u201cYour order\u201d {{orderId}} is ready for pickup at {{store}} until {{closingTime}}. Reply STOP to opt out.`,
];

const MARKETING = [
  () => `Acme: Spring sale! 20% off everything with code SPRING20 at https://acme.example/sale until Sunday. Msg & data rates may apply. Reply STOP to opt out.`,
  () => `Acme: Hi {{firstName}}, ur fave items are back in stock \u{1F389} Shop now: https://tinyurl.com/acme-back Reply STOP to end.`,
  () => `Acme: Members get early access to our summer collection tomorrow at 9am. Details at https://acme.example/members. Text STOP to unsubscribe.`,
];

const KINDS = [
  ['support', SUPPORT, 0.6],
  ['transactional', TRANSACTIONAL, 0.25],
  ['marketing', MARKETING, 0.15],
];

export function generateLintCatalog(count = 10_000, seed = 11) {
  const rnd = mulberry32(seed);
  const parts = [
    '---',
    'brand: Acme',
    'kind: support',
    'maxSegments: 2',
    'variables:',
    '  firstName: {maxLength: 20, charset: gsm, sample: Ana}',
    '  orderId: {maxLength: 10, charset: digits, sample: "10023"}',
    '  code: {minLength: 6, maxLength: 6, charset: digits}',
    '  amount: {maxLength: 10, sample: "$42.00"}',
    '  date: {maxLength: 12, sample: "June 3"}',
    '  time: {maxLength: 8, sample: "3:30 PM"}',
    '---',
    '# Acme customer support replies',
    '',
    'Generated for the lint benchmark.',
    '',
  ];
  for (let i = 0; i < count; i++) {
    const pick = rnd();
    let acc = 0;
    let chosen = KINDS[0];
    for (const kind of KINDS) {
      acc += kind[2];
      if (pick < acc) {
        chosen = kind;
        break;
      }
    }
    const [kind, bodies] = chosen;
    const body = bodies[Math.floor(rnd() * bodies.length)](i);
    parts.push(`## Reply ${i} ${['shipping', 'refund', 'login', 'callback', 'billing'][i % 5]}`);
    if (kind !== 'support') parts.push(`<!-- smslint: kind=${kind} -->`);
    parts.push('', body, '');
  }
  return parts.join('\n');
}
