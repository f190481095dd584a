/**
 * The templates of one linted file as matrix entries: which translation group each belongs
 * to (the file path without its locale, the id without a Rails locale key) and in which locale.
 */
import type { ResolvedConfig } from '../config/types.js';
import { localeOf } from '../rules/content-context.js';
import { DEFAULT_MAX_SEGMENTS } from '../rules/segment-budget.js';
import { localeFromPath } from '../template/locale.js';
import { parseTemplateFile } from '../template/template-parser.js';
import type { DialectId, Template, TemplateFile } from '../template/types.js';
import { templateRangeOptions } from '../rules/placeholder-facts.js';
import type { MatrixEntry } from './types.js';

const positive = (n: unknown) => (typeof n === 'number' && Number.isInteger(n) && n > 0 ? n : undefined);

/**
 * A locale string's template keeps the decoded text but file offsets for its nodes; the
 * matrix counts segments on a fresh parse of that text, where offsets are the text's own.
 */
function ownTemplate(file: TemplateFile, template: Template): Template {
  if (!file.source) return template;
  const parsed = parseTemplateFile(template.body.source, `${file.path}#${template.id}.sms`, {
    format: 'single',
    frontMatter: false,
    placeholders: file.source.placeholders as DialectId,
    defaults: template.metadata,
  });
  return parsed.templates[0] ?? template;
}

export function matrixEntries(file: TemplateFile, config: ResolvedConfig, sourceLocale: string): MatrixEntry[] {
  const base = localeFromPath(file.path)?.base ?? file.path;
  return file.templates.map((template) => {
    const locale = localeOf(template, config, file.path) ?? sourceLocale;
    // Rails: `es.sms.welcome` in es.yml is `sms.welcome` in every locale.
    const id = file.source && typeof template.metadata.locale === 'string' && template.id.startsWith(`${template.metadata.locale}.`)
      ? template.id.slice(template.metadata.locale.length + 1)
      : template.id;
    const own = ownTemplate(file, template);
    return {
      file: file.path,
      base,
      id,
      locale,
      range: template.headingRange ?? template.range,
      template: own,
      // The types the rules and the hover infer for undeclared placeholders (issue 12): the
      // matrix counts `Use code %{verification}` with a code's digits, not any 20 characters.
      segmentOptions: templateRangeOptions(own, config),
      maxSegments: positive(template.metadata.maxSegments) ?? positive(config.maxSegments) ?? DEFAULT_MAX_SEGMENTS,
    };
  });
}
