/**
 * What each placeholder of a template is: its declared or inferred type (and where the type
 * came from), its resolved spec, and the placeholders that are links, phone numbers or email
 * addresses. Computed once per template and config and shared by the rules, `inspect` and
 * the language server, so they all see the same facts.
 */
import type { ResolvedConfig } from '../config/types.js';
import type { SegmentRangeOptions, Template, VariableType } from '../template/types.js';
import { type ResolvedVariable } from '../template/variable-values.js';
import type { OffsetRange } from '../text/range.js';
/** Where a placeholder's type comes from. */
export type TypeSource = 'declared' | 'name' | 'context' | 'sample';
export interface PlaceholderFact {
    /** Path or helper call as written ("Client.LoginLink", "formatDate when 'MMM D'"). */
    name: string;
    /** The whole mustache in the document. */
    range: OffsetRange;
    /** false for triple-stash `{{{x}}}`. */
    escaped: boolean;
    /** Inside `{{#each}}`/`{{#with}}`: relative to an item. */
    scoped: boolean;
    /** Declared in the template's metadata, the front matter or the config. */
    declared: boolean;
    /** Declared type, else the inferred one; undefined when nothing says. */
    type?: VariableType;
    source?: TypeSource;
    /** The spec counts use: declaration over type defaults over the default spec. */
    spec: ResolvedVariable;
    /** Values never leave GSM-7 (charset gsm, digits or ascii). */
    gsmSafe: boolean;
    /** Part of a link written around it ("https://{{host}}/x", "{{url}}/path"). */
    inLink: boolean;
    /** The sample its declaration gives (not a type default): checked like literal text. */
    declaredSample?: string;
}
/** A link, phone number or email address that is (or holds) a placeholder; document offsets. */
export interface PlaceholderContact {
    /** As written in the document, e.g. "{{url}}/help". */
    text: string;
    start: number;
    end: number;
    placeholder: string;
    via: TypeSource;
}
export interface PlaceholderFacts {
    placeholders: PlaceholderFact[];
    links: PlaceholderContact[];
    phones: PlaceholderContact[];
    emails: PlaceholderContact[];
    /** Link placeholders that lead out of the program ("{{unsubscribeUrl}}"): opt-out wording. */
    optOutLinks: PlaceholderContact[];
    /** Type per placeholder name for counts (`SegmentRangeOptions.inferredTypes`). */
    inferredTypes: Record<string, VariableType>;
}
/** The placeholder facts of a template under a config (memoised per template object and config). */
export declare function placeholderFacts(template: Template, config: ResolvedConfig): PlaceholderFacts;
/** Segment-range options of a template: the config's counting options and the inferred types. */
export declare function templateRangeOptions(template: Template, config: ResolvedConfig): SegmentRangeOptions;
//# sourceMappingURL=placeholder-facts.d.ts.map