import { hashString } from './text-tools.ts';

/**
 * Chooses one of several phrasings, the same one every time for the same turn and slot, so
 * answers vary between turns while tests stay stable (no Math.random).
 */
export function pick<T>(turnId: string, slot: string, options: readonly T[]): T {
  if (options.length === 0) throw new Error('pick needs at least one option');
  return options[hashString(`${turnId}:${slot}`) % options.length]!;
}

const SYMBOLS: Readonly<Record<string, string>> = { USD: '$', EUR: '€', GBP: '£', CAD: 'CA$', AUD: 'A$', JPY: '¥' };

/** $48, $1,299, $6.95: whole amounts without cents, others with two decimals. */
export function formatMoney(amount: number, currency = 'USD'): string {
  const whole = Number.isInteger(Math.round(amount * 100) / 100) && Math.round(amount * 100) % 100 === 0;
  const number = amount.toLocaleString('en-US', { minimumFractionDigits: whole ? 0 : 2, maximumFractionDigits: whole ? 0 : 2 });
  const symbol = SYMBOLS[currency];
  return symbol ? `${symbol}${number}` : `${number} ${currency}`;
}

/** "a", "a and b", "a, b and c" (or "or"). */
export function joinList(items: readonly string[], conjunction: 'and' | 'or' = 'and'): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items.at(-1)}`;
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Lower-cases the first letter unless the first word looks like a name or an acronym. */
export function lowerFirst(text: string): string {
  const first = text.split(/\s/)[0] ?? '';
  if (/^[A-Z0-9]{2,}/.test(first) || /\d/.test(first)) return text;
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** Ends a sentence with exactly one full stop (unless it already ends with ! or ?). */
export function endSentence(text: string): string {
  const trimmed = text.trim().replace(/[;,:\s]+$/, '');
  return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

/** Shortens a quote at a sentence or clause boundary, never mid-word. */
export function shorten(text: string, maxLength: number): string {
  if (text.length <= maxLength) return text;
  const cut = text.slice(0, maxLength);
  const boundary = Math.max(cut.lastIndexOf('. '), cut.lastIndexOf('; '));
  if (boundary > maxLength * 0.5) return cut.slice(0, boundary + 1);
  return `${cut.slice(0, cut.lastIndexOf(' '))}…`;
}

/** Joins reply sentences with single spaces. */
export function sentences(...parts: (string | null | undefined | false)[]): string {
  return parts
    .filter((part): part is string => typeof part === 'string' && part.trim() !== '')
    .map((part) => part.trim())
    .join(' ');
}
