/**
 * Real templates from public projects, one fixture per placeholder dialect (each cites its
 * repository, path and commit), linted with the dialect its front matter sets: the
 * placeholders smslint reads, the segment range over every branch, and the findings that
 * depend on reading the dialect right (syntax, leftovers, foreign placeholders).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lintText, templateSegmentRange, type BodyNode, type Template } from '@smslint/core';

const fixture = (name: string) => {
  const filePath = new URL(`./fixtures/${name}`, import.meta.url).pathname;
  const text = readFileSync(filePath, 'utf8');
  return { text, result: lintText(text, { filePath }) };
};

/** Variable names in document order, every branch included. */
function names(nodes: readonly BodyNode[]): string[] {
  return nodes.flatMap((node) =>
    node.type === 'variable' ? [node.name] : node.type === 'block' ? [...names(node.program), ...names(node.inverse ?? [])] : [],
  );
}

const DIALECT_RULES = new Set(['parse-error', 'leftover-bracket', 'placeholder-syntax', 'markdown-syntax', 'undeclared-variable']);

/** [rule, the text it points at] for the rules that depend on the dialect. */
function dialectFindings(name: string): Array<[string, string]> {
  const { text, result } = fixture(name);
  return result.findings.filter((f) => DIALECT_RULES.has(f.ruleId)).map((f) => [f.ruleId, text.slice(f.range.start, f.range.end)]);
}

const segments = (template: Template) => {
  const range = templateSegmentRange(template);
  return [range.min.segments, range.max.segments];
};

