/**
 * Characters Twilio Smart Encoding replaces before sending, with what it sends instead.
 * Source: Twilio, "List of characters replaced by Smart Encoding"
 * (https://www.twilio.com/docs/messaging/services/smart-encoding-char-list), the table the
 * Twilio Message Segment Calculator also uses (TwilioDevEd/message-segment-calculator,
 * src/libs/SmartEncodingMap.ts @ 06deb348cbd65a386217300a423f98650ddef2d8). Kept to the
 * quote, apostrophe, dash, space, slash and invisible characters that show up in templates;
 * emoji and letters outside GSM-7 are never replaced (sms-facts.md §6).
 *
 * Data, not code: each row is `replacement` followed by the code points replaced by it.
 */
const ROWS: ReadonlyArray<readonly [string, ...number[]]> = [
  ['"', 0x00ab, 0x00bb, 0x201c, 0x201d, 0x02ba, 0x02ee, 0x201f, 0x275d, 0x275e, 0x301d, 0x301e, 0xff02, 0x201e],
  ["'", 0x2018, 0x2019, 0x02bb, 0x02c8, 0x02bc, 0x02bd, 0x02b9, 0x201b, 0xff07, 0x00b4, 0x02ca, 0x0060, 0x02cb, 0x275b, 0x275c, 0xfe10, 0xfe11],
  ['-', 0x2010, 0x2013, 0x2014, 0x2015, 0x2043, 0xfe63, 0xff0d, 0x2022],
  [' ', 0x00a0, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x202f, 0x205f, 0x3000, 0x2028, 0x2029],
  ['', 0x200b, 0x2060, 0xfeff],
  ['...', 0x2026],
  ['/', 0x00f7, 0x2044, 0x2215, 0xff0f],
  ['1/4', 0x00bc],
  ['1/2', 0x00bd],
  ['3/4', 0x00be],
  [',', 0x201a, 0x3001, 0xff0c],
  ['.', 0x3002, 0xff0e],
  ['!', 0xff01],
  ['!!', 0x203c],
  ['?', 0xff1f],
  [':', 0xff1a],
  [';', 0xff1b],
];

export const TWILIO_SMART_ENCODING: ReadonlyMap<string, string> = new Map(
  ROWS.flatMap(([replacement, ...codePoints]) => codePoints.map((codePoint) => [String.fromCodePoint(codePoint), replacement] as const)),
);
