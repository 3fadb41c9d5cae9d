import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { type CatalogWriteReport, writeCatalog } from '../catalog/catalog-writer.ts';
import type { EmbeddingModel } from '../embeddings/embedding-model.ts';
import { parseCatalog } from '../ingest/parse-catalog.ts';
import type { ParsedCatalog } from '../ingest/parsed-catalog.ts';
import type { Database } from '../store/database.ts';

const demoDirectory = import.meta.dirname;

/** The demo store shipped with vitrine: products from catalog.json, policies and guides from docs/. */
export async function readDemoCatalog(): Promise<ParsedCatalog> {
  const catalog = parseCatalog(await readFile(path.join(demoDirectory, 'catalog.json'), 'utf8'), {
    format: 'json',
    fileName: 'catalog.json',
  });
  const docsDirectory = path.join(demoDirectory, 'docs');
  for (const fileName of (await readdir(docsDirectory)).filter((name) => name.endsWith('.md')).sort()) {
    const parsed = parseCatalog(await readFile(path.join(docsDirectory, fileName), 'utf8'), { format: 'markdown', fileName });
    catalog.documents.push(...parsed.documents);
  }
  return catalog;
}

/** Loads the demo store when the catalog is empty (first start); returns null when it was not. */
export async function loadDemoCatalog(db: Database, embedder: EmbeddingModel): Promise<CatalogWriteReport | null> {
  const { rows } = await db.query<{ present: boolean }>('select exists (select 1 from products) as present');
  if (rows[0]!.present) return null;
  return writeCatalog(db, embedder, await readDemoCatalog());
}
