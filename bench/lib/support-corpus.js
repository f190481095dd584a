/**
 * The CLI bench corpus (bench/cli, bench/scaling): deterministic, realistic support
 * catalogs (front matter, variables, a mix of clean replies and ones with findings: curly
 * quotes, text speak, long bodies, TODOs). Every body is assembled from fragments, names,
 * numbers and links by a seeded PRNG, so (almost) no two templates share a body and no
 * body-keyed cache can flatter smslint.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { mulberry32 as prng } from './seeded-random.js';

export const TEMPLATES = 10;

const BRANDS = ['Northwind', 'Contoso', 'Fabrikam', 'Tailspin', 'Wingtip', 'Litware', 'Adatum', 'Proseware'];
const NAMES = ['Dana', 'Sam', 'Priya', 'Jonas', 'Mei', 'Omar', 'Lucia', 'Kwame', 'Ines', 'Tom', 'Aiko', 'Rafael'];
const PLACEHOLDERS = ['{{firstName}}', '{{orderId}}', '{{amount}}', '{{caseId}}', '{{date}}', '{{time}}', '{{code}}', '{{start}}', '{{end}}'];
const OPENERS = [
  (r) => `Hi {{firstName}},`,
  (r) => `Hello ${pick(r, NAMES)},`,
  (r) => `Hi there,`,
  (r) => `Good news, {{firstName}}!`,
  (r) => `Update on case {{caseId}}:`,
  (r) => `Thx ${pick(r, NAMES)}!`,
  (r) => ``,
];
const MIDDLES = [
  (r) => `your order {{orderId}} has shipped and should arrive in ${2 + int(r, 6)} days.`,
  (r) => `we\u2019re sorry about the delay on order #${100000 + int(r, 899999)}.`,
  (r) => `ur refund of {{amount}} is on its way.`,
  (r) => `your appointment is on {{date}} at {{time}}.`,
  (r) => `{{#if hasTracking}}your parcel is out for delivery today.{{else}}your parcel is on its way.{{/if}}`,
  (r) => `TODO check this wording. Your payment of $${int(r, 500)}.${String(int(r, 100)).padStart(2, '0')} was received.`,
  (r) => `we are looking into the outage near ${pick(r, ['Elm St', 'Harbor Rd', 'the mall', 'Zone ' + int(r, 40)])} and will text you again as soon as service is back.`,
  (r) => `your verification code is {{code}}. It expires in ${5 + int(r, 26)} minutes. Never share it.`,
  (r) => `pls rate ur support chat from 1 to ${3 + int(r, 8)} \u2014 it helps us improve.`,
  (r) => `an agent will call you between {{start}} and {{end}}.`,
  (r) => `your plan renews on day ${1 + int(r, 28)} for $${5 + int(r, 95)}.99 a month.`,
  (r) => `we received ${1 + int(r, 9)} item${r() < 0.5 ? 's' : ''} back from you, thanks ${pick(r, NAMES)}.`,
  (r) => `ticket ${int(r, 99999)} is closed. ${pick(r, ['Glad we could help.', 'Thanks for your patience.', 'We hope it is sorted now.'])}`,
  (r) => `your balance is {{amount}} as of {{date}}.`,
  (r) => `LAST CHANCE to keep your ${pick(r, ['discount', 'seat', 'booking', 'slot'])}!!`,
];
const LINKS = [
  (r, b) => `Track it at https://${b.toLowerCase()}.example/t/{{orderId}}.`,
  (r, b) => `Details: https://${b.toLowerCase()}.example/help/${int(r, 9999)}`,
  (r, b) => `See ${b.toLowerCase()}.example/faq#q${int(r, 60)} for more.`,
  (r) => ``,
  (r) => ``,
];
const CLOSERS = [
  (r) => `Reply AGENT to text with a person.`,
  (r) => `Call us at (888) ${400 + int(r, 500)}-${String(1000 + int(r, 8999))} or reply CALL.`,
  (r) => `Questions? Reply HELP. Reply STOP to opt out.`,
  (r) => `Reply C to confirm or R to reschedule.`,
  (r) => `Reply STOP to opt out.`,
  (r) => `Call (888) 412-7730 for help.`,
  (r) => ``,
];

const int = (r, n) => Math.floor(r() * n);
const pick = (r, xs) => xs[int(r, xs.length)];

function body(r, brand) {
  const parts = [`${brand}:`, pick(r, OPENERS)(r)];
  const middles = 1 + int(r, 3);
  for (let m = 0; m < middles; m++) parts.push(pick(r, MIDDLES)(r));
  parts.push(pick(r, LINKS)(r, brand), pick(r, CLOSERS)(r));
  if (r() < 0.1) parts.push(pick(r, PLACEHOLDERS));
  return parts.filter(Boolean).join(' ');
}

/** Catalog number `i` (the same text on every run). */
export function catalog(i) {
  const r = prng(0x5eed + i);
  const brand = BRANDS[i % BRANDS.length];
  const templates = [];
  for (let t = 0; t < TEMPLATES; t++) templates.push(`## Reply ${i}-${t}\n\n${body(r, brand)}\n`);
  return `---
brand: ${brand}
kind: support
variables:
  firstName: { maxLength: ${10 + (i % 15)}, charset: gsm, sample: ${NAMES[i % NAMES.length]} }
  orderId: { maxLength: 10, charset: digits, sample: "${1000000 + i}" }
  amount: { maxLength: 10, charset: gsm, sample: "$${(i % 90) + 10}.00" }
---

# Catalog ${i}

Replies for team ${i % 17}.

${templates.join('\n')}`;
}

/** Writes catalogs 0 … count-1 under `dir` (20 team folders), as the CLI bench lays them out. */
export function writeCorpus(dir, count) {
  for (let i = 0; i < count; i++) {
    const file = join(dir, `team-${String(i % 20).padStart(2, '0')}`, `catalog-${String(i).padStart(4, '0')}.sms.md`);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, catalog(i));
  }
}
