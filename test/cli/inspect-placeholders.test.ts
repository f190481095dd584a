import { describe, expect, it } from 'vitest';
import { runCli, useTempTrees } from './cli-harness.js';

const tempTree = useTempTrees();

/** `inspect --json` shows placeholder types with their source, and placeholders among the detections. */
const CATALOG = `---
variables:
  help: { type: email }
---
## Login
Please login here: {{Client.LoginLink}}. Questions? Call us at {{x}} or write to {{help}}.

## Order
Sent to {{phone}}. Order {{order_number}} ships soon. Track at https://{{host}}/t/{{tracking_number}}. Unsubscribe: {{unsubscribeUrl}}
`;

describe('smslint inspect --json: placeholders', () => {
  it('lists types, sources and the links, phones and emails behind placeholders', async () => {
    const { dir } = tempTree({ 'a.sms.md': CATALOG });
    const run = await runCli(['inspect', '--json', 'a.sms.md'], { cwd: dir });
    expect(run.code).toBe(0);
    const [login, order] = JSON.parse(run.stdout).files[0].templates;
    const types = (t: { placeholders: Array<{ name: string; type: string; source: string }> }) =>
      t.placeholders.map((p) => `${p.name}:${p.type}:${p.source}`);
    expect(types(login)).toEqual(['Client.LoginLink:url:name', 'x:phone:context', 'help:email:declared']);
    expect(types(order)).toEqual(['phone:phone:name', 'order_number:id:name', 'host:url:context', 'tracking_number:id:name', 'unsubscribeUrl:url:name']);

    const contact = (m: { text: string; start: number; end: number; placeholder?: string; via?: string }) => {
      expect(CATALOG.slice(m.start, m.end)).toBe(m.text);
      return m.placeholder ? `${m.text}<${m.placeholder}:${m.via}>` : m.text;
    };
    expect(login.detections.links.map(contact)).toEqual(['{{Client.LoginLink}}<Client.LoginLink:name>']);
    expect(login.detections.phones.map(contact)).toEqual(['{{x}}<x:context>']);
    expect(login.detections.emails.map(contact)).toEqual(['{{help}}<help:declared>']);
    // The written link with placeholders is a link as detected in the text; the phone-like ids are not phones.
    expect(order.detections.links.map(contact)).toEqual(['https://{{host}}/t/{{tracking_number}}', '{{unsubscribeUrl}}<unsubscribeUrl:name>']);
    expect(order.detections.links[1]).toMatchObject({ text: '{{unsubscribeUrl}}', placeholder: 'unsubscribeUrl', via: 'name' });
    // The recipient's own number is a phone, marked as not a way to reach the company.
    expect(order.detections.phones.map(contact)).toEqual(['{{phone}}<phone:name>']);
    expect(order.detections.phones[0].recipient).toBe(true);
    expect(login.detections.phones[0].recipient).toBeUndefined();
    expect(order.detections.optOut.map((m: { placeholder?: string }) => m.placeholder)).toContain('unsubscribeUrl');
    // Counts use the inferred types: an id is ASCII, so the worst case stays GSM-7.
    expect(order.segments.max.encoding).toBe('GSM-7');
  });
});

describe('smslint preview: typed placeholders', () => {
  it('renders declared and inferred types with their samples; untyped ones stay missing', async () => {
    const { dir } = tempTree({ 'a.sms': '---\nvariables:\n  code: { type: digits }\n---\nCode {{code}}. More at {{trackingUrl}}. Hi {{who}}\n' });
    const run = await runCli(['preview', 'a.sms', '--no-color'], { cwd: dir });
    expect(run.stdout).toContain('Code 482913. More at https://example.com/t/AB12. Hi');
    expect(run.stdout).toContain('No value for {{who}}');
  });
});
