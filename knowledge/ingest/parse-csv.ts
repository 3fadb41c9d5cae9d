import type { Product } from '../catalog/product.ts';
import { normalizeFieldName } from './field-reader.ts';
import { productsByLastId, type Sourced } from './keep-last-by-id.ts';
import { normalizeProduct } from './normalize-product.ts';
import type { ParsedCatalog, SkippedRow } from './parsed-catalog.ts';
import { readCsvRecords, type CsvRecord } from './read-csv-records.ts';
import { variantRowSkips } from './variant-row-skips.ts';

export interface ParseCsvOptions {
  /** ISO code for products that do not state a currency; "USD" when not given. */
  defaultCurrency?: string;
}

// Normalised column names (see normalizeFieldName).
const productKeyColumns = ['id', 'productid', 'handle'];
const optionColumns: Record<string, string> = { size: 'Size', color: 'Color', colour: 'Colour' };
const variantFieldColumns: Record<string, string> = {
  variantid: 'id',
  variantsku: 'sku',
  varianttitle: 'title',
  variantname: 'title',
  variantprice: 'price',
  variantcompareatprice: 'compareAtPrice',
  variantinventory: 'inventory',
  variantstock: 'inventory',
  variantquantity: 'inventory',
  variantinventoryquantity: 'inventory',
};
// In a file with variants these describe the row (the variant), not the product.
const rowLevelColumns: Record<string, string> = {
  sku: 'sku',
  price: 'price',
  compareatprice: 'compareAtPrice',
  stock: 'inventory',
  inventory: 'inventory',
  quantity: 'inventory',
  inventoryquantity: 'inventory',
};
const imageColumns = new Set(['images', 'image', 'imageurl', 'thumbnail']);

type ColumnRole =
  | { kind: 'product'; field: string }
  | { kind: 'attribute'; name: string }
  | { kind: 'option'; name: string }
  | { kind: 'variant'; field: string }
  | { kind: 'row'; field: string };

function humanize(name: string): string {
  const words = name.replace(/[_\-.]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function columnRole(column: string, groupsRows: boolean): ColumnRole {
  const attribute = /^attributes?[.:](.+)$/i.exec(column)?.[1]?.trim();
  if (attribute) return { kind: 'attribute', name: attribute };
  const key = normalizeFieldName(column);
  const option = optionColumns[key];
  if (option !== undefined) return { kind: 'option', name: option };
  const variantField = variantFieldColumns[key];
  if (variantField !== undefined) return { kind: 'variant', field: variantField };
  if (/^option[123]$/.test(key)) return { kind: 'option', name: `Option ${key.slice(-1)}` };
  if (key.startsWith('variant') && key !== 'variants') {
    return { kind: 'option', name: humanize(column.replace(/^variant[\s_-]*/i, '')) };
  }
  const rowField = rowLevelColumns[key];
  if (groupsRows && rowField !== undefined) return { kind: 'row', field: rowField };
  return { kind: 'product', field: column };
}

/** True when some column describes a variant: `variant_*`, `size`, `color`, `option1`… */
function hasVariantColumns(columns: readonly string[]): boolean {
  return columns.some((column) => {
    const role = columnRole(column, true);
    return role.kind === 'option' || role.kind === 'variant';
  });
}

/** Folds the rows of one product into the object shape normalizeProduct reads. */
function foldRows(rows: readonly CsvRecord[], roles: Map<string, ColumnRole>, withVariants: boolean) {
  const product: Record<string, unknown> = {};
  const attributes: Record<string, string> = {};
  const images: string[] = [];
  const variants: Array<Record<string, unknown>> = [];
  for (const row of rows) {
    const variant: Record<string, unknown> = {};
    const options: Record<string, string> = {};
    for (const [column, value] of Object.entries(row.values)) {
      const role = roles.get(column);
      if (value === '' || role === undefined) continue;
      if (role.kind === 'attribute') attributes[role.name] ??= value;
      else if (role.kind === 'option') options[role.name] = value;
      // An explicit `variant_price` wins over the row's `price`, whichever column comes first.
      else if (role.kind === 'variant') variant[role.field] = value;
      else if (role.kind === 'row') variant[role.field] ??= value;
      else if (imageColumns.has(normalizeFieldName(column))) images.push(value);
      // Later rows of a product repeat or leave blank its fields: the first value wins.
      else product[role.field] ??= value;
    }
    if (withVariants) variants.push({ ...variant, options });
  }
  return { ...product, images, attributes, ...(withVariants && { variants }) };
}

/**
 * Parses a generic product CSV. Headers are matched loosely through the same aliases as JSON;
 * `attributes.<name>` and unknown columns become attributes. When the file has variant columns
 * (`variant_*`, `size`, `color`, `option1..3`), rows sharing an id or handle are variants of one
 * product. Skipped rows carry their CSV line (header = line 1).
 */
export function parseCsvCatalog(content: string, options: ParseCsvOptions = {}): ParsedCatalog {
  const table = readCsvRecords(content);
  const skipped: SkippedRow[] = [...table.skipped];
  const withVariants = hasVariantColumns(table.columns);
  const keyColumn = table.columns.find((column) => productKeyColumns.includes(normalizeFieldName(column)));
  // Without variant columns every row is a product and a repeated id is a duplicate; without an
  // id or handle column, rows cannot be grouped, and `sku` stays the product's id.
  const groupsRows = withVariants && keyColumn !== undefined;
  const roles = new Map(table.columns.map((column) => [column, columnRole(column, groupsRows)] as const));

  const groups: CsvRecord[][] = [];
  const byKey = new Map<string, CsvRecord[]>();
  for (const record of table.records) {
    const key = keyColumn === undefined ? '' : (record.values[keyColumn]?.trim() ?? '');
    const group = groupsRows && key !== '' ? byKey.get(key) : undefined;
    if (group !== undefined) {
      group.push(record);
      continue;
    }
    const created = [record];
    groups.push(created);
    if (groupsRows && key !== '') byKey.set(key, created);
  }

  const products: Array<Sourced<Product>> = [];
  for (const rows of groups) {
    const firstLine = rows[0]?.line ?? 0;
    const result = normalizeProduct(foldRows(rows, roles, withVariants), {
      keepExtraFields: true,
      ...(options.defaultCurrency !== undefined && { defaultCurrency: options.defaultCurrency }),
    });
    const productId = result.ok ? result.product.id : (keyColumn && rows[0]?.values[keyColumn]) || `on line ${firstLine}`;
    skipped.push(...variantRowSkips(result, productId, firstLine, rows.map((row) => row.line)));
    if (result.ok) products.push({ row: firstLine, item: result.product });
  }

  return productsByLastId(products, skipped);
}
