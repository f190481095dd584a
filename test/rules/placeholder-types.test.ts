import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  applyFixes,
  inferTypeFromName,
  lintText,
  parseTemplateFile,
  placeholderFacts,
  TYPE_DEFAULTS,
  type ResolvedConfig,
} from '@smslint/core';
import { findingsOf, spans } from './helpers.js';

/** Typed variables and type inference: docs/configuration.md's tables run here. */
const docs = readFileSync(fileURLToPath(new URL('../../docs/configuration.md', import.meta.url)), 'utf8');
const NO_CONFIG: ResolvedConfig = { sources: [] };

/** Rows of the markdown table right after an HTML comment containing `marker`. */
function tableAfter(marker: string): string[][] {
  const from = docs.indexOf(marker);
  expect(from, marker).toBeGreaterThan(0);
  const rows: string[][] = [];
  for (const line of docs.slice(docs.indexOf('\n', from) + 1).split('\n')) {
    if (!line.startsWith('|')) break;
    rows.push(line.slice(1, -1).split(' | ').map((cell) => cell.trim()));
  }
  return rows.slice(2); // header and separator
}

const unquote = (cell: string) => cell.replace(/^`|`$/g, '');

function factOf(body: string, name: string) {
  const file = parseTemplateFile(`## T\n${body}\n`, 'docs.sms.md');
  return placeholderFacts(file.templates[0], NO_CONFIG).placeholders.find((p) => p.name === name);
}

describe('docs/configuration.md variable types', () => {
  it('the type-defaults table is TYPE_DEFAULTS', () => {
    const rows = tableAfter('type-defaults:');
    const table = Object.fromEntries(
      rows.map(([type, charset, min, max, sample]) => [unquote(type), { charset, minLength: Number(min), maxLength: Number(max), sample }]),
    );
    expect(table).toEqual(TYPE_DEFAULTS);
  });

  const examples = tableAfter('inference-examples:');
  it('has inference examples', () => expect(examples.length).toBeGreaterThanOrEqual(15));
  it.each(examples.map((row) => [unquote(row[0]), row] as const))('%s', (_, [body, name, type, source]) => {
    const fact = factOf(unquote(body), unquote(name));
    expect(fact, 'placeholder found').toBeDefined();
    expect(fact!.type ?? '(none)').toBe(type);
    expect(fact!.source ?? '(none)').toBe(source);
  });
});

describe('type inference from names', () => {
  it.each([
    ['trackingUrl', 'url'], ['tracking_url', 'url'], ['REVIEW_LINK', 'url'], ['VerifyURL', 'url'], ['Client.LoginLink', 'url'],
    ['config.phone', 'phone'], ['contact_number', 'phone'], ['customer_care_number', 'phone'], ['mobile_no', 'phone'],
    ['otp', 'digits'], ['pin', 'digits'], ['verification_code', 'digits'], ['amount_due', 'money'], ['appointment_date', 'date'],
    ['order_number', 'id'], ['case_number', 'id'], ['tracking_number', 'id'], ['account_number', 'id'], ['confirmation_code', 'id'],
    ['reference_id', 'id'], ['promo_code', 'id'], ['customerEmail', 'email'], ['link_text', 'text'], ['this.firstName', 'name'],
  ])('%s → %s', (name, type) => expect(inferTypeFromName(name)).toBe(type));

  it('a bare "number" or an unknown word has no type from its name', () => {
    expect(inferTypeFromName('number')).toBeUndefined();
    expect(inferTypeFromName('host')).toBeUndefined();
    expect(inferTypeFromName('x')).toBeUndefined();
  });
});

describe('declared types', () => {
  it('a declared type fills the fields the spec leaves out, and the spec wins', () => {
    const file = parseTemplateFile('---\nvariables:\n  a: { type: url, maxLength: 25 }\n---\n## T\nSee {{a}}\n', 'x.sms.md');
    const fact = placeholderFacts(file.templates[0], NO_CONFIG).placeholders[0];
    expect(fact).toMatchObject({ type: 'url', source: 'declared', declared: true, gsmSafe: true });
    expect(fact.spec).toMatchObject({ charset: 'ascii', maxLength: 25, minLength: 12 });
  });

  it('config variables take a type too', () => {
    const config: ResolvedConfig = { sources: [], variables: { agent: { type: 'name', charset: 'gsm' } } };
    const file = parseTemplateFile('## T\nThis is {{agent}}.\n', 'x.sms.md');
    expect(placeholderFacts(file.templates[0], config).placeholders[0]).toMatchObject({ type: 'name', source: 'declared', gsmSafe: true });
  });

  it('an unknown type is a located metadata problem', () => {
    const text = '---\nvariables:\n  a: { type: link }\n---\n## T\n{{a}}\n';
    const problem = parseTemplateFile(text, 'x.sms.md').problems.find((p) => p.code === 'metadata-invalid');
    expect(problem?.message).toMatch(/"type" must be one of url, phone/);
    expect(text.slice(problem!.range.start, problem!.range.end)).toBe('link');
  });

  it('a declared sample types an untyped declaration', () => {
    const file = parseTemplateFile('---\nvariables:\n  x: { sample: "https://acme.co/r/1" }\n---\n## T\n{{x}}\n', 'x.sms.md');
    expect(placeholderFacts(file.templates[0], NO_CONFIG).placeholders[0]).toMatchObject({ type: 'url', source: 'sample' });
  });
});

