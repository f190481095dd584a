export declare const schemaData: Record<string, unknown>;
//# sourceMappingURL=schema-data.d.ts.map