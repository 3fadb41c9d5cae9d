import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { productSchema } from '../catalog/product.ts';
import { CatalogParseError } from './catalog-parse-error.ts';
import { parseJsonCatalog } from './parse-json.ts';

const fixture = readFileSync(path.join(import.meta.dirname, 'fixtures', 'products.json'), 'utf8');
// Third-party data: read in place from ../shared, never copied into the project.
const dummyJsonPath = path.resolve(import.meta.dirname, '../../../shared/data/dummyjson-products.json');

describe('parseJsonCatalog on a file with aliases and bad rows', () => {
  const parsed = parseJsonCatalog(fixture);
  const byId = new Map(parsed.products.map((product) => [product.id, product]));

  it('keeps valid products and reports every bad row with its array position', () => {
    expect(parsed.products.map((product) => product.id)).toEqual(['pour-over-01', '3', 'grinder', '2', '12', 'MUG-01']);
    expect(parsed.skipped).toEqual([
      { row: 2, reason: 'duplicate id 2, superseded by row 9' },
      { row: 3, reason: 'variant 2 (White): price "abc" is not a number (variant left out)' },
      { row: 3, reason: 'document title is missing' },
      { row: 4, reason: 'title is missing' },
      { row: 5, reason: 'price "abc" is not a number' },
      { row: 6, reason: 'has no id, handle or sku' },
      { row: 7, reason: 'price -1 is negative' },
      {
        row: 10,
        reason: 'no valid variant: variant 1 (10-1): price "x" is not a number; variant 2 (10-2): price -2 is negative',
      },
      { row: 11, reason: 'is not an object' },
    ]);
  });

  it('reads aliased fields: name, body_html, vendor, product_type, bullets, qa, pairs_well_with', () => {
    const pourOver = byId.get('pour-over-01');
    expect(pourOver).toMatchObject({
      title: 'Ceramic Pour-Over',
      description: 'Hand-thrown & glazed in Porto.\n\n- Fits 2–4 cups\n- Uses #2 filters',
      brand: 'Kiln & Co',
      category: 'Coffee',
      tags: ['coffee', 'ceramic', 'gift'],
      features: ['Holds its heat, even on cold mornings', 'Lead-free glaze'],
      faqs: [{ question: 'Is it dishwasher safe?', answer: 'Yes, top rack only.' }],
      related: ['2', 'grinder'],
      images: [
        'https://img.example.com/pour-over-1.jpg',
        'https://img.example.com/pour-over-2.jpg',
        'https://img.example.com/pour-over-main.jpg',
      ],
    });
    expect(pourOver?.variants).toEqual([
      { id: 'pour-over-01', title: 'Default', options: {}, price: 34, compareAtPrice: 40, inventory: 15 },
    ]);
  });

  it('keeps other top-level fields as attributes, but not ids, timestamps, meta or deep structures', () => {
    expect(byId.get('pour-over-01')?.attributes).toEqual({
      origin: 'Portugal',
      handmade: 'true',
      dimensions: 'width 12, height 14.5, depth 12',
    });
    expect(byId.get('grinder')?.attributes).toEqual({ warranty: '2 years', weight_kg: '1.2' });
  });

  it('keeps review text, rating and date, never reviewer names or e-mails', () => {
    expect(byId.get('pour-over-01')?.reviews).toEqual([
      { rating: 5, text: 'Lovely even pour. Questions? write me at [e-mail removed]', date: '2025-03-02' },
      { rating: 2, text: 'Chipped after a month' },
      { text: 'Great gift for my dad' },
    ]);
    const output = JSON.stringify(parsed);
    expect(output).not.toMatch(/[\w.+-]+@[\w-]+\.\w+/);
    for (const name of ['Jo Bloggs', 'Sam Carter', 'reviewerName', 'author']) expect(output).not.toContain(name);
  });

  it('builds variants from option1 with product option names, colour, and compare-at prices', () => {
    expect(byId.get('3')?.variants).toEqual([
      { id: 'KET-BLK', sku: 'KET-BLK', title: 'Black', options: { Finish: 'Black' }, price: 79, inventory: 4 },
      { id: '3-3', title: 'Copper', options: { Colour: 'Copper' }, price: 99, compareAtPrice: 120, inventory: 1 },
    ]);
  });

  it('parses prices written as text, currencies, stock, and ids from handle or sku', () => {
    expect(byId.get('grinder')).toMatchObject({
      currency: 'EUR',
      features: ['Conical steel burrs', '40 grind settings'],
      variants: [{ id: 'grinder', price: 1299, inventory: 3 }],
    });
    expect(byId.get('MUG-01')?.variants).toEqual([
      { id: 'MUG-01', sku: 'MUG-01', title: 'Default', options: {}, price: 12, inventory: 0 },
    ]);
  });

  it('keeps the last of duplicate ids; "Out of Stock" without a number means 0, no number means untracked', () => {
    expect(byId.get('2')).toMatchObject({ title: 'Paper Filters (100 pack)', variants: [{ price: 7.5, inventory: 200 }] });
    expect(byId.get('12')?.variants[0]?.inventory).toBe(0);
    expect(byId.get('3')?.variants.every((variant) => variant.inventory !== null)).toBe(true);
  });

  it('parses documents with a slug id and a guessed kind', () => {
    expect(parsed.documents).toEqual([
      {
        id: 'shipping-returns',
        title: 'Shipping & Returns',
        kind: 'policy',
        body: 'We ship within 2 business days.\n\nReturns are free within 30 days.',
      },
      { id: 'ceramics-care', title: 'Caring for ceramics', kind: 'guide', body: 'Hand wash with warm water.' },
    ]);
  });

  it('returns products that satisfy the catalog schema, and is deterministic', () => {
    for (const product of parsed.products) expect(productSchema.parse(product)).toEqual(product);
    expect(parseJsonCatalog(fixture)).toEqual(parsed);
  });
});