describe('placeholders as links, phones and emails', () => {
  it('lists them with the text, range and how they were recognised', () => {
    const text = '## T\nMore info at {{url}}/help. Call us at {{x}} or mail {{supportEmail}}.\n';
    const facts = placeholderFacts(parseTemplateFile(text, 'x.sms.md').templates[0], NO_CONFIG);
    expect(facts.links.map((l) => [text.slice(l.start, l.end), l.text, l.placeholder, l.via])).toEqual([['{{url}}/help', '{{url}}/help', 'url', 'name']]);
    expect(facts.phones.map((l) => [l.text, l.via])).toEqual([['{{x}}', 'context']]);
    expect(facts.emails.map((l) => [l.text, l.via])).toEqual([['{{supportEmail}}', 'name']]);
  });

  it('multichannel-redirect sees a link or phone behind a placeholder', () => {
    expect(findingsOf('multichannel-redirect', '## T\nMore info at {{url}}\n')).toEqual([]);
    expect(findingsOf('multichannel-redirect', '## T\nQuestions? {{config.phone}}\n')).toEqual([]);
    expect(findingsOf('multichannel-redirect', '## T\nThanks, {{firstName}}.\n')).toHaveLength(1);
    // "at" alone does not make a name a link.
    expect(findingsOf('multichannel-redirect', '## T\nSee you at {{firstName}}.\n')).toHaveLength(1);
  });

  it('an unsubscribe link placeholder is opt-out wording', () => {
    const kind = '<!-- smslint: kind=marketing -->\n';
    expect(findingsOf('opt-out', `## T\n${kind}Acme: 20% off today. Unsubscribe: {{unsubscribeUrl}}\n`)).toEqual([]);
    expect(findingsOf('opt-out', `## T\n${kind}Acme: 20% off today. {{optOutLink}}\n`)).toEqual([]);
    expect(findingsOf('opt-out', `## T\n${kind}Acme: 20% off today. {{shopUrl}}\n`)).toHaveLength(1);
  });

  it('declared samples are checked like literal text', () => {
    const url = (sample: string) => `---\nvariables:\n  a: { type: url, sample: "${sample}" }\n---\n## T\nSee {{a}}\n`;
    expect(findingsOf('link-validity', url('https://acme.co/t/1'))).toEqual([]);
    expect(findingsOf('link-validity', url('http://acme.co/t/1'))[0].message).toMatch(/sample of \{\{a\}\}.*uses http/);
    expect(findingsOf('link-validity', url('see you soon'))[0].message).toMatch(/is not a link/);
    expect(findingsOf('public-url-shortener', url('https://bit.ly/x1'))[0].message).toMatch(/bit\.ly/);
    const phone = (sample: string) => `---\nvariables:\n  p: { type: phone, sample: "${sample}" }\n---\n## T\nCall {{p}}\n`;
    expect(findingsOf('phone-validity', phone('+1 888 123 4567'))).toEqual([]);
    const fictional = findingsOf('phone-validity', phone('(800) 555-0199'));
    expect(spans(phone('(800) 555-0199'), fictional)).toEqual(['{{p}}']);
    expect(fictional[0].message).toMatch(/555-01XX/);
  });
});

