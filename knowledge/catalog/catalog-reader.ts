import type { Queryable } from '../store/database.ts';
import type { Product } from './product.ts';

/** A product as stored, with variant prices and inventory read live from their rows. */
export async function getProduct(db: Queryable, id: string): Promise<Product | null> {
  const { rows } = await db.query<{ document: Product; variants: Product['variants'] | null }>(
    `select p.document,
            (select jsonb_agg(jsonb_build_object('id', v.id, 'sku', v.sku, 'title', v.title, 'options', v.options,
                     'price', v.price, 'compareAtPrice', v.compare_at_price, 'inventory', v.inventory) order by v.position)
             from variants v where v.product_id = p.id) as variants
     from products p where p.id = $1`,
    [id.trim()],
  );
  const row = rows[0];
  if (!row) return null;
  const variants = (row.variants ?? []).map((variant) => ({
    ...variant,
    sku: variant.sku ?? undefined,
    price: Number(variant.price),
    compareAtPrice: variant.compareAtPrice === null || variant.compareAtPrice === undefined ? undefined : Number(variant.compareAtPrice),
  }));
  return { ...row.document, variants };
}

/** How many products and passages the catalog holds. */
export async function catalogStats(db: Queryable): Promise<{ products: number; passages: number; documents: number }> {
  const { rows } = await db.query<{ products: number; passages: number; documents: number }>(
    `select (select count(*)::int from products) as products, (select count(*)::int from passages) as passages,
            (select count(*)::int from store_documents) as documents`,
  );
  return rows[0]!;
}
