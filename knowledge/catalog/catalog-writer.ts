import { toSql } from 'pgvector';
import type { EmbeddingModel } from '../embeddings/embedding-model.ts';
import { words } from '../embeddings/text-tokens.ts';
import type { Database, Queryable } from '../store/database.ts';
import { vectorType } from '../store/prepare-store.ts';
import { documentPassages, type Passage, passagesHash, productPassages } from './passages.ts';
import { cheapestVariant, type Product, productInStock, productPrice, productStock, type StoreDocument } from './product.ts';

/** What one write did; `unchanged` rows were identical and left untouched. */
export interface CatalogWriteReport {
  products: number;
  variants: number;
  passages: number;
  documents: number;
  created: number;
  updated: number;
  unchanged: number;
}

export interface CatalogWriteOptions {
  /** Products per transaction (and per embedding batch). */
  batchSize?: number;
  /** Called after each batch with items written so far and the total. */
  onProgress?: (done: number, total: number) => void;
}

/**
 * Upserts products and store documents by id. Unchanged items are skipped, a changed price or
 * stock updates the row in place, and passages are re-embedded only when their text changed.
 */
export async function writeCatalog(
  db: Database,
  embedder: EmbeddingModel,
  catalog: { products: Product[]; documents: StoreDocument[] },
  options: CatalogWriteOptions = {},
): Promise<CatalogWriteReport> {
  const batchSize = options.batchSize ?? 200;
  const total = catalog.products.length + catalog.documents.length;
  const report: CatalogWriteReport = { products: 0, variants: 0, passages: 0, documents: 0, created: 0, updated: 0, unchanged: 0 };
  let done = 0;
  for (let start = 0; start < catalog.products.length; start += batchSize) {
    const batch = catalog.products.slice(start, start + batchSize);
    await writeProducts(db, embedder, batch, report);
    done += batch.length;
    options.onProgress?.(done, total);
  }
  for (let start = 0; start < catalog.documents.length; start += batchSize) {
    const batch = catalog.documents.slice(start, start + batchSize);
    await writeDocuments(db, embedder, batch, report);
    done += batch.length;
    options.onProgress?.(done, total);
  }
  return report;
}

async function writeProducts(db: Database, embedder: EmbeddingModel, products: Product[], report: CatalogWriteReport) {
  const prepared = products.map((product) => {
    const passages = productPassages(product);
    return { product, passages, hash: passagesHash(passages) };
  });
  const stale = await staleIds(db, 'products', prepared.map(({ product, hash }) => ({ id: product.id, hash })));
  const toEmbed = prepared.filter(({ product }) => stale.has(product.id));
  const vectors = await embedPassages(embedder, toEmbed.map(({ passages }) => passages));

  await db.transaction(async (tx) => {
    const rows = prepared.map(({ product, hash }) => ({
      id: product.id,
      title: product.title,
      description: product.description,
      brand: product.brand ?? null,
      category: product.category ?? null,
      tags: product.tags,
      currency: product.currency,
      price: productPrice(product),
      compare_at_price: cheapestVariant(product).compareAtPrice ?? null,
      stock: productStock(product),
      in_stock: productInStock(product),
      related: product.related,
      document: product,
      passages_hash: hash,
    }));
    const { rows: written } = await tx.query<{ id: string; created: boolean }>(
      `insert into products (id, title, description, brand, category, tags, currency, price, compare_at_price,
                             stock, in_stock, related, document, passages_hash)
       select id, title, description, brand, category, array(select jsonb_array_elements_text(tags)), currency,
              price, compare_at_price, stock, in_stock, array(select jsonb_array_elements_text(related)),
              document, passages_hash
       from jsonb_to_recordset($1::jsonb) as r(id text, title text, description text, brand text, category text,
            tags jsonb, currency text, price numeric, compare_at_price numeric, stock integer, in_stock boolean,
            related jsonb, document jsonb, passages_hash text)
       on conflict (id) do update set
         title = excluded.title, description = excluded.description, brand = excluded.brand,
         category = excluded.category, tags = excluded.tags, currency = excluded.currency, price = excluded.price,
         compare_at_price = excluded.compare_at_price, stock = excluded.stock, in_stock = excluded.in_stock,
         related = excluded.related, document = excluded.document, passages_hash = excluded.passages_hash,
         updated_at = now()
       where products.document is distinct from excluded.document
          or products.passages_hash is distinct from excluded.passages_hash
       returning id, (xmax = 0) as created`,
      [JSON.stringify(rows)],
    );
    const changedIds = written.map((row) => row.id);
    if (changedIds.length > 0) {
      await tx.query('delete from variants where product_id = any($1::text[])', [changedIds]);
      const changed = new Set(changedIds);
      const variantRows = products
        .filter((product) => changed.has(product.id))
        .flatMap((product) =>
          product.variants.map((variant, position) => ({
            product_id: product.id,
            id: variant.id,
            position,
            sku: variant.sku ?? null,
            title: variant.title,
            options: variant.options,
            price: variant.price,
            compare_at_price: variant.compareAtPrice ?? null,
            inventory: variant.inventory,
          })),
        );
      await tx.query(
        `insert into variants (product_id, id, position, sku, title, options, price, compare_at_price, inventory)
         select * from jsonb_to_recordset($1::jsonb) as r(product_id text, id text, position integer, sku text,
           title text, options jsonb, price numeric, compare_at_price numeric, inventory integer)`,
        [JSON.stringify(variantRows)],
      );
    }
    await replacePassages(tx, 'product_id', toEmbed.map(({ product, passages }) => ({ ownerId: product.id, passages })), vectors, embedder);
    await addSearchTerms(tx, toEmbed.flatMap(({ passages }) => passages));
    const created = written.filter((row) => row.created).length;
    report.created += created;
    report.updated += written.length - created;
    report.unchanged += products.length - written.length;
  });
  report.products += products.length;
  report.variants += products.reduce((sum, product) => sum + product.variants.length, 0);
  report.passages += prepared.reduce((sum, { passages }) => sum + passages.length, 0);
}

