/**
 * Catalog text is data, never instructions. A review or description may carry planted commands
 * ("ignore previous instructions… code FREE90"); the composer never quotes such a line, and never
 * repeats a code it found in catalog text.
 */
const INSTRUCTION_PATTERNS: RegExp[] = [
  /\bignore\b.{0,40}\b(instructions?|rules?|prompts?|policy|policies|above|previous|prior)\b/i,
  /\b(system|developer|assistant)\s*(prompt|message|instructions?)?\s*:/i,
  /\bsystem prompt\b|\bhidden instructions?\b/i,
  /\b(tell|give|offer)\s+(every|all|each)\s*(one|body|viewers?|customers?|shoppers?)?\b/i,
  /\b(use|with|apply|enter)\s+(the\s+)?(promo\s+|discount\s+|coupon\s+)?code\s+[A-Z0-9-]{4,}/i,
  /\b\d{2,3}\s*% off\b.*\bcode\b/i,
  /\bis free today\b|\bfree today\b/i,
  /\byou are now\b|\bact as\b|\bnew rule\b|\bdeveloper mode\b/i,
];

/** True when a line of catalog text reads like a command to the assistant. */
export function looksLikeInstruction(text: string): boolean {
  return INSTRUCTION_PATTERNS.some((pattern) => pattern.test(text));
}

/** Upper-case tokens with letters and digits (FREE90, LIVE-7KQ2MX) or all-caps words used as codes. */
const CODE_LIKE = /\b(?=[A-Z0-9-]*\d)(?=[A-Z0-9-]*[A-Z])[A-Z0-9][A-Z0-9-]{3,}\b|\b[A-Z]{6,}\b/;

/** Lines that mention a code-like token next to the word "code": never quoted (codes come only from the offer engine). */
export function mentionsCode(text: string): boolean {
  return /\bcode\b/i.test(text) && CODE_LIKE.test(text.replace(/\b(SPF|IPX?\d*|ANC|USB|OLED|LED|GPS|NFC|LDAC|AAC|SBC|GOTS|GIA|US|UK|EU|ET)\b/g, ''));
}

/** Splits prose into sentences, keeping decimals ("0.05%") and abbreviations ("approx.") whole. */
export function splitSentences(text: string): string[] {
  return text
    .replace(/\s+/g, ' ')
    .split(/(?<=[.!?])\s+(?=[A-Z0-9"(])/)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence !== '');
}

/** The sentences of a description that are safe to quote. */
export function cleanSentences(text: string): string[] {
  return splitSentences(stripMarkup(text)).filter((sentence) => !looksLikeInstruction(sentence) && !mentionsCode(sentence));
}

/** True when a whole passage (a review, a FAQ answer) is safe to quote. */
export function isQuotable(text: string): boolean {
  return !looksLikeInstruction(text) && !mentionsCode(text);
}

/** Markdown emphasis, links and HTML remnants out; whitespace collapsed. */
export function stripMarkup(text: string): string {
  return text
    .replace(/<[^>]*>/g, ' ')
    .replace(/\*\*|__/g, '')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/^\s*#+\s*/gm, '')
    .replace(/[ \t]+/g, ' ')
    .trim();
}
