/**
 * Result types of the text detectors. Every detector is a pure function over a string
 * (normally a template's `body.masked`) and returns matches with UTF-16 offsets into it.
 */
/** One finding in the scanned string: `text === input.slice(start, end)`. */
export interface DetectMatch {
    text: string;
    start: number;
    end: number;
}
export type TextSpeakConfidence = 'always' | 'context';
export interface TextSpeakMatch extends DetectMatch {
    /** Formal replacement, case-adapted to the match ("Pls" → "Please"). */
    expansion: string;
    /** 'context' entries were flagged only because surrounding words confirmed them. */
    confidence: TextSpeakConfidence;
}
export interface TextSpeakOptions {
    /** Tokens never to flag (case-insensitive), e.g. a brand "LOL". */
    allow?: string[];
    /** Extra entries token → expansion (always-confidence, whole tokens). */
    extra?: Record<string, string>;
}
export interface OptOutMatch extends DetectMatch {
    /** The opt-out keyword ("STOP", "ARRET"), or null for a settings/link instruction. */
    keyword: string | null;
}
export interface ExclusiveOptOutMatch extends DetectMatch {
    /** How the text says opting out works, e.g. "calling". */
    method: string;
}
export interface LinkMatch extends DetectMatch {
    /** Lower-case scheme without "://", or null for "example.com/x" / "www.x.com". */
    scheme: string | null;
    /** Host as written, lower-cased (may contain U+FFFC for a placeholder). */
    host: string;
    isIp: boolean;
    hasPlaceholderHost: boolean;
    isShortener: boolean;
    /** Sentence punctuation right after the link, excluded from the match ('' if none). */
    trailingPunctuation: string;
    /** Why the link will not work as sent, if it will not. */
    malformed?: string;
}
export interface EmailMatch extends DetectMatch {
    domain: string;
}
export type PhoneKind = 'toll-free' | 'premium' | 'fictional' | 'short-code' | 'standard';
export interface PhoneMatch extends DetectMatch {
    kind: PhoneKind;
    /** E.164 form when the number parses ("+18005550199"); short codes have none. */
    e164?: string;
}
export interface PhoneOptions {
    /** ISO 3166 region for national numbers (default "US"). */
    region?: string;
}
export interface CallbackOfferMatch extends DetectMatch {
    /** Reply keyword ("YES", "CALL"), or null for "reply to this message to reach us". */
    keyword: string | null;
}
export interface ShoutingOptions {
    /** Brand name: its words are never shouting. */
    brand?: string;
}
export type ShoutingMatch = DetectMatch;
export interface HelpInstructionMatch extends DetectMatch {
    /** "HELP" / "AIDE" / "AYUDA" when a keyword is offered, else null (support contact). */
    keyword: string | null;
}
export type DisclosureKind = 'program' | 'frequency' | 'rates' | 'stop' | 'help';
export interface Disclosures {
    program: DetectMatch | null;
    frequency: DetectMatch | null;
    rates: DetectMatch | null;
    stop: DetectMatch | null;
    help: DetectMatch | null;
    /** Kinds that are present, in the order above. */
    present: DisclosureKind[];
    /** Kinds that are missing, in the order above. */
    missing: DisclosureKind[];
}
export type ShaftCategory = 'sex' | 'hate' | 'alcohol' | 'firearms' | 'tobacco' | 'cannabis' | 'gambling';
export interface ShaftMatch extends DetectMatch {
    category: ShaftCategory;
}
export interface PunctuationMatch extends DetectMatch {
    kind: 'repeated-punctuation' | 'emoji';
}
export interface MarkdownMatch extends DetectMatch {
    kind: 'emphasis' | 'link' | 'list-marker' | 'heading' | 'code' | 'blockquote';
}
export interface LeftoverBracketMatch extends DetectMatch {
    kind: 'square' | 'angle' | 'single-brace' | 'xxx' | 'percent';
}
export interface DetectAllOptions {
    textSpeak?: TextSpeakOptions;
    region?: string;
    brand?: string;
}
/** What `detectAll` returns; `smslint inspect --json` prints it per template. */
export interface Detections {
    textSpeak: TextSpeakMatch[];
    optOut: OptOutMatch[];
    links: LinkMatch[];
    phones: PhoneMatch[];
    callbackOffers: CallbackOfferMatch[];
    shouting: ShoutingMatch[];
}
//# sourceMappingURL=types.d.ts.map