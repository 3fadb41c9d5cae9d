import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseShopifyCsv } from './parse-shopify-csv.ts';

const content = readFileSync(path.join(import.meta.dirname, 'fixtures', 'shopify-products.csv'), 'utf8');
const cdn = 'https://cdn.shopify.com/s/files/1/0000/0001/products/';

describe('parseShopifyCsv', () => {
  const parsed = parseShopifyCsv(content);
  const byId = new Map(parsed.products.map((product) => [product.id, product]));

  it('groups rows by Handle and reports bad rows with their CSV line', () => {
    // The tee's Body (HTML) spans lines 2–6, so its second row is on line 7.
    expect(parsed.products.map((product) => product.id)).toEqual(['organic-cotton-tee', 'canvas-tote', 'linen-overshirt']);
    expect(parsed.skipped).toEqual([
      { row: 9, reason: 'price "twenty-nine" is not a number (variant S / White of organic-cotton-tee left out)' },
      { row: 15, reason: 'Handle is empty, so the row belongs to no product' },
      { row: 16, reason: 'price "-45.00" is negative (product silk-scarf skipped: it has no valid variant)' },
    ]);
    expect(parsed.documents).toEqual([]);
  });

  it('builds Size × Colour variants across rows, carrying option names from the first row', () => {
    const tee = byId.get('organic-cotton-tee');
    expect(tee?.variants).toEqual([
      { id: 'TEE-S-BLK', sku: 'TEE-S-BLK', title: 'S / Black', options: { Size: 'S', Colour: 'Black' }, price: 29, compareAtPrice: 35, inventory: 12 },
      { id: 'TEE-M-BLK', sku: 'TEE-M-BLK', title: 'M / Black', options: { Size: 'M', Colour: 'Black' }, price: 29, compareAtPrice: 35, inventory: 0 },
      { id: 'TEE-L-BLK', sku: 'TEE-L-BLK', title: 'L / Black', options: { Size: 'L', Colour: 'Black' }, price: 31, inventory: 7 },
      { id: 'TEE-M-WHT', sku: 'TEE-M-WHT', title: 'M / White', options: { Size: 'M', Colour: 'White' }, price: 29, inventory: 9 },
    ]);
  });

  it('takes product fields from the first row and strips the HTML body', () => {
    expect(byId.get('organic-cotton-tee')).toMatchObject({
      title: 'Organic Cotton Tee',
      description: 'Our everyday tee in heavyweight organic cotton & a relaxed fit.\n\n- 180 g/m² jersey\n- Pre-shrunk – keeps its shape',
      brand: 'Northwind Basics',
      category: 'T-Shirts',
      tags: ['cotton', 'organic', 'summer'],
      currency: 'USD',
    });
  });

  it('collects images from image-only rows in position order, then variant images', () => {
    expect(byId.get('organic-cotton-tee')?.images).toEqual([
      `${cdn}tee-black-front.jpg`,
      `${cdn}tee-black-back.jpg`,
      `${cdn}tee-detail.jpg`,
      `${cdn}tee-white-front.jpg`,
    ]);
  });

  it('keeps metafields as attributes, skips references, and never exposes cost per item', () => {
    expect(byId.get('organic-cotton-tee')?.attributes).toEqual({ Material: '100% organic cotton' });
    const output = JSON.stringify(parsed);
    expect(output).not.toContain('gid://');
    expect(output).not.toContain('6.4');
    expect(output).not.toContain('4.1');
  });

  it('treats "Default Title" as no options and untracked inventory as null', () => {
    expect(byId.get('canvas-tote')).toMatchObject({
      title: 'Canvas Tote Bag',
      description: 'Sturdy 12 oz canvas with inner pocket.\nFits a 15" laptop.',
      // No Type: the last step of the Shopify taxonomy path.
      category: 'Handbags',
      variants: [{ id: 'canvas-tote-1', title: 'Default', options: {}, price: 18.5, inventory: null }],
      attributes: { Material: 'Cotton canvas' },
    });
  });

  it('ingests drafts with a status attribute', () => {
    expect(byId.get('linen-overshirt')).toMatchObject({
      attributes: { status: 'draft' },
      variants: [
        { id: 'OVS-M', title: 'M', options: { Size: 'M' }, price: 89, inventory: 3 },
        { id: 'OVS-L', title: 'L', options: { Size: 'L' }, price: 89, inventory: 2 },
      ],
    });
  });

  it('uses the default currency and is deterministic across line endings', () => {
    expect(parseShopifyCsv(content, { defaultCurrency: 'CAD' }).products.every((p) => p.currency === 'CAD')).toBe(true);
    expect(parseShopifyCsv(content)).toEqual(parsed);
    expect(parseShopifyCsv(content.replace(/\n/g, '\r\n'))).toEqual(parsed);
  });

  it('numbers variants without SKU by position and separates repeated SKUs', () => {
    const csv = [
      'Handle,Title,Option1 Name,Option1 Value,Variant SKU,Variant Price',
      'mug,Mug,Colour,Red,,10',
      'mug,,,Blue,,10',
      'mug,,,Green,DUP,10',
      'mug,,,Yellow,DUP,10',
    ].join('\n');
    expect(parseShopifyCsv(csv).products[0]?.variants.map((variant) => variant.id)).toEqual(['mug-1', 'mug-2', 'DUP', 'DUP-2']);
  });
});
