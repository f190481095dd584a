export * from './range.js';
export * from './line-index.js';
//# sourceMappingURL=index.js.map