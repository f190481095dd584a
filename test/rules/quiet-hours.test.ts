import { describe, expect, it } from 'vitest';
import { parseSendWindow } from '@smslint/core';
import { findingsOf, spans } from './helpers.js';

const rule = 'quiet-hours';
const sale = (meta: string, front = '') => `${front}## Sale\n<!-- smslint: kind=marketing ${meta} -->\nAcme: 20% off. Reply STOP to opt out.\n`;

describe('quiet-hours', () => {
  it('reports a marketing template without a window, at its heading', () => {
    const text = sale('');
    const [finding] = findingsOf(rule, text);
    expect(spans(text, [finding])).toEqual(['## Sale']);
    expect(finding.message).toMatch(/sendWindow: "08:00-21:00"/);
  });

  it('checks the window against the region: metadata > config > us', () => {
    expect(findingsOf(rule, sale('sendWindow=08:00-21:00'))).toEqual([]);
    expect(findingsOf(rule, sale('sendWindow=08:00-21:00 region=us-strict'))).toHaveLength(1);
    expect(findingsOf(rule, sale('sendWindow=08:00-21:00'), { config: { sources: [], region: 'ca' } })).toHaveLength(1);
    expect(findingsOf(rule, sale('sendWindow=09:00-21:00'), { config: { sources: [], region: 'ca' } })).toEqual([]);
    expect(findingsOf(rule, sale('sendWindow=08:00-21:00'), { config: { sources: [], region: 'uk-eu' } })).toEqual([]);
  });

  it('points at the sendWindow entry when it is out of hours or malformed', () => {
    const late = sale('sendWindow=10:00-22:30');
    expect(spans(late, findingsOf(rule, late))).toEqual(['sendWindow=10:00-22:30']);
    const overnight = sale('sendWindow=22:00-06:00');
    expect(findingsOf(rule, overnight)[0].message).toMatch(/not a same-day/);
    const garbage = sale('sendWindow=evenings');
    const found = findingsOf(rule, garbage);
    expect(found).toHaveLength(1);
    expect(spans(garbage, found)).toEqual(['sendWindow=evenings']);
  });

  it('reads a window from YAML front matter', () => {
    const text = '---\nkind: marketing\nsendWindow: "09:00-20:00"\n---\n## Sale\nAcme: 20% off. Reply STOP to opt out.\n';
    expect(findingsOf(rule, text)).toEqual([]);
  });

  it('traps: support and transactional templates (OTP, fraud alerts) are not checked by default', () => {
    expect(findingsOf(rule, '## Code\n<!-- smslint: kind=transactional -->\nYour code is 123456.\n')).toEqual([]);
    expect(findingsOf(rule, '## Reply\nThanks, we are on it.\n')).toEqual([]);
  });

  it('parseSendWindow', () => {
    expect(parseSendWindow('09:00-20:00')).toEqual({ start: 540, end: 1200 });
    expect(parseSendWindow('00:00-24:00')).toEqual({ start: 0, end: 1440 });
    for (const bad of ['9-20', '25:00-26:00', '10:00-09:00', '10:60-11:00', '']) expect(parseSendWindow(bad)).toBeUndefined();
  });
});