describe('real templates in each placeholder dialect', () => {
  it('handlebars: a Mustache section {{#fields.name}} {{.}}{{/fields.name}} parses and is no unknown helper', () => {
    const { result } = fixture('handlebars-mustache-section.sms.md');
    const [template] = result.file.templates;
    expect(template.body.dialect).toBe('handlebars');
    expect(template.problems).toEqual([]);
    // `{{.}}` prints the section's value, so its declared spec applies.
    expect(names(template.body.nodes)).toEqual(['fields.name', 'config.phone', 'config.name']);
    expect(segments(template)).toEqual([1, 2]);
    expect(dialectFindings('handlebars-mustache-section.sms.md')).toEqual([]);
  });

  it('liquid: outputs with filters, if/else branches', () => {
    const { result } = fixture('liquid.sms.md');
    const [booking, localised] = result.file.templates;
    expect(names(booking.body.nodes)).toEqual(['booking.person.name', 'booking.resource.title', 'booking.booked_from']);
    expect(localised.body.nodes.map((n) => n.type)).toEqual(['block']);
    expect(templateSegmentRange(localised).minText).toBe('\nViking\n');
    expect(templateSegmentRange(localised).maxText).toBe('\nNot viking\n');
    expect(dialectFindings('liquid.sms.md').map(([rule, at]) => `${rule} ${at}`)).toEqual([
      'undeclared-variable {{ booking.person.name }}',
      'undeclared-variable {{ booking.resource.title }}',
      'undeclared-variable {{ booking.booked_from }}',
    ]);
  });

  it('icu: plural cases are branches with # as the count; a plural without "other" is a located error', () => {
    const { text, result } = fixture('icu.sms.md');
    const [en, ru] = result.file.templates;
    expect(names(en.body.nodes)).toEqual(['count', 'count']);
    const range = templateSegmentRange(en, { variables: { count: { maxLength: 3, charset: 'digits' } } });
    // The shortest rendering is the =1 case with an empty count.
    expect(range.minText).toBe(' new message');
    expect(range.maxText).toBe('999 new messages');
    expect(ru.problems.map((p) => p.code)).toEqual(['icu-syntax']);
    expect(ru.problems[0].message).toContain('"other {…}"');
    expect(text.slice(ru.problems[0].range.start, ru.problems[0].range.end)).toMatch(/^[^\n]+$/);
  });

  it('rails: %{name} placeholders with their declared lengths', () => {
    const { result } = fixture('rails.sms.md');
    expect(result.file.templates.map((t) => names(t.body.nodes))).toEqual([
      ['patient_name', 'facility_name', 'appointment_date'],
      ['patient_name', 'facility_name', 'appointment_date'],
      ['facility_name', 'patient_name'],
    ]);
    // Worst-case GSM values are 2-septet characters (€), so the long ones reach 2 segments.
    expect(result.file.templates.map(segments)).toEqual([[1, 2], [1, 2], [1, 2]]);
    expect(dialectFindings('rails.sms.md')).toEqual([]);
  });

  it('printf: %s conversions are positional variables 1, 2, …', () => {
    const { result } = fixture('printf.sms.md');
    const [invite] = result.file.templates;
    expect(names(invite.body.nodes)).toEqual(['1', '2']);
    expect(templateSegmentRange(invite).maxText).toBe(`${'€'.repeat(30)} (${'9'.repeat(15)}): Check out Hacktoolkit at http://hacktoolkit.com`);
    expect(dialectFindings('printf.sms.md')).toEqual([]);
  });

  it('notify: ((name)) with spaces and ((name??text)) optional content as a branch', () => {
    const { result } = fixture('notify.sms.md');
    const [personalised, optional] = result.file.templates;
    expect(names(personalised.body.nodes)).toEqual(['first name', 'ref number']);
    expect(optional.body.nodes).toEqual([expect.objectContaining({ type: 'block', helper: 'if', params: ['under18'] })]);
    expect(templateSegmentRange(optional).minText).toBe('');
    expect(templateSegmentRange(optional).maxText).toBe('Please get your application signed by a parent or guardian.');
    // The optional text is literal text the detectors read.
    expect(optional.body.masked).toContain('Please get your application signed');
    expect(dialectFindings('notify.sms.md')).toEqual([]);
  });

  it('go: {{ .Name }} actions are variables, not a Handlebars parse error', () => {
    const { result } = fixture('go.sms.md');
    const [otp] = result.file.templates;
    expect(otp.problems).toEqual([]);
    expect(names(otp.body.nodes)).toEqual(['TenantName', 'OTP', 'TenantName']);
    // Markdown emphasis around the code is sent literally: a real finding.
    expect(dialectFindings('go.sms.md')).toEqual([
      ['markdown-syntax', '*{{ .OTP }}*'],
      ['markdown-syntax', '*2 minutes*'],
    ]);
  });

  it('the Go fixture read as Handlebars: each action says to set placeholders, the parse error too', () => {
    const { text } = fixture('go.sms.md');
    const asHandlebars = text.replace('placeholders: go', 'placeholders: handlebars');
    const findings = lintText(asHandlebars, { filePath: 'otp.sms.md' }).findings.filter((f) => DIALECT_RULES.has(f.ruleId) && f.ruleId !== 'markdown-syntax');
    expect(findings.map((f) => [f.ruleId, asHandlebars.slice(f.range.start, f.range.end)])).toEqual([
      ['placeholder-syntax', '{{ .TenantName }}'],
      ['parse-error', expect.any(String)],
      ['placeholder-syntax', '{{ .OTP }}'],
      ['placeholder-syntax', '{{ .TenantName }}'],
    ]);
    for (const finding of findings) expect(finding.message).toContain('"go"');
  });

  it('jinja: Odoo SMS bodies with expressions, calls and string literals', () => {
    const { result } = fixture('jinja.sms.md');
    const [registration, reminder] = result.file.templates;
    expect(registration.problems).toEqual([]);
    expect(reminder.problems).toEqual([]);
    expect(names(registration.body.nodes)).toEqual(['object.event_id.organizer_id.name', 'object.event_id.name']);
    expect(names(reminder.body.nodes)).toEqual(['object.event_id.name', 'object.partner_id.lang', 'object.event_begin_date']);
    expect(reminder.body.masked).toMatch(/^Ready for "\uFFFC+" \uFFFC+\?\n\uFFFC+$/);
  });

  it('another dialect in a Handlebars file: each construct reported once, with a hint', () => {
    const findings = fixture('foreign-in-handlebars.sms.md').result.findings.filter((f) => f.ruleId === 'leftover-bracket');
    const { text } = fixture('foreign-in-handlebars.sms.md');
    expect(findings.map((f) => text.slice(f.range.start, f.range.end))).toEqual([
      '{$a->code}',
      '{$a->fullname}',
      '${recipientFirstName}',
      '%{facility_name}',
      '%{patient_name}',
      '((first name))',
      '((ref number))',
    ]);
    expect(findings[3].message).toContain('set "placeholders" to "rails"');
    expect(findings[5].message).toContain('set "placeholders" to "notify"');
    expect(findings[0].message).toContain('Moodle');
  });
});