describe('one finding per placeholder problem', () => {
  const long = 'a'.repeat(80);

  it('an undeclared risky placeholder gives one finding, at the placeholder, with its cost', () => {
    const text = `## A\n<!-- smslint: kind=transactional -->\nHi {{name}}, ${long}\n`;
    const findings = lintText(text, { filePath: 'x.sms.md' }).findings.filter((f) => f.range.start >= text.indexOf('{{name}}') && f.range.end <= text.indexOf('{{name}}') + 8);
    expect(findings.map((f) => f.ruleId)).toEqual(['undeclared-variable']);
    expect(findings[0].severity).toBe('warning');
    expect(findings[0].message).toMatch(/looks like a name \(from its name\).*1 → 2 segments worst case \(\+1\)/);
  });

  it('no extra segment: info; GSM-safe inferred types: nothing', () => {
    expect(findingsOf('undeclared-variable', '## A\n<!-- smslint: kind=transactional -->\nHi {{name}}\n').map((f) => f.severity)).toEqual(['info']);
    const safe = `## A\n<!-- smslint: kind=transactional -->\nCode {{otp}} for order {{order_number}}, ${long} {{trackingUrl}} {{amount_due}}\n`;
    expect(findingsOf('undeclared-variable', safe)).toEqual([]);
    expect(findingsOf('placeholder-encoding-risk', safe)).toEqual([]);
  });

  it('suggests a declaration with the inferred type, in the metadata or front matter', () => {
    const catalog = '## A\nHi {{firstName}}!\n';
    const [finding] = findingsOf('undeclared-variable', catalog);
    expect(finding.suggestions?.map((s) => s.title)).toEqual([
      'Declare {{firstName}} as a name with GSM-7 values only',
      'Declare {{firstName}} as a name',
    ]);
    const fixed = applyFixes(catalog, [{ ...finding, fix: finding.suggestions![0].fix }]).output;
    expect(fixed).toBe('## A\n<!-- smslint: variables.firstName.type=name variables.firstName.charset=gsm -->\nHi {{firstName}}!\n');
    expect(findingsOf('undeclared-variable', fixed)).toEqual([]);
    expect(findingsOf('placeholder-encoding-risk', fixed)).toEqual([]);

    const single = '---\nkind: support\nvariables:\n  a: { type: url }\n---\nHi {{who}} {{a}}\n';
    const [own] = findingsOf('undeclared-variable', single, { filePath: 'x.sms' });
    const declared = applyFixes(single, [{ ...own, fix: own.suggestions![1].fix }]).output;
    expect(declared).toBe('---\nkind: support\nvariables:\n  who: { type: text }\n  a: { type: url }\n---\nHi {{who}} {{a}}\n');
    expect(findingsOf('undeclared-variable', declared, { filePath: 'x.sms' })).toEqual([]);

    const bare = 'Hi {{Client.Name}}\n';
    const [path] = findingsOf('undeclared-variable', bare, { filePath: 'x.sms' });
    const withFront = applyFixes(bare, [{ ...path, fix: path.suggestions![0].fix }]).output;
    expect(withFront).toBe('---\nvariables:\n  "Client.Name": { type: name, charset: gsm }\n---\nHi {{Client.Name}}\n');
    expect(lintText(withFront, { filePath: 'x.sms' }).findings.filter((f) => /variable|encoding/.test(f.ruleId))).toEqual([]);
  });

  it('segment-budget states what it assumed once', () => {
    const text = `## A\nHi {{firstName}}, ${'a'.repeat(280)} {{trackingUrl}}\n`;
    const [finding] = findingsOf('segment-budget', text);
    expect(finding.message).toMatch(/Counted with \{\{firstName\}\} a name \(from its name\), up to 20 characters of any kind/);
    expect(finding.message.match(/firstName/g)).toHaveLength(2);
  });
});

describe('one-time codes need no opt-out or HELP wording', () => {
  const transactional = '<!-- smslint: kind=transactional recurring=true -->\n';
  it.each([
    ['Your Acme verification code is {{code}}. It expires in 10 minutes.'],
    ['{{otp}} is your Acme login code.'],
    ['Acme: use {{pin}} to sign in.'],
    ['Your Acme security code is 482913. Do not share it.'],
    ['OTP for Acme registration is {{otpNumber}}, valid for 15 minutes.'],
    ['Acme: {{code}}\n\n@{{domain}} #{{code}}'],
  ])('%s', (body) => {
    const text = `## T\n${transactional}${body}\n`;
    expect(findingsOf('opt-out', text)).toEqual([]);
    expect(findingsOf('help-instruction', text)).toEqual([]);
  });

  it('not a code: still needs opt-out; otp: false turns the recognition off', () => {
    expect(findingsOf('opt-out', `## T\n${transactional}Your order {{order_number}} has shipped.\n`)).toHaveLength(1);
    expect(findingsOf('opt-out', `## T\n<!-- smslint: kind=transactional otp=false -->\nYour code is {{code}}.\n`)).toHaveLength(1);
    expect(findingsOf('opt-out', `## T\n<!-- smslint: kind=marketing -->\nUse code {{code}} for 20% off.\n`)).toHaveLength(1);
    expect(findingsOf('opt-out', `## T\n<!-- smslint: kind=transactional otp=true -->\nWelcome aboard.\n`)).toEqual([]);
  });
});

describe('advisory findings', () => {
  it('are infos under the default severity and take a configured severity', () => {
    const text = '## A\n<!-- smslint: kind=transactional -->\nHi {{name}}\n';
    expect(findingsOf('undeclared-variable', text).map((f) => f.severity)).toEqual(['info']);
    const config = { sources: [], rules: { 'undeclared-variable': 'error' as const } };
    expect(findingsOf('undeclared-variable', text, { config }).map((f) => f.severity)).toEqual(['error']);
    expect(findingsOf('undeclared-variable', text, { ruleOverrides: { 'undeclared-variable': 'warn' } }).map((f) => f.severity)).toEqual(['warning']);
  });
});
