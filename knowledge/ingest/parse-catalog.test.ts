import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CatalogParseError } from './catalog-parse-error.ts';
import { describeSkippedRow } from './describe-skipped-row.ts';
import { detectFormat } from './detect-format.ts';
import { parseCatalog } from './parse-catalog.ts';

const fixtures: Array<[string, string]> = [
  ['products.json', 'json'],
  ['products.csv', 'csv'],
  ['variants.csv', 'csv'],
  ['shopify-products.csv', 'shopify-csv'],
  ['returns-policy.md', 'markdown'],
  ['size-and-fit.md', 'markdown'],
  ['care_notes.txt', 'markdown'],
];
const read = (name: string) => readFileSync(path.join(import.meta.dirname, 'fixtures', name), 'utf8');

describe('parseCatalog', () => {
  it.each(fixtures)('detects %s as %s and parses it the same way twice', (fileName, format) => {
    const content = read(fileName);
    expect(detectFormat(content, fileName)).toBe(format);
    const first = parseCatalog(content, { format: 'auto', fileName });
    expect(parseCatalog(content, { format: 'auto', fileName })).toEqual(first);
    expect(first.products.length + first.documents.length).toBeGreaterThan(0);
  });

  it('follows an explicit format over the file name', () => {
    const parsed = parseCatalog('id,title,price\n1,Lamp,5\n', { format: 'csv', fileName: 'lamp.txt' });
    expect(parsed.products.map((product) => product.id)).toEqual(['1']);
  });

  it('sniffs a Shopify export without a file name', () => {
    const parsed = parseCatalog(read('shopify-products.csv'), { format: 'auto' });
    expect(parsed.products.map((product) => product.id)).toContain('organic-cotton-tee');
  });

  it('passes the default currency to product parsers', () => {
    const parsed = parseCatalog('[{"id": 1, "title": "A", "price": 1}]', { format: 'json', defaultCurrency: 'JPY' });
    expect(parsed.products[0]?.currency).toBe('JPY');
  });

  it('throws CatalogParseError for an unknown format', () => {
    expect(() => parseCatalog('hello', { format: 'auto', fileName: 'notes' })).toThrow(CatalogParseError);
  });
});

describe('describeSkippedRow', () => {
  it('names lines for CSV and rows for JSON', () => {
    const skipped = { row: 7, reason: 'price "abc" is not a number' };
    expect(describeSkippedRow(skipped, 'json')).toBe('row 7: price "abc" is not a number');
    expect(describeSkippedRow(skipped, 'shopify-csv')).toBe('line 7: price "abc" is not a number');
    expect(describeSkippedRow({ row: 1, reason: 'the document is empty' }, 'markdown')).toBe('the document is empty');
  });
});
