import { describe, expect, it } from 'vitest';
import { CatalogParseError } from './catalog-parse-error.ts';
import { detectFormat } from './detect-format.ts';

describe('detectFormat', () => {
  it('trusts the file extension first', () => {
    expect(detectFormat('anything', 'returns.md')).toBe('markdown');
    expect(detectFormat('anything', 'guide.MARKDOWN')).toBe('markdown');
    expect(detectFormat('anything', 'notes.txt')).toBe('markdown');
    expect(detectFormat('{}', 'catalog.json')).toBe('json');
  });

  it('tells a Shopify export from a generic CSV by its header', () => {
    expect(detectFormat('Handle,Title,Variant Price\nx,X,1', 'products_export.csv')).toBe('shopify-csv');
    expect(detectFormat('\uFEFFTitle,Body (HTML),Vendor\nX,<p>x</p>,V', 'export.csv')).toBe('shopify-csv');
    expect(detectFormat('id,title,price\n1,X,2', 'products.csv')).toBe('csv');
    expect(detectFormat('id;title;price\n1;X;2', 'products.csv')).toBe('csv');
  });

  it('sniffs content when there is no telling name', () => {
    expect(detectFormat('  [{"id": 1}]')).toBe('json');
    expect(detectFormat('{"products": []}', 'upload')).toBe('json');
    expect(detectFormat('---\ntitle: x\n---\nbody')).toBe('markdown');
    expect(detectFormat('# Returns\n\nWithin 30 days')).toBe('markdown');
    expect(detectFormat('handle,variant price\nx,1')).toBe('shopify-csv');
    expect(detectFormat('id,title,price\n1,X,2')).toBe('csv');
  });

  it('throws a CatalogParseError with advice when it cannot tell', () => {
    const attempt = () => detectFormat('just some words', 'upload.bin');
    expect(attempt).toThrow(CatalogParseError);
    expect(attempt).toThrow(/Could not tell the format of upload\.bin/);
    expect(() => detectFormat('', 'x')).toThrow(/empty/);
    try {
      detectFormat('PK\u0003\u0004', 'catalog.xlsx');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(CatalogParseError);
      expect((error as CatalogParseError).code).toBe('unknown-format');
      expect((error as Error).message).toMatch(/export the sheet as CSV/);
    }
  });
});
