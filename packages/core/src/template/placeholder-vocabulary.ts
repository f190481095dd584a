/**
 * The words placeholder type inference reads (docs/configuration.md, "Type inference").
 * Data only: infer-variable-type.ts applies it. Words are lower case; a name is split into
 * words at case changes, digits, "_", "-", "." and "/" ("Client.LoginLink" → client,
 * login, link).
 */
import { LeadingLookbehind } from '../detect/leading-lookbehind.js';
import type { VariableType } from './types.js';

/**
 * Head words: the last word of a name that is one of these decides its type
 * ("tracking_url" → url, "appointment_date" → date, "amount_due" → money via "amount").
 */
export const HEAD_WORDS: Readonly<Record<string, VariableType>> = {
  // links
  url: 'url', urls: 'url', uri: 'url', link: 'url', links: 'url', href: 'url', website: 'url', weblink: 'url',
  permalink: 'url', hyperlink: 'url', shortlink: 'url', shorturl: 'url', web: 'url', webpage: 'url',
  // phones
  phone: 'phone', phones: 'phone', phonenumber: 'phone', tel: 'phone', telephone: 'phone', mobile: 'phone',
  cell: 'phone', cellphone: 'phone', msisdn: 'phone', hotline: 'phone', helpline: 'phone', whatsapp: 'phone',
  // email
  email: 'email', emails: 'email', mail: 'email', emailaddress: 'email',
  // one-time codes
  otp: 'digits', pin: 'digits', passcode: 'digits', totp: 'digits', code: 'digits', codes: 'digits',
  // identifiers (letters and digits, never a phone number)
  id: 'id', ids: 'id', ref: 'id', reference: 'id', confirmation: 'id', sku: 'id', invoice: 'id',
  awb: 'id', barcode: 'id', domain: 'id', hostname: 'id', username: 'id', login: 'id', handle: 'id', token: 'id', voucher: 'id', coupon: 'id',
  // quantities
  count: 'number', quantity: 'number', qty: 'number', points: 'number', days: 'number', hours: 'number',
  minutes: 'number', percent: 'number', percentage: 'number', age: 'number', items: 'number', seats: 'number',
  attempts: 'number', remaining: 'number', score: 'number', size: 'number', weight: 'number',
  // money
  amount: 'money', price: 'money', total: 'money', balance: 'money', cost: 'money', fee: 'money',
  fees: 'money', payment: 'money', refund: 'money', charge: 'money', subtotal: 'money', salary: 'money',
  // dates and times
  date: 'date', day: 'date', dob: 'date', birthday: 'date', deadline: 'date', expiry: 'date', expires: 'date',
  expiration: 'date', datetime: 'date', weekday: 'date', month: 'date',
  time: 'time', hour: 'time', timeslot: 'time', slot: 'time', eta: 'time', starttime: 'time', endtime: 'time',
  // people and organisations
  name: 'name', names: 'name', firstname: 'name', lastname: 'name', fullname: 'name', surname: 'name',
  nickname: 'name', company: 'name', brand: 'name', business: 'name', merchant: 'name', agent: 'name',
  doctor: 'name', patient: 'name', customer: 'name', user: 'name', recipient: 'name', sender: 'name',
  store: 'name', shop: 'name', clinic: 'name', school: 'name', teacher: 'name', student: 'name',
  // free text
  message: 'text', msg: 'text', address: 'text', reason: 'text', description: 'text', note: 'text',
  notes: 'text', comment: 'text', title: 'text', subject: 'text', location: 'text', city: 'text',
  street: 'text', venue: 'text', course: 'text', product: 'text', status: 'text', body: 'text',
};

/**
 * "number", "no", "num" and "#" say little alone: the word before decides. A phone number
 * when it names a way to reach someone ("contact_number", "customer_care_number"); any other
 * "…_number" ("order_number", "tracking_number", "account_number") is an identifier.
 */
export const NUMBER_WORDS: ReadonlySet<string> = new Set(['number', 'numbers', 'no', 'num', 'nr', 'nbr']);
export const PHONE_QUALIFIERS: ReadonlySet<string> = new Set([
  'phone', 'contact', 'care', 'support', 'help', 'helpdesk', 'service', 'callback', 'call', 'mobile', 'cell',
  'office', 'hotline', 'tollfree', 'toll', 'free', 'fax', 'landline', 'telephone', 'tel', 'whatsapp', 'sms',
  'text', 'reply', 'emergency', 'dispatch', 'desk', 'reception',
]);

