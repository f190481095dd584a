/**
 * Links: URLs with a scheme, "www." hosts, and scheme-less domains that have a path or a
 * known TLD ("example.com/track"). Emails are not links (see emails.ts). Trailing sentence
 * punctuation is excluded from the match and reported separately.
 */
import { asText, markedRuns } from './scan.js';
import { KNOWN_TLDS, PUBLIC_SHORTENERS } from './shorteners.js';
import { copyMatches, DETECTOR_MEMO_SIZE, TextMemo } from './text-memo.js';
const LEADING = /^[("'<\[{“‘*_]+/;
/** A label glued to a scheme-less link by a colon: "sale:www.acme.co/sale", "Menu:acme.co/m". */
const GLUED_LABEL = /^\p{L}{2,20}:(?=www\.|(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,}(?:[/?#]|$))/u;
const TRAILING = /[.,!?;:'"”’>*_\]}]+$/;
/** Scheme-ish prefix: "https://", also broken forms "https:/", "https//", "http:". */
const SCHEME = /(?:^|[^A-Za-z0-9])((?:https?|ftp|hxxps?|htps?|htp|http)(?::\/\/|:\/|\/\/|:)(?=[^\s/]))/i;
/** Host labels separated by dots; the class excludes '.', so matching is unambiguous. */
const HOST_LIKE = /^(?:[A-Za-z0-9\uFFFC_-]+\.)+([A-Za-z\uFFFC]{2,24}|xn--[a-z0-9-]{1,59})(?=$|[/:?#])/;
const IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}$/;
const memo = new TextMemo(DETECTOR_MEMO_SIZE);
export function detectLinks(input) {
    return copyMatches(findLinks(asText(input)));
}
/** The links in `text`, remembered for the next caller (read-only: shared with it). */
export function findLinks(text) {
    return memo.get(text, () => scanLinks(text));
}
/** "." "/" ":": a run without one cannot hold a link. */
const LINK_MARK = /[./:]/g;
function scanLinks(text) {
    const out = [];
    for (const run of markedRuns(text, LINK_MARK)) {
        const link = linkInRun(run.text);
        if (link && namesAFile(link, text, run.start + link.end))
            continue;
        if (link)
            out.push({ ...link, start: run.start + link.start, end: run.start + link.end, text: text.slice(run.start + link.start, run.start + link.end) });
    }
    return out;
}
/** File-name words: "the Acme.app file", "report.zip attachment". */
const FILE_NOUN = /^[ \t]+(?:file|files|attachment|attachments|document|folder|bundle|installer|icon)\b/i;
/**
 * A bare name followed by a file word is a file name, not a link: several TLDs are also file
 * extensions (.app, .zip, .mov, .md). Names with a scheme, a path or "www." stay links.
 */
function namesAFile(link, text, end) {
    if (link.scheme !== null || link.trailingPunctuation !== '' || /^www\./i.test(link.host))
        return false;
    const body = text.slice(end - (link.end - link.start), end);
    return !/[/?#]/.test(body) && FILE_NOUN.test(text.slice(end, end + 16));
}
/**
 * Cheap prefilter for `linkInRun`: a link needs a scheme (a ":" or "//" with more of the link
 * after it) or a dot in its host, none of which can sit in the run's trailing punctuation. A
 * run with no ".", ":" or "/" before that punctuation holds no link: "today.", "Details:".
 */
export function mayHoldLink(raw) {
    const trailingAt = raw.search(TRAILING);
    const end = trailingAt < 0 ? raw.length : trailingAt;
    for (let i = 0; i < end; i++) {
        const code = raw.charCodeAt(i);
        if (code === 0x2e || code === 0x3a || code === 0x2f)
            return true; // . : /
    }
    return false;
}
function linkInRun(raw) {
    return mayHoldLink(raw) ? parseLinkInRun(raw) : null;
}
/** The link a whitespace run holds, if any (exported for the prefilter test). */
export function parseLinkInRun(raw) {
    let offset = 0;
    let scheme = null;
    let malformed;
    let rest;
    const sm = SCHEME.exec(raw);
    if (sm) {
        offset = sm.index + (sm[0].length - sm[1].length);
        const prefix = sm[1];
        const name = prefix.replace(/[:/]+$/, '').toLowerCase();
        scheme = name;
        if (!/^(?:https?|ftp)$/.test(name))
            malformed = `unknown scheme "${name}"`;
        else if (!prefix.endsWith('://')) {
            // "http:" followed by something other than "//" is only a link when it looks like one.
            if (prefix.endsWith(':') && !/^[A-Za-z0-9\uFFFC-]+\./.test(raw.slice(offset + prefix.length)))
                return null;
            malformed = 'the scheme must be followed by "://"';
        }
        rest = raw.slice(offset + prefix.length);
    }
    else {
        const lead = LEADING.exec(raw) ?? GLUED_LABEL.exec(raw);
        offset = lead ? lead[0].length : 0;
        rest = raw.slice(offset);
        if (rest.includes('@'))
            return null; // an email, or user@host without a scheme
    }
    const schemeLength = sm ? sm[1].length : 0;
    // The link runs to the end of the whitespace run; strip sentence punctuation at its end.
    let body = rest;
    let trailing = '';
    const tm = TRAILING.exec(body);
    if (tm) {
        trailing = tm[0];
        body = body.slice(0, body.length - trailing.length);
    }
    // A ")" closing a parenthesis opened before the link is sentence punctuation too.
    while (body.endsWith(')') && count(body, '(') < count(body, ')')) {
        trailing = ')' + trailing;
        body = body.slice(0, -1);
        const again = TRAILING.exec(body);
        if (again) {
            trailing = again[0] + trailing;
            body = body.slice(0, body.length - again[0].length);
        }
    }
    if (body.length === 0)
        return null;
    // Without a scheme only a dotted host or IPv4 address is a link ("shipped.", "Note:" are not).
    if (!sm && !body.includes('.'))
        return null;
    const hostPart = body.replace(/^[^@/?#]*@/, '');
    const hostEnd = hostPart.search(/[/?#]/);
    const hostPort = hostEnd < 0 ? hostPart : hostPart.slice(0, hostEnd);
    const host = hostPort.replace(/:\d*$/, '').toLowerCase();
    const hasPath = hostEnd >= 0;
    const isIp = IPV4.test(host) || /^\[[0-9a-f:.]+\]$/.test(host);
    const hasPlaceholderHost = host.includes('\uFFFC');
    if (!scheme) {
        const www = /^www\./i.test(body);
        const hm = HOST_LIKE.exec(hostPart);
        if (!hm && !isIp)
            return null;
        if (!www && !isIp) {
            const tld = hm[1];
            const placeholderTld = tld.includes('\uFFFC');
            // A known TLD must be lower case ("order.It" is a typo), unless the whole host is
            // upper case ("ACME.COM").
            const upperHost = hostPort === hostPort.toUpperCase() && /^[A-Z0-9.-]+$/.test(hostPort) && hostPort.split('.').every((l) => l.length >= 2);
            const known = KNOWN_TLDS.has(tld.toLowerCase()) && (tld === tld.toLowerCase() || upperHost);
            // Without a scheme, accept a known lower-case TLD, or any TLD when a path follows.
            if (!known && !(hasPath && /^[a-z\uFFFC]+$/i.test(tld)) && !placeholderTld)
                return null;
            if (!hasPath && !known)
                return null;
            if (/^\d+$/.test(host.split('.')[0]) && !hasPath)
                return null;
        }
    }
    if (!malformed)
        malformed = hostProblem(host, isIp, hasPlaceholderHost);
    const bare = host.replace(/^www\./, '');
    const start = offset;
    const end = offset + schemeLength + body.length;
    const link = {
        text: '',
        start,
        end,
        scheme,
        host,
        isIp,
        hasPlaceholderHost,
        isShortener: PUBLIC_SHORTENERS.has(bare),
        trailingPunctuation: trailing,
    };
    if (malformed)
        link.malformed = malformed;
    return link;
}
function hostProblem(host, isIp, placeholder) {
    if (host.length === 0)
        return 'the link has no host';
    if (isIp)
        return undefined;
    if (host.includes('..'))
        return 'the host has an empty label ("..")';
    if (placeholder && !host.includes('.'))
        return undefined; // "https://{{host}}/x": host comes at runtime
    if (!host.includes('.'))
        return 'the host has no top-level domain';
    if (!/^[a-z0-9\uFFFC._-]+$/.test(host) && !/^xn--/.test(host))
        return 'the host contains characters that are not allowed';
    const labels = host.split('.');
    if (labels.some((l) => l.startsWith('-') || l.endsWith('-')))
        return 'a host label starts or ends with "-"';
    if (labels[labels.length - 1] === '')
        return 'the host ends with "."';
    return undefined;
}
function count(s, ch) {
    let n = 0;
    for (const c of s)
        if (c === ch)
            n++;
    return n;
}
//# sourceMappingURL=links.js.map