import { readFileSync } from 'node:fs';

/**
 * The config JSON schema shipped at packages/core/schema/smslint.config.schema.json.
 * Read at runtime relative to this module (src/config or dist/config: both are two
 * folders below the package root), so the schema file stays the single source.
 */
export const configSchema: Record<string, unknown> = JSON.parse(
  readFileSync(new URL('../../schema/smslint.config.schema.json', import.meta.url), 'utf8'),
) as Record<string, unknown>;

/** Path of the schema inside the package (for `$schema` in user configs). */
export const configSchemaPath = '@smslint/core/schema/smslint.config.schema.json';
