import type { Disclosures } from './types.js';
export declare const FREQUENCY: RegExp;
export declare const RATES: RegExp;
export declare function detectDisclosures(input: string): Disclosures;
//# sourceMappingURL=disclosures.d.ts.map