/**
 * The config JSON schema shipped at packages/core/schema/smslint.config.schema.json,
 * through a generated TypeScript mirror (schema-data.ts) so bundled builds (the VS Code
 * extension) need no file read at runtime. A test keeps the two identical.
 */
export declare const configSchema: Record<string, unknown>;
/** Path of the schema inside the package (for `$schema` in user configs). */
export declare const configSchemaPath = "@smslint/core/schema/smslint.config.schema.json";
//# sourceMappingURL=schema.d.ts.map