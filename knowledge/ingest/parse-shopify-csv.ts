import type { Product } from '../catalog/product.ts';
import { productsByLastId, type Sourced } from './keep-last-by-id.ts';
import { normalizeProduct } from './normalize-product.ts';
import type { ParsedCatalog, SkippedRow } from './parsed-catalog.ts';
import { columnReader, readCsvRecords, type CsvRecord } from './read-csv-records.ts';
import { variantRowSkips } from './variant-row-skips.ts';

export interface ParseShopifyCsvOptions {
  /** Shopify exports carry no currency column; "USD" when not given. */
  defaultCurrency?: string;
}

// A row carries a variant when any of these is filled; rows with only `Image Src` are images.
const variantColumns = [
  'Option1 Value',
  'Option2 Value',
  'Option3 Value',
  'Variant SKU',
  'Variant Price',
  'Variant Compare At Price',
  'Variant Inventory Qty',
  'Variant Barcode',
  'Variant Grams',
];

// `Material (product.metafields.custom.material)` → attribute "Material".
const metafieldColumn = /^(.*?)\s*\(product\.metafields\.([^)]+)\)\s*$/i;

interface HandleGroup {
  handle: string;
  rows: CsvRecord[];
}

function metafieldName(column: string): string | undefined {
  const match = metafieldColumn.exec(column);
  if (match === null) return undefined;
  const label = match[1]?.trim();
  return label !== undefined && label !== '' ? label : match[2]?.split('.').at(-1);
}

/**
 * Parses a Shopify product CSV export. Rows are grouped by Handle (the product id); product
 * fields come from the first row that has them, each row with variant data is a variant, and
 * image-only rows add images. Skipped rows carry their CSV line (header = line 1).
 */
export function parseShopifyCsv(content: string, options: ParseShopifyCsvOptions = {}): ParsedCatalog {
  const table = readCsvRecords(content);
  const get = columnReader(table.columns);
  const skipped: SkippedRow[] = [...table.skipped];
  // Inventory is only meaningful when Shopify tracks it; untracked variants say 0 regardless.
  const hasTrackerColumn = table.columns.some((column) => /^variant inventory tracker$/i.test(column));
  const metafields = table.columns
    .map((column) => [column, metafieldName(column)] as const)
    .filter((entry): entry is readonly [string, string] => entry[1] !== undefined);

  const groups = new Map<string, HandleGroup>();
  for (const record of table.records) {
    const handle = get(record.values, 'Handle');
    if (handle === '') {
      skipped.push({ row: record.line, reason: 'Handle is empty, so the row belongs to no product' });
      continue;
    }
    const group = groups.get(handle) ?? { handle, rows: [] };
    group.rows.push(record);
    groups.set(handle, group);
  }

  const products: Array<Sourced<Product>> = [];
  for (const { handle, rows } of groups.values()) {
    const first = (name: string) => rows.map((row) => get(row.values, name)).find((value) => value !== '') ?? '';
    const optionNames = [1, 2, 3].map((n) => first(`Option${n} Name`));
    const variantRows = rows.filter((row) => variantColumns.some((name) => get(row.values, name) !== ''));

    const images: Array<{ source: string; position: number; order: number }> = [];
    for (const [order, row] of rows.entries()) {
      const source = get(row.values, 'Image Src');
      const position = Number.parseInt(get(row.values, 'Image Position'), 10);
      if (source !== '') images.push({ source, position: Number.isNaN(position) ? Infinity : position, order });
    }
    images.sort((a, b) => a.position - b.position || a.order - b.order);
    const variantImages = variantRows.map((row) => get(row.values, 'Variant Image')).filter((source) => source !== '');

    const attributes: Record<string, string> = {};
    for (const [column, name] of metafields) {
      const value = first(column);
      // Category metafields export as references ("gid://shopify/Metaobject/…"): not facts.
      if (value !== '' && !value.startsWith('gid://')) attributes[name] = value;
    }
    const status = first('Status').toLowerCase();
    if (status === 'draft' || status === 'archived') attributes.status = status;
    if (first('Gift Card').toLowerCase() === 'true') attributes['gift card'] = 'yes';

    const variants = variantRows.map((row, index) => {
      const sku = get(row.values, 'Variant SKU');
      const tracked = !hasTrackerColumn || get(row.values, 'Variant Inventory Tracker') !== '';
      const variantOptions: Record<string, string> = {};
      optionNames.forEach((name, optionIndex) => {
        const value = get(row.values, `Option${optionIndex + 1} Value`);
        if (value !== '') variantOptions[name || `Option ${optionIndex + 1}`] = value;
      });
      return {
        id: sku || `${handle}-${index + 1}`,
        sku,
        options: variantOptions,
        price: get(row.values, 'Variant Price'),
        compareAtPrice: get(row.values, 'Variant Compare At Price'),
        inventory: tracked ? get(row.values, 'Variant Inventory Qty') : '',
      };
    });

    const productCategory = first('Product Category');
    const result = normalizeProduct(
      {
        handle,
        title: first('Title'),
        bodyHtml: first('Body (HTML)'),
        vendor: first('Vendor'),
        // "Type" is the merchant's own word; the Shopify taxonomy path is the fallback.
        type: first('Type') || productCategory.split('>').at(-1)?.trim(),
        tags: first('Tags'),
        images: [...images.map((image) => image.source), ...variantImages],
        attributes,
        variants,
      },
      { keepExtraFields: false, ...(options.defaultCurrency !== undefined && { defaultCurrency: options.defaultCurrency }) },
    );
    const firstLine = rows[0]?.line ?? 0;
    skipped.push(...variantRowSkips(result, handle, firstLine, variantRows.map((row) => row.line)));
    if (result.ok) products.push({ row: firstLine, item: result.product });
  }

  return productsByLastId(products, skipped);
}
