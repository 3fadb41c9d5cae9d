import type { Queryable } from '../store/database.ts';
import type { Product } from './product.ts';

/** A product as stored, with variant prices and inventory read live from their rows. */
export async function getProduct(db: Queryable, id: string): Promise<Product | null> {
  return (await getProducts(db, [id]))[0] ?? null;
}

/** Several products in one query, in the order asked (unknown ids are left out). */
export async function getProducts(db: Queryable, ids: string[]): Promise<Product[]> {
  const wanted = [...new Set(ids.map((id) => id.trim()))];
  if (wanted.length === 0) return [];
  const { rows } = await db.query<{ id: string; document: Product; variants: Product['variants'] | null }>(
    `select p.id, p.document,
            (select jsonb_agg(jsonb_build_object('id', v.id, 'sku', v.sku, 'title', v.title, 'options', v.options,
                     'price', v.price, 'compareAtPrice', v.compare_at_price, 'inventory', v.inventory) order by v.position)
             from variants v where v.product_id = p.id) as variants
     from products p where p.id = any($1::text[])`,
    [wanted],
  );
  const byId = new Map(rows.map((row) => [row.id, row]));
  return wanted.flatMap((id) => {
    const row = byId.get(id);
    if (!row) return [];
    const variants = (row.variants ?? []).map((variant) => ({
      ...variant,
      sku: variant.sku ?? undefined,
      price: Number(variant.price),
      compareAtPrice: variant.compareAtPrice === null || variant.compareAtPrice === undefined ? undefined : Number(variant.compareAtPrice),
    }));
    return [{ ...row.document, variants }];
  });
}

/** How many products and passages the catalog holds. */
export async function catalogStats(db: Queryable): Promise<{ products: number; passages: number; documents: number }> {
  const { rows } = await db.query<{ products: number; passages: number; documents: number }>(
    `select (select count(*)::int from products) as products, (select count(*)::int from passages) as passages,
            (select count(*)::int from store_documents) as documents`,
  );
  return rows[0]!;
}

/** A product as a line of a listing: enough to answer "cheapest", "under $50", "what's in stock". */
export interface ProductListing {
  productId: string;
  title: string;
  brand: string | null;
  category: string | null;
  price: number;
  compareAtPrice: number | null;
  currency: string;
  stock: number | null;
  inStock: boolean;
}

export interface ListingQuery {
  /** Words every listed product's overview must contain (full text, stemmed): "lipstick", "running shoes". */
  matching?: string;
  category?: string;
  brand?: string;
  minPrice?: number;
  maxPrice?: number;
  inStock?: boolean;
  sort?: 'price-asc' | 'price-desc';
  limit?: number;
}

/**
 * Listings straight from SQL over the whole catalog, filters before ordering: superlatives and
 * price ranges are catalog questions, not similarity questions.
 */
export async function listProducts(db: Queryable, query: ListingQuery): Promise<ProductListing[]> {
  const { where, params } = listingWhere(query);
  const order = query.sort === 'price-desc' ? 'price desc, id' : 'price asc, id';
  params.push(Math.max(1, Math.min(Math.trunc(query.limit ?? 10), 100)));
  const { rows } = await db.query<ListingRow>(
    `select id, title, brand, category, price, compare_at_price, currency, stock, in_stock
     from products ${where} order by ${order} limit $${params.length}`,
    params,
  );
  return rows.map((row) => ({
    productId: row.id,
    title: row.title,
    brand: row.brand,
    category: row.category,
    price: Number(row.price),
    compareAtPrice: row.compare_at_price === null ? null : Number(row.compare_at_price),
    currency: row.currency,
    stock: row.stock,
    inStock: row.in_stock,
  }));
}

/** Cheapest and dearest price among matching products (ignoring the price filters), or null when none match. */
export async function priceBounds(db: Queryable, query: Omit<ListingQuery, 'minPrice' | 'maxPrice' | 'sort' | 'limit'>) {
  const { where, params } = listingWhere(query);
  const { rows } = await db.query<{ min: number | null; max: number | null; count: number; currency: string | null }>(
    `select min(price) as min, max(price) as max, count(*)::int as count, min(currency) as currency from products ${where}`,
    params,
  );
  const row = rows[0]!;
  return row.count === 0 ? null : { min: Number(row.min), max: Number(row.max), count: row.count, currency: row.currency ?? 'USD' };
}

interface ListingRow {
  id: string;
  title: string;
  brand: string | null;
  category: string | null;
  price: number;
  compare_at_price: number | null;
  currency: string;
  stock: number | null;
  in_stock: boolean;
}

function listingWhere(query: Omit<ListingQuery, 'sort' | 'limit'>): { where: string; params: unknown[] } {
  const params: unknown[] = [];
  const conditions: string[] = [];
  const param = (value: unknown) => `$${params.push(value)}`;
  if (query.matching?.trim()) {
    conditions.push(
      `exists (select 1 from passages p where p.product_id = products.id and p.kind = 'overview'
               and p.text_search @@ plainto_tsquery('english', ${param(query.matching)}))`,
    );
  }
  if (query.category) conditions.push(`lower(category) = lower(${param(query.category)})`);
  if (query.brand) conditions.push(`lower(brand) = lower(${param(query.brand)})`);
  if (query.minPrice !== undefined) conditions.push(`price >= ${param(query.minPrice)}`);
  if (query.maxPrice !== undefined) conditions.push(`price <= ${param(query.maxPrice)}`);
  if (query.inStock) conditions.push('in_stock');
  return { where: conditions.length > 0 ? `where ${conditions.join(' and ')}` : '', params };
}
