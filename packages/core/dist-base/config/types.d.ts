import type { Region, TemplateKind, VariableSpec } from '../template/types.js';
import type { OffsetRange } from '../text/range.js';
export type SeverityName = 'off' | 'info' | 'warn' | 'error';
export type RuleSetting = SeverityName | [SeverityName, Record<string, unknown>];
/** `smslint.config.json` / `.smslintrc.json` as written (validated against the JSON schema). */
export interface SmslintConfig {
    $schema?: string;
    /** Stop merging parent folders' configs here. */
    root?: boolean;
    rules?: Record<string, RuleSetting>;
    kind?: TemplateKind;
    region?: Region;
    brand?: string;
    /** Text appended by the opt-out quick fix, e.g. "Reply STOP to opt out." */
    optOutText?: string;
    /** Text appended by the multichannel-redirect quick fix. */
    redirectText?: string;
    maxSegments?: number;
    shiftTables?: string[];
    graphemes?: 'keep' | 'split';
    variables?: Record<string, VariableSpec>;
    textSpeak?: {
        allow?: string[];
        extra?: Record<string, string>;
    };
    ignore?: string[];
}
/** A config after discovery and merging, ready for linting. */
export interface ResolvedConfig extends SmslintConfig {
    /** Config files merged into this one, nearest first. */
    sources: string[];
}
/** An invalid config: a located, human message. Never thrown at callers of the lint API. */
export interface ConfigError {
    file: string;
    message: string;
    /** Where in the config file, when known. */
    range?: OffsetRange;
    /** JSON pointer of the bad value, e.g. "/rules/text-speak". */
    pointer?: string;
}
//# sourceMappingURL=types.d.ts.map