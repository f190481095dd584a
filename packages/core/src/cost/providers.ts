/**
 * Provider profiles: what a sending provider does to a rendered message before it is
 * counted and billed, and the limits it states. `generic` is 3GPP TS 23.038 / 23.040 only;
 * `twilio` applies Smart Encoding (docs/cost.md cites each behaviour).
 */
import { TWILIO_SMART_ENCODING } from './twilio-smart-encoding.js';

export type ProviderId = 'generic' | 'twilio';

export const PROVIDER_IDS: readonly ProviderId[] = ['generic', 'twilio'];

export interface ProviderProfile {
  id: ProviderId;
  /** Shown in messages, e.g. "Twilio Smart Encoding". */
  label: string;
  /** The text the provider sends for a rendered text (undefined: sent as is). */
  sendText?: (text: string) => string;
  /** Segments the provider recommends at most. */
  maxSegments: number;
  /** Characters the provider accepts at most in one body (undefined: no stated limit). */
  maxCharacters?: number;
  /** Where each behaviour is documented. */
  sources: readonly string[];
}

/** Replaces every character Smart Encoding lists; a message keeps anything else as is. */
export function twilioSmartEncode(text: string): string {
  let out = '';
  let changed = false;
  for (const char of text) {
    const replacement = TWILIO_SMART_ENCODING.get(char);
    if (replacement === undefined) out += char;
    else {
      out += replacement;
      changed = true;
    }
  }
  return changed ? out : text;
}

export const PROVIDERS: Readonly<Record<ProviderId, ProviderProfile>> = {
  generic: {
    id: 'generic',
    label: '3GPP',
    // TS 23.040: the concatenation reference numbers at most 255 parts.
    maxSegments: 255,
    sources: ['3GPP TS 23.038 (alphabets), 3GPP TS 23.040 §9.2.3.24.1 (concatenation, 255 parts)'],
  },
  twilio: {
    id: 'twilio',
    label: 'Twilio Smart Encoding',
    sendText: twilioSmartEncode,
    maxSegments: 10,
    maxCharacters: 1600,
    sources: [
      'https://www.twilio.com/docs/messaging/services/smart-encoding-char-list (characters replaced)',
      'https://www.twilio.com/docs/glossary/what-sms-character-limit (1,600 characters at most per body, i.e. 10 GSM-7 segments)',
      'https://www.twilio.com/docs/api/errors/21617 (error 21617: body over 1,600 characters)',
    ],
  },
};

export function providerProfile(id: string | undefined): ProviderProfile {
  return id === 'twilio' ? PROVIDERS.twilio : PROVIDERS.generic;
}
