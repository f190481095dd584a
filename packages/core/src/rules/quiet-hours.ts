import type { Region } from '../template/types.js';
import { ruleDocsUrl } from './docs-url.js';
import { metadataKeyRange, templateAnchor } from './template-location.js';
import type { Rule } from './types.js';

/** Allowed local send hours per region profile, in minutes after midnight. */
export const REGION_WINDOWS: Record<Region, { start: number; end: number; basis: string }> = {
  // TCPA 47 CFR 64.1200(c)(1): no solicitation before 8am or after 9pm recipient local time.
  us: { start: 8 * 60, end: 21 * 60, basis: 'TCPA 47 CFR 64.1200(c)(1)' },
  // Florida, Oklahoma and Maryland: 8am–8pm (sms-facts.md §2).
  'us-strict': { start: 8 * 60, end: 20 * 60, basis: 'FL/OK/MD state rules' },
  // CASL sets no hours; the CRTC telemarketing window starts at 9am, and we end at 9pm
  // to stay inside both it and the US window for cross-border senders.
  ca: { start: 9 * 60, end: 21 * 60, basis: 'CRTC telemarketing hours (conservative)' },
  // PECR sets no hours; 8am–9pm is the common UK/EU industry practice.
  'uk-eu': { start: 8 * 60, end: 21 * 60, basis: 'UK/EU industry practice' },
};

const WINDOW = /^\s*(\d{1,2}):(\d{2})\s*[-–]\s*(\d{1,2}):(\d{2})\s*$/;

/** Parse "HH:MM-HH:MM" into minutes; undefined when malformed or not a same-day window. */
export function parseSendWindow(value: string): { start: number; end: number } | undefined {
  const m = WINDOW.exec(value);
  if (!m) return undefined;
  const [sh, sm, eh, em] = m.slice(1).map(Number);
  if (sm > 59 || em > 59 || sh > 23 || eh > 24 || (eh === 24 && em !== 0)) return undefined;
  const start = sh * 60 + sm;
  const end = eh * 60 + em;
  if (end <= start) return undefined; // crosses midnight or is empty
  return { start, end };
}

const clock = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

export const quietHours: Rule = {
  meta: {
    id: 'quiet-hours',
    description: "Automated and marketing templates must declare a send window inside the region's allowed hours.",
    docsUrl: ruleDocsUrl('quiet-hours'),
    defaultSeverity: { support: 'off', transactional: 'off', marketing: 'error' },
    fixable: false,
  },
  check(template, context) {
    const region: Region = template.metadata.region ?? context.config.region ?? 'us';
    const allowed = REGION_WINDOWS[region] ?? REGION_WINDOWS.us;
    const allowedText = `${clock(allowed.start)}-${clock(allowed.end)}`;
    const declared = template.metadata.sendWindow;
    const written = metadataKeyRange(context.file, template, 'sendWindow');
    const at = written ?? templateAnchor(template);
    if ((declared === undefined || declared === null || declared === '') && written) {
      // Written but dropped by the parser as invalid (reported by parse-error too).
      context.report({
        message: `sendWindow is malformed: write a same-day "HH:MM-HH:MM" window inside ${allowedText} (region ${region}).`,
        range: at,
      });
      return;
    }
    if (declared === undefined || declared === null || declared === '') {
      context.report({
        message: `No sendWindow declared: add \`sendWindow: "${allowedText}"\` (recipient local time). Region ${region}: ${allowed.basis}.`,
        range: templateAnchor(template),
      });
      return;
    }
    const window = typeof declared === 'string' ? parseSendWindow(declared) : undefined;
    if (!window) {
      context.report({
        message: `sendWindow ${JSON.stringify(declared)} is not a same-day "HH:MM-HH:MM" window, e.g. "${allowedText}".`,
        range: at,
      });
      return;
    }
    if (window.start < allowed.start || window.end > allowed.end) {
      context.report({
        message: `sendWindow ${clock(window.start)}-${clock(window.end)} is outside the ${region} limit: keep it within ${allowedText}. Quiet hours: ${allowed.basis}.`,
        range: at,
      });
    }
  },
};
