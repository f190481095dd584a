/** Public URL shorteners filtered by US carriers (sms-facts.md §2, CTIA §5.3.2). */
export declare const PUBLIC_SHORTENERS: ReadonlySet<string>;
/** TLDs accepted for scheme-less domains without a path ("example.com"). */
export declare const KNOWN_TLDS: ReadonlySet<string>;
//# sourceMappingURL=shorteners.d.ts.map