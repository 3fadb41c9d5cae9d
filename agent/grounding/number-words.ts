/**
 * Numbers as replies write them: digits ("1,299.00", "3.5") or English words ("twelve",
 * "forty-eight", "one hundred forty-nine"). Spoken-style replies (voice mode) spell numbers out, so
 * a claim is a claim in either form.
 */

const units = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const teens = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const tens = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

const wordValues = new Map<string, number>([
  ...units.map((word, index) => [word, index] as const),
  ...teens.map((word, index) => [word, 10 + index] as const),
  ...tens.map((word, index) => [word, 20 + index * 10] as const),
]);

const belowHundred = `(?:(?:${tens.join('|')})(?:[\\s-](?:${units.slice(1).join('|')}))?|${teens.join('|')}|${units.join('|')})`;

/** A number in words, 0 to 999 ("seventeen", "forty-eight", "one hundred and five"); case-insensitive. */
export const wordNumberSource = `(?:${belowHundred}(?:[\\s-]hundred(?:[\\s-](?:and[\\s-])?${belowHundred})?)?)\\b`;

/** A number in digits (with optional thousands commas and decimals) or words; case-insensitive. */
export const numberSource = `(?:\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|${wordNumberSource})`;

/** The value of a number matched by `numberSource`, or NaN. */
export function parseNumber(text: string): number {
  const trimmed = text.trim();
  if (/^[\d.,]+$/.test(trimmed)) return Number(trimmed.replace(/,/g, ''));
  let total = 0;
  let seen = false;
  for (const word of trimmed.toLowerCase().split(/[\s-]+/)) {
    if (word === 'and' || word === '') continue;
    if (word === 'hundred') {
      total = (seen ? total : 1) * 100;
      seen = true;
      continue;
    }
    const value = wordValues.get(word);
    if (value === undefined) return Number.NaN;
    total += value;
    seen = true;
  }
  return seen ? total : Number.NaN;
}

/** True when the number was written in words (used where words are too ambiguous, e.g. "the last one"). */
export function isWordNumber(text: string): boolean {
  return /^[a-z]/i.test(text.trim());
}