/** "…_code" is a one-time code unless it is one of these identifiers ("confirmation_code", "promo_code"). */
export const CODE_ID_QUALIFIERS: ReadonlySet<string> = new Set([
  'confirmation', 'promo', 'promotion', 'coupon', 'discount', 'voucher', 'gift', 'zip', 'postal', 'post',
  'country', 'area', 'reference', 'ref', 'booking', 'referral', 'invite', 'invitation', 'tracking', 'order',
  'product', 'course', 'class', 'room', 'error', 'status', 'qr', 'bar', 'access', 'group', 'sort', 'swift', 'iban',
]);

/** Words before a head that change it: "name" of a link ("link_name", "url_title") is text. */
export const TEXT_HEADS_AFTER_CONTACT: ReadonlySet<string> = new Set(['name', 'title', 'text', 'label']);

/**
 * Suffixes that name a type inside one lower-case word: "trackingurl", "verifylink",
 * "supportphone", "useremail". Checked longest first; the part before must be 2+ letters.
 */
export const WORD_SUFFIXES: ReadonlyArray<readonly [string, VariableType]> = [
  ['phonenumber', 'phone'],
  ['url', 'url'],
  ['link', 'url'],
  ['phone', 'phone'],
  ['email', 'email'],
  ['otp', 'digits'],
  ['date', 'date'],
  ['name', 'name'],
];

/** Helpers whose output has a known type ("{{formatDate appointment "MMM D"}}"). */
export const HELPER_TYPES: Readonly<Record<string, VariableType>> = {
  formatdate: 'date', date: 'date', dateformat: 'date', moment: 'date', formattime: 'time', time: 'time',
  formatcurrency: 'money', currency: 'money', money: 'money', formatmoney: 'money', formatprice: 'money',
  formatnumber: 'number', number: 'number', formatphone: 'phone', phone: 'phone', link: 'url', url: 'url',
  shorturl: 'url', shortlink: 'url',
};

/**
 * Words right before a placeholder that say what it is (lower case, spaces between words;
 * matched at the end of the text before it, up to an optional "us", "at", "on", "to" or ":").
 * "at" alone says nothing: "{{firstName}}" in "see you at {{firstName}}'s" is not a link.
 */
export const CONTEXT_BEFORE: ReadonlyArray<readonly [string, VariableType]> = [
  ['call', 'phone'],
  ['call us', 'phone'],
  ['ring', 'phone'],
  ['dial', 'phone'],
  ['phone', 'phone'],
  ['tel', 'phone'],
  ['text', 'phone'],
  ['text us', 'phone'],
  ['reply to', 'phone'],
  ['whatsapp', 'phone'],
  ['sms', 'phone'],
  ['email', 'email'],
  ['email us', 'email'],
  ['e-mail', 'email'],
  ['write to', 'email'],
  ['visit', 'url'],
  ['go to', 'url'],
  ['click', 'url'],
  ['tap', 'url'],
  ['open', 'url'],
  ['follow', 'url'],
  ['here', 'url'],
  ['link', 'url'],
  ['code', 'digits'],
  ['pin', 'digits'],
  ['otp', 'digits'],
  ['passcode', 'digits'],
];

/** Filler allowed between a context word and the placeholder: "call us at", "visit:", "text us on". */
export const CONTEXT_FILLER = ['us', 'at', 'on', 'to', 'is', 'here', 'via', 'this link', 'the link', 'our website', 'our site'];

/**
 * Words right after a placeholder that say what it is: "{{x}} is your verification code"
 * (the usual shape of one-time code messages). `*` stands for up to three words
 * ("is your Nextcloud authentication code"). Matched at the start of the text after it.
 */
export const CONTEXT_AFTER: ReadonlyArray<readonly [string, VariableType]> = [
  ['is your * code', 'digits'],
  ['is your * pin', 'digits'],
  ['is your * otp', 'digits'],
  ['is your * passcode', 'digits'],
  ['is your * one-time password', 'digits'],
];

