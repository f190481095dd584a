/** All the detectors `smslint inspect --json` shows, run over one (masked) body. */
import { detectCallbackOffers } from './callback-offers.js';
import { detectLinks } from './links.js';
import { detectOptOut } from './opt-out.js';
import { detectPhones } from './phones.js';
import { detectShouting } from './shouting.js';
import { detectTextSpeak } from './text-speak.js';
export function detectAll(text, detectOptions) {
    const options = detectOptions ?? {};
    const phoneOptions = options.region !== undefined ? { region: options.region } : {};
    const shoutingOptions = options.brand !== undefined ? { brand: options.brand } : {};
    return {
        textSpeak: detectTextSpeak(text, options.textSpeak),
        optOut: detectOptOut(text),
        links: detectLinks(text),
        phones: detectPhones(text, phoneOptions),
        callbackOffers: detectCallbackOffers(text),
        shouting: detectShouting(text, shoutingOptions),
    };
}
//# sourceMappingURL=detect-all.js.map