/**
 * HTML for the preview webview. Pure: every piece of message text goes through
 * `escapeHtml`, and the page runs under a strict Content Security Policy (no inline
 * handlers, only the nonce'd script, `default-src 'none'`).
 */
import type { PreviewModel, PreviewRun } from './preview-model.js';

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function runHtml(run: PreviewRun): string {
  if (run.kind === 'text') return escapeHtml(run.text);
  const title = escapeHtml(run.title ?? '');
  if (run.label !== undefined) {
    // Invisible characters get a visible label, but keep the real character for copy.
    return `<mark class="ucs2 invisible" title="${title}" data-label="${escapeHtml(run.label)}">${escapeHtml(run.text)}</mark>`;
  }
  return `<mark class="ucs2" title="${title}">${escapeHtml(run.text)}</mark>`;
}

/** The part of the page that changes as the user types (sent to the webview on update). */
export function previewBodyHtml(model: PreviewModel): string {
  const segments = model.segments
    .map((segment) => {
      const full = segment.units > segment.capacity ? ' over' : '';
      return (
        `<li class="segment" data-segment="${segment.index}">` +
        `<div class="segment-label"><span>Segment ${segment.index}</span>` +
        `<span class="segment-count${full}">${segment.units}/${segment.capacity}</span></div>` +
        `<div class="segment-text">${segment.runs.map(runHtml).join('')}</div></li>`
      );
    })
    .join('');
  const notes: string[] = model.renderProblems.map((problem) => `<p class="note warning">${escapeHtml(problem)}</p>`);
  if (model.rangeNote) notes.push(`<p class="note">${escapeHtml(model.rangeNote)}</p>`);
  if (model.maxDrivers.length > 0) {
    const items = model.maxDrivers.map((driver) => `<li>${escapeHtml(driver)}</li>`).join('');
    notes.push(`<div class="note">Maximum driven by:<ul class="drivers">${items}</ul></div>`);
  }
  if (model.overBudget) notes.push(`<p class="note warning">${escapeHtml(model.overBudget)}</p>`);
  if (model.cost) notes.push(`<p class="note cost">${escapeHtml(model.cost)}</p>`);
  if (model.fit) notes.push(`<p class="note fit">${escapeHtml(model.fit)}</p>`);
  return (
    `<header><h1>${escapeHtml(model.templateId)}</h1>` +
    `<p class="summary${model.overBudget ? ' warning' : ''}" data-encoding="${escapeHtml(model.encoding)}">${escapeHtml(model.summary)}</p>` +
    `<p class="source">Variables from ${escapeHtml(model.dataSource)}</p></header>` +
    `<div class="phone"><ol class="bubble">${segments}</ol></div>` +
    notes.join('')
  );
}

/** A message for when there is nothing to preview (cursor outside any template, …). */
export function emptyBodyHtml(message: string): string {
  return `<p class="empty">${escapeHtml(message)}</p>`;
}

export interface PreviewDocumentOptions {
  /** `webview.cspSource`. */
  cspSource: string;
  /** A fresh random nonce per page load. */
  nonce: string;
  styleUri: string;
  scriptUri: string;
  bodyHtml: string;
}

export function previewDocumentHtml(options: PreviewDocumentOptions): string {
  const csp = [
    "default-src 'none'",
    `style-src ${options.cspSource}`,
    `script-src 'nonce-${options.nonce}'`,
    `font-src ${options.cspSource}`,
  ].join('; ');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${escapeHtml(options.styleUri)}">
<title>SMS preview</title>
</head>
<body>
<main id="preview">${options.bodyHtml}</main>
<script nonce="${escapeHtml(options.nonce)}" src="${escapeHtml(options.scriptUri)}"></script>
</body>
</html>`;
}
