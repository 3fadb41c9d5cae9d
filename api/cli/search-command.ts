import { z } from 'zod';
import { AppError, loadConfig } from '../../core/index.ts';
import { type Knowledge, openKnowledge, type SearchOptions, type SearchResult } from '../../knowledge/index.ts';
import { batchLines, readInputFile } from './cli-input.ts';
import type { CliIo } from './cli-io.ts';

export interface SearchCommandOptions {
  limit?: number;
  product?: string;
  inStock?: boolean;
  minPrice?: number;
  maxPrice?: number;
  category?: string;
  brand?: string;
  batch?: string;
  json?: boolean;
}

const batchLineSchema = z.object({
  id: z.union([z.string(), z.number()]).transform(String),
  query: z.string().trim().min(1, 'query is empty'),
  product: z.union([z.string(), z.number()]).transform(String).optional(),
  limit: z.number().int().min(1).max(100).optional(),
});

/** `vitrine search "<query>"` or `vitrine search --batch file.jsonl`. */
export async function searchCommand(query: string | undefined, options: SearchCommandOptions, io: CliIo): Promise<number> {
  if (!options.batch && !query?.trim()) throw new AppError('invalid-input', 'Give a query, e.g. vitrine search "red dress", or --batch <file.jsonl>');
  const batchText = options.batch ? await readInputFile(options.batch) : undefined;
  const knowledge = await openKnowledge(loadConfig(io.env));
  try {
    if (batchText !== undefined) return await runBatch(knowledge, batchText, options, io);
    const results = await knowledge.search.search(query!, toSearchOptions(options));
    if (options.json) io.stdout(`${JSON.stringify({ query, results: results.map(toJson) })}\n`);
    else io.stdout(formatResults(results));
    return 0;
  } finally {
    await knowledge.close();
  }
}

/** One output line per input line, in order; a bad line gets an error line and the batch goes on. */
async function runBatch(knowledge: Knowledge, text: string, options: SearchCommandOptions, io: CliIo): Promise<number> {
  let failures = 0;
  for (const parsed of batchLines(text, batchLineSchema)) {
    if (!parsed.ok) {
      failures++;
      io.stdout(`${JSON.stringify({ id: parsed.id, line: parsed.line, error: parsed.error })}\n`);
      continue;
    }
    const { id, query, product, limit } = parsed.value;
    const results = await knowledge.search.search(query, { ...toSearchOptions(options), productId: product ?? options.product, limit: limit ?? options.limit });
    io.stdout(`${JSON.stringify({ id, results: results.map(toJson) })}\n`);
  }
  if (failures > 0) io.stderr(`vitrine: ${failures} batch line${failures === 1 ? '' : 's'} could not be read (see their "error")\n`);
  return 0;
}

function toSearchOptions(options: SearchCommandOptions): SearchOptions {
  return {
    limit: options.limit,
    productId: options.product,
    inStock: options.inStock,
    minPrice: options.minPrice,
    maxPrice: options.maxPrice,
    category: options.category,
    brand: options.brand,
  };
}

function toJson(result: SearchResult) {
  return { productId: result.productId, title: result.title, price: result.price, score: result.score, passage: result.passage };
}

function formatResults(results: SearchResult[]): string {
  if (results.length === 0) return 'No matching products.\n';
  return results
    .map((result, index) => {
      const price = result.price === null ? '' : ` — ${result.price.toFixed(2)} ${result.currency}`;
      const id = result.productId ? ` [${result.productId}]` : '';
      return `${index + 1}. ${result.title}${price}${id}  (score ${result.score.toFixed(3)})\n   ${result.passage.kind}: ${truncate(result.passage.text, 160)}\n`;
    })
    .join('');
}

function truncate(text: string, length: number): string {
  return text.length <= length ? text : `${text.slice(0, length - 1)}…`;
}
