import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsvCatalog } from './parse-csv.ts';

const fixture = (name: string) => readFileSync(path.join(import.meta.dirname, 'fixtures', name), 'utf8');

describe('parseCsvCatalog on one product per row', () => {
  const content = fixture('products.csv');
  const parsed = parseCsvCatalog(content);
  const byId = new Map(parsed.products.map((product) => [product.id, product]));

  it('reports bad rows with the line they start on (header = line 1)', () => {
    // Line 4–5 is one record (a quoted line break), so every later line number shifts by one.
    expect(parsed.skipped).toEqual([
      { row: 2, reason: 'duplicate id 101, superseded by line 10' },
      { row: 3, reason: 'title is missing' },
      { row: 6, reason: 'price "abc" is not a number' },
      { row: 7, reason: 'price "-5" is negative' },
      { row: 9, reason: 'has 17 fields but the header has 14 (an unquoted "," or ";" inside a value?)' },
      { row: 11, reason: 'has no id, handle or sku' },
    ]);
    expect(parsed.products.map((product) => product.id)).toEqual(['103', '106', '101']);
  });

  it('matches headers loosely and parses formatted prices', () => {
    expect(byId.get('103')).toMatchObject({
      title: 'Packable Rain Shell',
      description: 'Light shell with taped seams.\nPacks into its own pocket.',
      brand: 'Peakline',
      category: 'Jackets',
      tags: ['outdoor', 'rain'],
      attributes: { material: 'Recycled nylon' },
      variants: [{ id: '103', title: 'Default', price: 1299, inventory: 8 }],
    });
    expect(byId.get('106')?.variants).toEqual([
      { id: '106', title: 'Default', options: {}, price: 89.5, compareAtPrice: 99, inventory: null },
    ]);
  });

  it('keeps the later duplicate', () => {
    expect(byId.get('101')).toMatchObject({ title: 'Trail Runner Socks (2-pack)', variants: [{ price: 24.99 }] });
  });

  it('splits list columns, strips HTML, keeps unknown columns as attributes but never cost', () => {
    const csv = [
      'id,name,description,price,tags,images,features,attributes.material,Care Instructions,cost_price',
      '1,Socks,"Merino <b>heel</b> &amp; toe",14.99,"running, merino",https://a.example/1.jpg|https://a.example/2.jpg,"Cushioned heel, toe|Wicks moisture",Merino,Wash cold,3.20',
    ].join('\n');
    const [socks] = parseCsvCatalog(csv).products;
    expect(socks).toMatchObject({
      description: 'Merino heel & toe',
      tags: ['running', 'merino'],
      images: ['https://a.example/1.jpg', 'https://a.example/2.jpg'],
      features: ['Cushioned heel, toe', 'Wicks moisture'],
      attributes: { material: 'Merino', 'Care Instructions': 'Wash cold' },
    });
    expect(JSON.stringify(socks)).not.toContain('3.2');
  });

  it('gives the same lines for CRLF files and is deterministic', () => {
    const crlf = parseCsvCatalog(content.replace(/\n/g, '\r\n'));
    expect(crlf).toEqual(parsed);
    expect(parseCsvCatalog(content)).toEqual(parsed);
  });
});

describe('parseCsvCatalog with variant columns', () => {
  const parsed = parseCsvCatalog(fixture('variants.csv'));

  it('folds rows sharing a handle into variants and drops the bad variant on its line', () => {
    expect(parsed.skipped).toEqual([
      { row: 4, reason: 'price "abc" is not a number (variant L/XL / Sand of trail-cap left out)' },
    ]);
    expect(parsed.products.map((product) => product.id)).toEqual(['trail-cap', 'fleece-vest']);
    const [cap, vest] = parsed.products;
    expect(cap).toMatchObject({ title: 'Trail Cap', tags: ['hats', 'outdoor'] });
    expect(cap?.variants).toEqual([
      { id: 'CAP-SM-OLV', sku: 'CAP-SM-OLV', title: 'S/M / Olive', options: { Size: 'S/M', Color: 'Olive' }, price: 24, inventory: 10 },
      { id: 'CAP-LX-OLV', sku: 'CAP-LX-OLV', title: 'L/XL / Olive', options: { Size: 'L/XL', Color: 'Olive' }, price: 24, inventory: 4 },
    ]);
    expect(vest?.variants).toEqual([
      { id: 'VEST-M-NVY', sku: 'VEST-M-NVY', title: 'M / Navy', options: { Size: 'M', Color: 'Navy' }, price: 59, inventory: null },
    ]);
  });

  it('skips a product whose variants are all bad, on each variant line', () => {
    const csv = 'id,title,variant_price,variant_size\nhat,Hat,abc,S\nhat,,-1,M\n';
    expect(parseCsvCatalog(csv)).toEqual({
      products: [],
      documents: [],
      skipped: [
        { row: 2, reason: 'price "abc" is not a number (product hat skipped: it has no valid variant)' },
        { row: 3, reason: 'price "-1" is negative (product hat skipped: it has no valid variant)' },
      ],
    });
  });

  it('keeps sku as the product id when there is no id or handle column', () => {
    const csv = 'sku,title,price,size\nSK-1,Scarf,20,One size\n';
    expect(parseCsvCatalog(csv).products[0]).toMatchObject({
      id: 'SK-1',
      variants: [{ id: 'SK-1', title: 'One size', options: { Size: 'One size' }, price: 20 }],
    });
  });
});

describe('parseCsvCatalog on broken files', () => {
  it('skips a record with an unclosed quote and says which lines were lost', () => {
    const csv = 'id,title,price\n1,Good,5\n2,"Broken,6\n3,Lost,7\n';
    const parsed = parseCsvCatalog(csv);
    expect(parsed.products.map((product) => product.id)).toEqual(['1']);
    expect(parsed.skipped).toEqual([
      { row: 3, reason: 'a quoted field opened on this line is never closed, so lines 3–4 could not be read' },
    ]);
  });

  it('reads semicolon-separated files with a BOM, short rows and blank lines', () => {
    const csv = '\uFEFFid;title;price;stock\n\n1;Lamp;"12,50"\n;;;\n2;Bulb;3;9\n';
    const parsed = parseCsvCatalog(csv);
    expect(parsed.skipped).toEqual([]);
    expect(parsed.products.map((product) => [product.id, product.variants[0]?.price, product.variants[0]?.inventory])).toEqual([
      ['1', 12.5, null],
      ['2', 3, 9],
    ]);
  });

  it('returns nothing for a header-only file', () => {
    expect(parseCsvCatalog('id,title,price\n')).toEqual({ products: [], documents: [], skipped: [] });
  });
});
