import Handlebars from 'handlebars';
import * as yaml from 'yaml';
import { describe, expect, it } from 'vitest';
import { handlebarsLibrary, handlebarsParserLibrary, yamlLibrary } from '../../../packages/core/src/template/lazy-libraries.js';

describe('lazily loaded parsing libraries', () => {
  it('the Handlebars parser module is the one Handlebars.parse and Handlebars.Parser come from', () => {
    expect(handlebarsParserLibrary().parse).toBe(Handlebars.parse);
    expect(handlebarsParserLibrary().parser).toBe((Handlebars as unknown as { Parser: unknown }).Parser);
    expect(handlebarsLibrary().create).toBe(Handlebars.create);
  });

  it('yaml is the same library (CommonJS build) with the parser API used', () => {
    const source = 'a: 1\nb: [x, y]';
    expect(yamlLibrary().parseDocument(source).toJS()).toEqual(yaml.parseDocument(source).toJS());
  });
});
