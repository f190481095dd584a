import type { TextEdit } from '@smslint/core/browser';
import { analyze, applyEdits, type PlaygroundResult, type TemplateFacts } from './analyze.js';
import { DEFAULT_SETTINGS, type PlaygroundSettings } from './settings.js';
import { decodeState, encodeState } from './url-state.js';

/**
 * The page: reads the controls, runs `analyze`, draws the results, and keeps the URL
 * fragment in step. All intelligence is in analyze.ts; this file only talks to the DOM.
 */

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const message = $<HTMLTextAreaElement>('message');
const samplesInput = $<HTMLTextAreaElement>('samples');

function readSettings(): PlaygroundSettings {
  const checked = (name: string) =>
    [...document.querySelectorAll<HTMLInputElement>(`input[name="${name}"]:checked`)].map((input) => input.value);
  const samples: Record<string, string> = {};
  for (const line of samplesInput.value.split('\n')) {
    const eq = line.indexOf('=');
    if (eq > 0) samples[line.slice(0, eq).trim()] = line.slice(eq + 1);
  }
  return {
    format: checked('format')[0] === 'catalog' ? 'catalog' : 'message',
    kind: $<HTMLSelectElement>('kind').value as PlaygroundSettings['kind'],
    region: $<HTMLSelectElement>('region').value as PlaygroundSettings['region'],
    brand: $<HTMLInputElement>('brand').value,
    shiftTables: checked('shift') as PlaygroundSettings['shiftTables'],
    graphemes: $<HTMLSelectElement>('graphemes').value === 'split' ? 'split' : 'keep',
    maxSegments: Math.max(0, Math.min(255, Math.trunc(Number($<HTMLInputElement>('max-segments').value) || 0))),
    provider: $<HTMLSelectElement>('provider').value as PlaygroundSettings['provider'],
    placeholders: $<HTMLSelectElement>('placeholders').value as PlaygroundSettings['placeholders'],
    samples,
  };
}

function writeSettings(settings: PlaygroundSettings): void {
  for (const input of document.querySelectorAll<HTMLInputElement>('input[name="format"]')) input.checked = input.value === settings.format;
  for (const input of document.querySelectorAll<HTMLInputElement>('input[name="shift"]')) {
    input.checked = settings.shiftTables.includes(input.value as never);
  }
  $<HTMLSelectElement>('kind').value = settings.kind;
  $<HTMLSelectElement>('region').value = settings.region;
  $<HTMLInputElement>('brand').value = settings.brand;
  $<HTMLSelectElement>('graphemes').value = settings.graphemes;
  $<HTMLInputElement>('max-segments').value = String(settings.maxSegments);
  $<HTMLSelectElement>('provider').value = settings.provider;
  $<HTMLSelectElement>('placeholders').value = settings.placeholders;
  samplesInput.value = Object.entries(settings.samples).map(([name, value]) => `${name}=${value}`).join('\n');
}

