export * from './range.js';
export * from './line-index.js';
//# sourceMappingURL=index.d.ts.map