/**
 * Words around a phone placeholder that make it the recipient's own number, not a way to
 * reach the company: "Sent to {{phone}}", "We texted {{phone}}", "we'll call you at
 * {{phone}}", "your number {{phone}}", "Username: {{Phone_Number}}", "{{phone}} is on
 * file". `*` stands for up to three words ("sent a code to"). "Call us at {{phone}}" says
 * nothing of the kind and still counts as a contact.
 */
export const RECIPIENT_PHONE_BEFORE: readonly string[] = [
  'sent to', 'sent * to', 'texted', 'texted * at', 'texted * to', 'text you at', 'text you on', 'call you at', 'call you on',
  'reach you at', 'reach you on', 'contact you at', 'contact you on', 'delivered to', 'your number', 'your phone',
  'your phone number', 'your mobile', 'your mobile number', 'your cell', 'your cell number', 'your number is',
  'your phone number is', 'your mobile number is', 'username', 'user name', 'login', 'changed to', 'updated to',
];
export const RECIPIENT_PHONE_AFTER: readonly string[] = [
  'is on file', 'on file', 'has been verified', 'has been registered', 'has been added', 'has been updated',
  'is registered', 'is verified', 'is correct', 'is associated',
];

/**
 * Placeholder words that name a one-time code on their own: a bare `{{otp}}` or `{{pin}}`
 * makes a one-time message ("otp", "otpNumber", "mfa_code").
 */
export const ONE_TIME_CODE_NAMES: ReadonlySet<string> = new Set(['otp', 'pin', 'passcode', 'totp', 'mfa', 'tfa']);

/**
 * Placeholder words that name a one-time code only in a message worded as one ("Your
 * verification code is {{token}}", "Use code %{verification} to sign in"): alone, `{{code}}`
 * may be a promo code and `{{token}}` an API token. Real names: `code`, `verification_code`
 * (Canvas, Logto, vita-min), `token` (django-two-factor-auth, Apache Fineract), `verify_code`
 * (GOV.UK Notify).
 */
export const ONE_TIME_CODE_WORDED_NAMES: ReadonlySet<string> = new Set(['code', 'codes', 'token', 'verification', 'verify', 'auth']);

/**
 * Wording of a one-time code message: "verification code", "one-time password", "2FA", "do
 * not share this code", and the same in the languages smslint reads (fr "pour vous
 * connecter", es "código de verificación", pt "para entrar", de "um sich einzuloggen").
 * Asked of every support and transactional body, so scanned without its leading lookbehind
 * (leading-lookbehind.ts: about 2× cheaper on the CLI bench corpus).
 */
export const ONE_TIME_WORDING = new LeadingLookbehind(
  String.raw`(?<![\p{L}\p{N}])`,
  String.raw`(?:(?:verification|verify|security|login|log-in|sign-in|signin|access|authentication|auth|confirmation|recovery|registration|activation|reset|invitation|one[- ]time|2fa|mfa|otp)[ \t]+(?:code|pin|password|passcode|token)|one[- ]time[ \t]+(?:password|passcode|pin)|passcode|otp|2fa|two[- ]factor|do[ \t]+not[ \t]+(?:share|disclose)|don['’]t[ \t]+(?:share|disclose)|never[ \t]+share|to[ \t]+verify|to[ \t]+sign[ \t]+in|to[ \t]+log[ \t]?in|code[ \t]+(?:de[ \t]+(?:vérification|confirmation|sécurité|connexion)|d['’](?:accès|authentification)|à[ \t]+usage[ \t]+unique)|pour[ \t]+vous[ \t]+connecter|ne[ \t]+(?:le[ \t]+)?partagez|código[ \t]+de[ \t]+(?:verificación|verificação|seguridad|segurança|acceso|acesso)|para[ \t]+(?:iniciar[ \t]+sesión|entrar|acceder)|no[ \t]+(?:lo[ \t]+)?compartas?|(?:bestätigungs|verifizierungs|sicherheits|anmelde|einmal)code|einzuloggen|anzumelden)(?![\p{L}\p{N}])`,
  'iu',
);

/** Words of a link placeholder that leads out of the program ("unsubscribeUrl", "optOutLink", "preferences_link"). */
export const OPT_OUT_LINK_WORDS: ReadonlySet<string> = new Set(['unsubscribe', 'unsub', 'optout', 'preferences', 'preference', 'subscription', 'subscriptions', 'stop']);
