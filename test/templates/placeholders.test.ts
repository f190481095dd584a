import { describe, expect, it } from 'vitest';
import { parseTemplateFile } from '@smslint/core';
import { placeholderRoots } from './placeholders.js';

const bodyOf = (body: string) => parseTemplateFile(`## T\n\n${body}\n`, 'example.sms.md').templates[0].body.nodes;

describe('placeholderRoots', () => {
  it('finds variables, block parameters and both branches of nested blocks', () => {
    const nodes = bodyOf('Hi {{customer.firstName}}! {{#if tracking}}Track {{{url}}}{{else}}{{#unless late}}Soon {{eta}}{{/unless}}{{/if}}');
    expect([...placeholderRoots(nodes)].sort()).toEqual(['customer', 'eta', 'late', 'tracking', 'url']);
  });

  it('ignores comments and this, and reports partials', () => {
    const nodes = bodyOf('{{! note }}{{#each items}}{{this}}{{/each}}{{> footer}}');
    expect([...placeholderRoots(nodes)].sort()).toEqual(['>footer', 'items']);
  });
});