/** An element with text content only: nothing from the message is ever parsed as HTML. */
function el(tag: string, text?: string, className?: string): HTMLElement {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The rendered text split at its segment starts; each boundary is a styled edge, not a character. */
function segmentView(facts: TemplateFacts): HTMLElement {
  const view = el('p', undefined, 'segment-text');
  const starts = facts.preview.segmentStarts;
  starts.forEach((start, index) => {
    const part = el('span', facts.rendered.slice(start, starts[index + 1] ?? facts.rendered.length), 'segment');
    part.dataset.segment = String(index + 1);
    part.setAttribute('aria-label', `segment ${index + 1} of ${starts.length}`);
    view.append(part);
  });
  return view;
}

/** A button that applies `edits` (a fix, a suggestion, a replacement) to the message. */
function editButton(text: string, title: string, edits: TextEdit[], className?: string): HTMLButtonElement {
  const button = el('button', title, className) as HTMLButtonElement;
  button.type = 'button';
  button.addEventListener('click', () => edit(applyEdits(text, edits)));
  return button;
}

function describeRange(facts: TemplateFacts): string {
  const preview = `${facts.preview.encoding}, ${plural(facts.preview.segments, 'segment')} (${facts.preview.units} of ${facts.preview.perSegment * facts.preview.segments} ${facts.preview.encoding === 'GSM-7' ? 'septets' : 'UTF-16 units'})`;
  const range = facts.min === facts.max ? '' : `; ${facts.min}–${facts.max} segments over every rendering${facts.exact ? '' : ' (bounded)'}`;
  return preview + range;
}

function render(text: string, settings: PlaygroundSettings, result: PlaygroundResult): void {
  const first = result.templates[0];
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of result.findings) counts[f.severity]++;
  $('summary').textContent =
    (first ? `${describeRange(first)}. ` : 'No template: a catalog needs a "## " heading per template. ') +
    `${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${plural(counts.info, 'info')}.`;

  const segments = $('segments');
  segments.replaceChildren();
  for (const facts of result.templates) {
    const block = el('div', undefined, 'template');
    block.dataset.templateId = facts.id;
    if (settings.format === 'catalog') block.append(el('h4', facts.title || facts.id));
    block.append(el('p', describeRange(facts), 'counts'));
    for (const driver of facts.maxDrivers) block.append(el('p', `Drives the maximum: ${driver.name}: ${driver.detail}`, 'driver'));
    block.append(el('p', `Worst case: ${facts.fit}`, 'fit'));
    if (facts.providerEffect) block.append(el('p', facts.providerEffect, 'driver'));
    segments.append(block);
  }

  const ucs2 = $('ucs2');
  ucs2.replaceChildren();
  for (const facts of result.templates) {
    for (const note of facts.ucs2) {
      const item = el('li');
      item.append(el('code', note.char), ` ${note.name ?? `U+${note.char.codePointAt(0)!.toString(16).toUpperCase()}`} at ${lineColumn(text, note.start)}`);
      if (note.replacement !== null) {
        const title = note.replacement === '' ? 'Delete it' : `Replace with ${note.replacement}`;
        item.append(' ', editButton(text, title, [{ range: { start: note.start, end: note.end }, text: note.replacement }]));
      }
      ucs2.append(item);
    }
  }
  if (!ucs2.firstChild) ucs2.append(el('li', 'None: the text is GSM-7 as written.'));

  const findings = $('findings');
  findings.replaceChildren();
  for (const finding of result.findings) {
    const item = el('li', undefined, `finding ${finding.severity}`);
    item.dataset.ruleId = finding.ruleId;
    item.append(el('span', finding.severity, 'severity'), ' ', el('span', finding.message, 'message'), ' ');
    const where = el('span', `${finding.line}:${finding.column}`, 'where');
    item.append(where, ' ');
    const docs = el('a', finding.ruleId) as HTMLAnchorElement;
    docs.href = finding.docsUrl;
    docs.rel = 'noopener noreferrer';
    item.append(docs);
    const actions = [...(finding.fix ? [{ title: 'Fix', edits: finding.fix }] : []), ...finding.suggestions];
    for (const action of actions) item.append(' ', editButton(text, action.title, action.edits, 'fix'));
    findings.append(item);
  }
  if (!findings.firstChild) findings.append(el('li', 'No findings.'));

  const preview = $('preview');
  preview.replaceChildren();
  for (const facts of result.templates) {
    const bubble = el('div', undefined, 'bubble');
    bubble.append(segmentView(facts));
    preview.append(bubble);
    if (facts.missingSamples.length > 0) {
      const names = facts.missingSamples.join(', ');
      preview.append(el('p', `No value for ${names} (shown empty): add a sample value in the settings.`, 'render-problem'));
    }
    for (const problem of facts.renderProblems) preview.append(el('p', problem, 'render-problem'));
  }
}

function lineColumn(text: string, offset: number): string {
  const before = text.slice(0, offset).split(/\r\n|\r|\n/);
  return `${before.length}:${before[before.length - 1].length + 1}`;
}

let scheduled = false;
function update(): void {
  if (scheduled) return;
  scheduled = true;
  requestAnimationFrame(() => {
    scheduled = false;
    const settings = readSettings();
    const text = message.value;
    render(text, settings, analyze(text, settings));
    history.replaceState(null, '', `#${encodeState({ text, settings })}`);
  });
}

/** Replaces the message after a fix, keeping it undoable where the browser allows. */
function edit(next: string): void {
  message.focus();
  message.select();
  if (!document.execCommand('insertText', false, next)) message.value = next;
  update();
}

const restored = decodeState(location.hash);
if (location.hash && !restored) {
  const notice = $('notice');
  notice.hidden = false;
  notice.textContent = 'The link holds no valid message; starting empty.';
}
writeSettings(restored?.settings ?? DEFAULT_SETTINGS);
message.value = restored?.text ?? '';
for (const control of document.querySelectorAll('input, select, textarea')) {
  control.addEventListener('input', update);
  control.addEventListener('change', update);
}
$('share').addEventListener('click', async () => {
  const status = $('share-status');
  try {
    await navigator.clipboard.writeText(location.href);
    status.textContent = 'Link copied.';
  } catch {
    status.textContent = `Copy this link: ${location.href}`;
  }
});
update();

// For tests and the curious: the same analysis the page draws.
(globalThis as Record<string, unknown>).smslintPlayground = { analyze, applyEdits, encodeState, decodeState };

if ('serviceWorker' in navigator && location.protocol.startsWith('http')) {
  navigator.serviceWorker.register('sw.js').catch(() => undefined);
}
