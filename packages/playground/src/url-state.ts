import { DEFAULT_SETTINGS, sanitizeSettings, type PlaygroundSettings } from './settings.js';

/**
 * The page's state lives in the URL fragment (`#s=` + base64url of UTF-8 JSON), so a link
 * shares the message and its settings, and nothing is sent to a server: browsers never
 * send the fragment.
 */
export interface PlaygroundState {
  text: string;
  settings: PlaygroundSettings;
}

/** Longest message a link carries; longer text is cut (the page says so). */
export const MAX_SHARED_TEXT = 20_000;

export function encodeState(state: PlaygroundState): string {
  const json = JSON.stringify({ v: 1, text: state.text.slice(0, MAX_SHARED_TEXT), settings: state.settings });
  const bytes = new TextEncoder().encode(json);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return `s=${btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')}`;
}

/** The state in a fragment, or null when it holds none or is not valid (the page then starts empty). */
export function decodeState(fragment: string): PlaygroundState | null {
  const match = /^#?s=([A-Za-z0-9_-]*)$/.exec(fragment);
  if (!match) return null;
  try {
    const binary = atob(match[1].replace(/-/g, '+').replace(/_/g, '/'));
    const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
    const data = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)) as Record<string, unknown>;
    if (typeof data !== 'object' || data === null || typeof data.text !== 'string') return null;
    return { text: data.text.slice(0, MAX_SHARED_TEXT), settings: sanitizeSettings(data.settings ?? DEFAULT_SETTINGS) };
  } catch {
    return null;
  }
}
