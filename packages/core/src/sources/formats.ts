import { jsonSourceFormat } from './json-source-format.js';
import { poSourceFormat } from './po-source-format.js';
import type { SourceFormat, SourceFormatId } from './types.js';
import { yamlSourceFormat } from './yaml-source-format.js';

/** The source formats by id (adding one: a module implementing SourceFormat, one line here). */
export const SOURCE_FORMATS: Record<SourceFormatId, SourceFormat> = {
  json: jsonSourceFormat,
  yaml: yamlSourceFormat,
  po: poSourceFormat,
};
