import type { Offer } from '../../core/index.ts';
import { type Product, readDemoCatalog, type StoreDocument } from '../../knowledge/index.ts';
import { FactBook } from './fact-book.ts';

/** The demo store, read once per test file: products by id and documents by id. */
export async function demoStore(): Promise<{ product: (id: string) => Product; document: (id: string) => StoreDocument }> {
  const catalog = await readDemoCatalog();
  return {
    product(id) {
      const found = catalog.products.find((product) => product.id === id);
      if (!found) throw new Error(`no demo product ${id}`);
      return found;
    },
    document(id) {
      const found = catalog.documents.find((document) => document.id === id || document.id.endsWith(id));
      if (!found) throw new Error(`no demo document ${id} (have ${catalog.documents.map((document) => document.id).join(', ')})`);
      return found;
    },
  };
}

/** A fact book holding the given products (UTC only, so clock tests do not depend on the machine's zone). */
export function factsOf(...products: Product[]): FactBook {
  const facts = new FactBook();
  for (const product of products) facts.addProduct(product);
  return facts;
}

export function sampleOffer(overrides: Partial<Offer> = {}): Offer {
  return {
    code: 'LIVE-7KQ2MX',
    productId: 'hush-700-headphones',
    variantId: 'hush-700-headphones-black',
    discountPercent: 10,
    unitPrice: 299,
    offerPrice: 269.1,
    currency: 'USD',
    expiresAt: '2026-11-30T20:45:00Z',
    ...overrides,
  };
}
