/** Public URL shorteners filtered by US carriers (sms-facts.md §2, CTIA §5.3.2). */
export const PUBLIC_SHORTENERS = new Set([
    'bit.ly', 'bitly.com', 'tinyurl.com', 'goo.gl', 'ow.ly', 't.co', 'is.gd', 'buff.ly',
    'rebrand.ly', 'cutt.ly', 't.ly', 'shorturl.at', 'rb.gy', 'tiny.cc', 'v.gd', 'bl.ink',
    'short.io', 'shorte.st', 'adf.ly', 'lnkd.in', 'soo.gd', 's.id', 'clck.ru', 'qr.net',
    'tr.im', 'x.co', 'mcaf.ee', 'su.pr', 'db.tt', 'bit.do', 'po.st', 'u.to', 'urlz.fr',
    'shorturl.com', 'tinu.be', 'kutt.it', 'lc.chat', 'surl.li', 'shorturl.gg',
]);
/** TLDs accepted for scheme-less domains without a path ("example.com"). */
export const KNOWN_TLDS = new Set([
    'com', 'org', 'net', 'edu', 'gov', 'mil', 'int', 'io', 'co', 'us', 'ca', 'uk', 'info',
    'biz', 'me', 'ly', 'gl', 'gd', 'app', 'dev', 'shop', 'store', 'online', 'site', 'link',
    'xyz', 'fr', 'es', 'mx', 'de', 'nl', 'eu', 'au', 'nz', 'ie', 'br',
    'ai', 'tv', 'cc', 'page', 'health', 'bank', 'finance', 'help', 'support', 'tech',
    'cloud', 'live', 'news', 'club', 'pro', 'care', 'delivery', 'express', 'pay',
    'ch', 'se', 'dk', 'fi', 'pl', 'pt', 'jp', 'cn', 'kr', 'sg', 'hk',
    'za', 'ar', 'cl', 'pe', 'ws', 'gg', 'ru', 'sh', 'cx', 'qc', 'quebec', 'im', 'fm',
    'world', 'global', 'services', 'solutions', 'travel',
]);
//# sourceMappingURL=shorteners.js.map