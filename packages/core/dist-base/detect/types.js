/**
 * Result types of the text detectors. Every detector is a pure function over a string
 * (normally a template's `body.masked`) and returns matches with UTF-16 offsets into it.
 */
export {};
//# sourceMappingURL=types.js.map