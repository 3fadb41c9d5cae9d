import path from 'node:path';
import { loadConfig } from '../../core/index.ts';
import {
  type CatalogFormat,
  catalogStats,
  describeSkippedRow,
  detectFormat,
  type Knowledge,
  openKnowledge,
  parseCatalog,
  withSearchIndexesDeferred,
  writeCatalog,
} from '../../knowledge/index.ts';
import { readInputFile } from './cli-input.ts';
import type { CliIo } from './cli-io.ts';
import { createProgress } from './progress.ts';

export interface IngestOptions {
  format: CatalogFormat | 'auto';
  json?: boolean;
}

/** `vitrine ingest <file>`: parse, report bad rows, upsert the good ones. Exit 1 only when nothing was valid. */
export async function ingestCommand(file: string, options: IngestOptions, io: CliIo): Promise<number> {
  const content = await readInputFile(file);
  const format = options.format === 'auto' ? detectFormat(content, path.basename(file)) : options.format;
  const parsed = parseCatalog(content, { format, fileName: path.basename(file) });
  const knowledge = await openKnowledge(loadConfig(io.env));
  try {
    const progress = createProgress(io, 'Ingesting', !options.json);
    const write = () => writeCatalog(knowledge.db, knowledge.embedder, parsed, { onProgress: progress.update, batchSize: 100 });
    const report = (await isBulkLoad(knowledge, parsed.products.length))
      ? await withSearchIndexesDeferred(knowledge.db, knowledge.embedder, knowledge.capabilities, write)
      : await write();
    progress.stop();
    const summary = {
      products: report.products,
      variants: report.variants,
      passages: report.passages,
      documents: report.documents,
      changes: { created: report.created, updated: report.updated, unchanged: report.unchanged },
      skipped: parsed.skipped,
    };
    if (options.json) {
      io.stdout(`${JSON.stringify(summary)}\n`);
    } else {
      io.stdout(
        `Ingested ${report.products} products (${report.variants} variants), ${report.documents} documents, ` +
          `${report.passages} passages: ${report.created} new, ${report.updated} updated, ${report.unchanged} unchanged.\n`,
      );
      if (parsed.skipped.length > 0) {
        io.stdout(`Skipped ${parsed.skipped.length} row${parsed.skipped.length === 1 ? '' : 's'}:\n`);
        for (const skipped of parsed.skipped) io.stdout(`  ${describeSkippedRow(skipped, format)}\n`);
      }
    }
    const nothingValid = report.products + report.documents === 0;
    if (nothingValid) io.stderr(`vitrine: no valid product or document found in ${file}\n`);
    return nothingValid ? 1 : 0;
  } finally {
    await knowledge.close();
  }
}

/** A large load into a small embedded catalog: rebuilding the indexes once beats growing them. */
async function isBulkLoad(knowledge: Knowledge, incoming: number): Promise<boolean> {
  if (knowledge.db.engine !== 'pglite' || incoming < 2_000) return false;
  return (await catalogStats(knowledge.db)).products < incoming;
}