describe('parseJsonCatalog shapes and errors', () => {
  it('accepts a bare array and a single product object', () => {
    expect(parseJsonCatalog('[{"id": 1, "title": "A", "price": 1}]').products[0]?.id).toBe('1');
    expect(parseJsonCatalog('{"id": "x", "name": "B", "price": "2"}').products[0]?.title).toBe('B');
  });

  it('applies the default currency when a product has none', () => {
    const parsed = parseJsonCatalog('[{"id": 1, "title": "A", "price": 1}]', { defaultCurrency: 'GBP' });
    expect(parsed.products[0]?.currency).toBe('GBP');
  });

  it('turns zod issues into readable reasons', () => {
    const parsed = parseJsonCatalog('[{"id": 1, "title": "A", "price": 1, "currency": "dollars"}]');
    expect(parsed.skipped).toEqual([{ row: 1, reason: 'currency must be a 3-letter ISO code' }]);
    expect(parseJsonCatalog('[{"id": 1, "title": "A"}]').skipped).toEqual([{ row: 1, reason: 'price is missing' }]);
  });

  it('throws a CatalogParseError with a line and column for invalid JSON', () => {
    expect(() => parseJsonCatalog('[\n  {"id": 1,}\n]')).toThrow(CatalogParseError);
    expect(() => parseJsonCatalog('[\n  {"id": 1,}\n]')).toThrow(/not valid JSON at line 2, column \d+/);
    expect(() => parseJsonCatalog('{"items": []}')).toThrow(/array of products/);
    expect(() => parseJsonCatalog('{"products": {}}')).toThrow(/must be arrays/);
  });
});

describe('parseJsonCatalog on DummyJSON', () => {
  const content = readFileSync(dummyJsonPath, 'utf8');
  const parsed = parseJsonCatalog(content);

  it('parses all 194 products without skipping any', () => {
    expect(parsed.skipped).toEqual([]);
    expect(parsed.products).toHaveLength(194);
    expect(parsed.documents).toEqual([]);
    expect(parsed.products.every((product) => typeof product.id === 'string')).toBe(true);
    expect(new Set(parsed.products.map((product) => product.id)).size).toBe(194);
  });

  it('maps the first product field by field', () => {
    const [mascara] = parsed.products;
    expect(mascara).toMatchObject({
      id: '1',
      title: 'Essence Mascara Lash Princess',
      brand: 'Essence',
      category: 'beauty',
      tags: ['beauty', 'mascara'],
      currency: 'USD',
      variants: [{ id: 'BEA-ESS-ESS-001', sku: 'BEA-ESS-ESS-001', title: 'Default', price: 9.99, inventory: 99 }],
    });
    expect(mascara?.images.at(-1)).toMatch(/thumbnail\.webp$/);
    expect(mascara?.attributes).toEqual({
      discountPercentage: '10.48',
      rating: '2.56',
      weight: '4',
      dimensions: 'width 15.14, height 13.08, depth 22.99',
      warrantyInformation: '1 week warranty',
      shippingInformation: 'Ships in 3-5 business days',
      returnPolicy: 'No return policy',
      minimumOrderQuantity: '48',
    });
    expect(mascara?.reviews[0]).toEqual({ rating: 3, text: 'Would not recommend!', date: '2025-04-30T09:41:02.053Z' });
  });

  it('keeps warranty, shipping and return policy on every product and no reviewer data anywhere', () => {
    for (const product of parsed.products) {
      expect(Object.keys(product.attributes)).toEqual(
        expect.arrayContaining(['warrantyInformation', 'shippingInformation', 'returnPolicy']),
      );
      expect(product.reviews.length).toBeGreaterThan(0);
    }
    const output = JSON.stringify(parsed);
    expect(output).not.toContain('@');
    expect(output).not.toContain('reviewer');
    expect(output).not.toContain('Eleanor Collins');
    expect(output).not.toContain('qrCode');
  });

  it('records out-of-stock products with 0 units and is deterministic', () => {
    const outOfStock = parsed.products.filter((product) => product.variants[0]?.inventory === 0).map((p) => p.id);
    expect(outOfStock).toEqual(['117', '132', '153', '193']);
    expect(parseJsonCatalog(content)).toEqual(parsed);
  });
});
