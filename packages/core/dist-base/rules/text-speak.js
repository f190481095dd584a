import { detectTextSpeak } from '../detect/index.js';
import { documentRange } from './content-context.js';
import { ruleDocsUrl } from './docs-url.js';
/** `textSpeak` from the config, keeping only well-formed entries. */
function textSpeakOptions(config) {
    const options = {};
    const { allow, extra } = config.textSpeak ?? {};
    if (Array.isArray(allow))
        options.allow = allow.filter((a) => typeof a === 'string');
    if (extra && typeof extra === 'object' && !Array.isArray(extra)) {
        options.extra = Object.fromEntries(Object.entries(extra).filter((e) => typeof e[1] === 'string'));
    }
    return options;
}
/**
 * Informal abbreviations ("pls", "u", "thx") read as unprofessional in customer replies
 * (sms-facts.md §3). Entries that are always text speak get a fix; entries flagged only
 * because neighbouring words confirm them ("we r sorry") get a suggestion instead.
 */
export const textSpeak = {
    meta: {
        id: 'text-speak',
        description: 'Informal abbreviations ("pls", "u", "thx") that read as unprofessional.',
        docsUrl: ruleDocsUrl('text-speak'),
        defaultSeverity: { support: 'warning', transactional: 'warning', marketing: 'warning' },
        fixable: true,
        hasSuggestions: true,
    },
    check(template, context) {
        for (const match of detectTextSpeak(template.body.masked, textSpeakOptions(context.config))) {
            const range = documentRange(template, match);
            const edit = { edits: [{ range, text: match.expansion }] };
            const message = `"${match.text}" is text speak: write "${match.expansion}".`;
            if (match.confidence === 'always')
                context.report({ message, range, fix: edit });
            else
                context.report({ message, range, suggestions: [{ title: `Replace with "${match.expansion}"`, fix: edit }] });
        }
    },
};
//# sourceMappingURL=text-speak.js.map