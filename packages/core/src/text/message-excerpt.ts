/**
 * Quoted template text inside a message, shortened so the message's first sentence (problem
 * and fix, about 100 characters: what a terminal row and the Problems panel show) stays
 * short however long the quoted text is. The finding's range shows the whole text.
 */
export function excerpt(text: string, max = 32): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
