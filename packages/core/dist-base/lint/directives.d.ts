import type { Finding, Fix, RuleReport } from '../rules/types.js';
import type { SmslintComment, Template, TemplateFile } from '../template/types.js';
import type { OffsetRange } from '../text/range.js';
export type DirectiveKind = 'disable' | 'enable' | 'disable-next-line';
export interface Directive {
    kind: DirectiveKind;
    /** Rule ids named, or null for "all rules". */
    ids: string[] | null;
    comment: SmslintComment;
    /** Template holding a handlebars directive (its scope ends with the template). */
    template?: Template;
    /** For disable-next-line: the line it covers. */
    line?: OffsetRange;
    /** Ids ('*' for all) that suppressed at least one finding. */
    used: Set<string>;
}
/** A directive problem to report under unused-disable-directive, with its template for severity. */
export interface DirectiveReport extends RuleReport {
    template?: Template;
}
/** Parse the file's smslint comments into directives; malformed ones become reports. */
export declare function parseDirectives(file: TemplateFile): {
    directives: Directive[];
    problems: DirectiveReport[];
};
/** Drop findings hidden by directives; mark which directive ids were used. */
export declare function applyDirectives(findings: Finding[], directives: Directive[]): Finding[];
/** Edit that removes a comment, with its line when the comment stands alone on it. */
export declare function removeCommentFix(text: string, range: OffsetRange): Fix;
/** Reports for disable directives that hid nothing and for unknown rule ids. */
export declare function directiveReports(file: TemplateFile, directives: Directive[]): DirectiveReport[];
//# sourceMappingURL=directives.d.ts.map