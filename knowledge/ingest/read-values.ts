import { decodeHtmlEntities, htmlToText, looksLikeHtml } from './html-to-text.ts';

/** Problems found while reading one row; any problem means the row (or variant) is skipped. */
export type Problems = string[];

function quote(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value) : String(value);
}

// Thousands separators and currency marks are how merchants type prices in spreadsheets.
const currencyMarks = /^[A-Z]{3}\s*|\s*[A-Z]{3}$|[$€£¥₹]|\s/g;

function parseNumberText(raw: string): number | undefined {
  const text = raw.trim().replace(currencyMarks, '');
  if (/^-?\d+(\.\d+)?$/.test(text)) return Number(text);
  if (/^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(text)) return Number(text.replace(/,/g, ''));
  if (/^-?\d{1,3}(\.\d{3})+,\d+$/.test(text)) return Number(text.replace(/\./g, '').replace(',', '.'));
  // "12,5" or "12,50" is a decimal comma; "1,299" was handled above as thousands.
  if (/^-?\d+,\d{1,2}$/.test(text)) return Number(text.replace(',', '.'));
  if (/^-?\.\d+$/.test(text)) return Number(text);
  return undefined;
}

/** A non-negative amount of money ("19.99", "$19.99", "1,299.00"), or undefined when blank. */
export function readAmount(value: unknown, label: string, problems: Problems): number | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string' && value.trim() === '') return undefined;
  const amount =
    typeof value === 'number' ? value : typeof value === 'string' ? parseNumberText(value) : undefined;
  if (amount === undefined || !Number.isFinite(amount)) {
    problems.push(`${label} ${quote(value)} is not a number`);
    return undefined;
  }
  if (amount < 0) {
    problems.push(`${label} ${quote(value)} is negative`);
    return undefined;
  }
  return amount;
}

/** A whole number of units (may be negative: oversold stock), or undefined when blank. */
export function readCount(value: unknown, label: string, problems: Problems): number | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string' && value.trim() === '') return undefined;
  const count =
    typeof value === 'number' ? value : typeof value === 'string' ? parseNumberText(value) : undefined;
  if (count === undefined || !Number.isInteger(count)) {
    problems.push(`${label} ${quote(value)} is not a whole number`);
    return undefined;
  }
  return count;
}

/** Trimmed text from a string or number; undefined when blank or not text-like. */
export function readText(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  return text === '' ? undefined : text;
}

/** An id as a trimmed string: numeric ids (DummyJSON `1`) become "1". */
export function readId(value: unknown): string | undefined {
  if (typeof value === 'bigint') return value.toString();
  return readText(value);
}

/** Description-like text: HTML is converted, plain text only trimmed (its line breaks matter). */
export function readRichText(value: unknown): string | undefined {
  const text = readText(value);
  if (text === undefined) return undefined;
  return looksLikeHtml(text) ? htmlToText(text) : text;
}

/** Plain text from a field that may carry stray entities ("Tom &amp; Co"). */
export function readPlainText(value: unknown): string | undefined {
  const text = readText(value);
  return text === undefined ? undefined : decodeHtmlEntities(text);
}

export interface ListOptions {
  /**
   * Whether a comma separates items. Tags, ids and URLs never contain commas; feature bullets
   * are sentences and often do, so they split only on `|`, `;` and line breaks.
   */
  commas: boolean;
}

/** Splits a list cell on the strongest separator present: `|`, then `;`, then `,` or lines. */
export function splitList(text: string, options: ListOptions): string[] {
  const separator = text.includes('|')
    ? '|'
    : text.includes(';')
      ? ';'
      : text.includes('\n')
        ? '\n'
        : options.commas
          ? ','
          : undefined;
  const items = separator === undefined ? [text] : text.split(separator);
  return items.map((item) => item.trim()).filter((item) => item !== '');
}

/** A list of texts from an array or a separated string, trimmed, blanks and repeats removed. */
export function readTextList(value: unknown, options: ListOptions): string[] {
  const items: string[] = [];
  if (Array.isArray(value)) {
    for (const item of value) {
      const text = readText(item);
      if (text !== undefined) items.push(text);
    }
  } else {
    const text = readText(value);
    if (text !== undefined) items.push(...splitList(text, options));
  }
  return [...new Set(items)];
}

/** True for plain `{...}` objects (not arrays, not null). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
