/**
 * Wordy phrases of support replies with a shorter plain equivalent that is not text speak
 * (plain-language guidance: the US Federal Plain Language Guidelines' "use simple words and
 * phrases" list, plainlanguage.gov). Data, not code: phrase → shorter wording, matched as
 * whole words, case-insensitively; the replacement keeps a leading capital.
 */
export const SHORTER_PHRASES: ReadonlyArray<readonly [string, string]> = [
  ['in order to', 'to'],
  ['due to the fact that', 'because'],
  ['in the event that', 'if'],
  ['at this point in time', 'now'],
  ['at the present time', 'now'],
  ['prior to', 'before'],
  ['in advance of', 'before'],
  ['subsequent to', 'after'],
  ['with regard to', 'about'],
  ['with respect to', 'about'],
  ['in regard to', 'about'],
  ['for the purpose of', 'to'],
  ['in addition to', 'besides'],
  ['a number of', 'some'],
  ['at your earliest convenience', 'soon'],
  ['please be advised that ', ''],
  ['please note that ', ''],
  ['we would like to', "we'd like to"],
  ['do not hesitate to', 'please'],
  ['is able to', 'can'],
  ['are able to', 'can'],
  ['has the ability to', 'can'],
  ['in the near future', 'soon'],
  ['on a daily basis', 'daily'],
  ['in a timely manner', 'promptly'],
  ['at no cost to you', 'free'],
  ['free of charge', 'free'],
  ['until such time as', 'until'],
];