async function writeDocuments(db: Database, embedder: EmbeddingModel, documents: StoreDocument[], report: CatalogWriteReport) {
  const prepared = documents.map((document) => {
    const passages = documentPassages(document);
    return { document, passages, hash: passagesHash([{ kind: 'document', ordinal: 0, text: document.title, searchText: document.kind }, ...passages]) };
  });
  const stale = await staleIds(db, 'store_documents', prepared.map(({ document, hash }) => ({ id: document.id, hash })));
  const toWrite = prepared.filter(({ document }) => stale.has(document.id));
  const vectors = await embedPassages(embedder, toWrite.map(({ passages }) => passages));
  await db.transaction(async (tx) => {
    const { rows: written } = await tx.query<{ id: string; created: boolean }>(
      `insert into store_documents (id, title, kind, body, passages_hash)
       select id, title, kind, body, passages_hash
       from jsonb_to_recordset($1::jsonb) as r(id text, title text, kind text, body text, passages_hash text)
       on conflict (id) do update set title = excluded.title, kind = excluded.kind, body = excluded.body,
         passages_hash = excluded.passages_hash, updated_at = now()
       returning id, (xmax = 0) as created`,
      [JSON.stringify(toWrite.map(({ document, hash }) => ({ ...document, passages_hash: hash })))],
    );
    await replacePassages(tx, 'document_id', toWrite.map(({ document, passages }) => ({ ownerId: document.id, passages })), vectors, embedder);
    await addSearchTerms(tx, toWrite.flatMap(({ passages }) => passages));
    const created = written.filter((row) => row.created).length;
    report.created += created;
    report.updated += written.length - created;
    report.unchanged += documents.length - written.length;
  });
  report.documents += documents.length;
  report.passages += prepared.reduce((sum, { passages }) => sum + passages.length, 0);
}

/** Ids that are new or whose passage text changed since the last write. */
async function staleIds(db: Queryable, table: 'products' | 'store_documents', items: { id: string; hash: string }[]) {
  const { rows } = await db.query<{ id: string; passages_hash: string }>(
    `select id, passages_hash from ${table} where id = any($1::text[])`,
    [items.map((item) => item.id)],
  );
  const stored = new Map(rows.map((row) => [row.id, row.passages_hash]));
  return new Set(items.filter((item) => stored.get(item.id) !== item.hash).map((item) => item.id));
}

async function embedPassages(embedder: EmbeddingModel, groups: Passage[][]): Promise<number[][]> {
  const texts = groups.flat().map((passage) => passage.searchText);
  return texts.length === 0 ? [] : embedder.embedDocuments(texts);
}

/** Replaces the passages of each owner; `vectors` line up with the owners' passages in order. */
async function replacePassages(
  tx: Queryable,
  ownerColumn: 'product_id' | 'document_id',
  owners: { ownerId: string; passages: Passage[] }[],
  vectors: number[][],
  embedder: EmbeddingModel,
): Promise<void> {
  if (owners.length === 0) return;
  await tx.query(`delete from passages where ${ownerColumn} = any($1::text[])`, [owners.map((owner) => owner.ownerId)]);
  let index = 0;
  const rows = owners.flatMap(({ ownerId, passages }) =>
    passages.map((passage) => ({
      owner_id: ownerId,
      kind: passage.kind,
      ordinal: passage.ordinal,
      text: passage.text,
      search_text: passage.searchText,
      // Vectors travel as text and are cast in SQL: PGlite cannot bind vector arrays.
      embedding: toSql(roundVector(vectors[index++]!)),
    })),
  );
  await tx.query(
    `insert into passages (${ownerColumn}, kind, ordinal, text, search_text, embedding)
     select owner_id, kind, ordinal, text, search_text, embedding::${vectorType(embedder.dimensions)}
     from jsonb_to_recordset($1::jsonb) as r(owner_id text, kind text, ordinal integer, text text, search_text text, embedding text)`,
    [JSON.stringify(rows)],
  );
}

/** Five decimals are plenty for cosine ranking; more digits only cost bytes on the wire. */
export function roundVector(vector: number[]): number[] {
  return vector.map((value) => Math.round(value * 1e5) / 1e5);
}

async function addSearchTerms(tx: Queryable, passages: Passage[]): Promise<void> {
  const terms = new Set<string>();
  for (const passage of passages) {
    for (const word of words(passage.searchText)) if (word.length >= 3 && word.length <= 40 && !/^\d+$/.test(word)) terms.add(word);
  }
  if (terms.size === 0) return;
  await tx.query(
    'insert into search_terms (term) select unnest($1::text[]) on conflict do nothing',
    [[...terms]],
  );
}
