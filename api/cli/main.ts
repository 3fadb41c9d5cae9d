import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { isAppError } from '../../core/index.ts';
import { catalogFormats } from '../../knowledge/index.ts';
import { askCommand } from './ask-command.ts';
import { type CliIo, processIo } from './cli-io.ts';
import { ingestCommand } from './ingest-command.ts';
import { reindexCommand } from './reindex-command.ts';
import { searchCommand } from './search-command.ts';
import { startCommand } from './start-command.ts';
import { tokenCommand } from './token-command.ts';

/** Runs the `vitrine` command line; resolves to the process exit code. */
export async function main(argv: string[], io: CliIo = processIo): Promise<number> {
  let exitCode = 0;
  const run = (work: () => Promise<number>) => async () => {
    exitCode = await work();
  };
  const program = new Command('vitrine')
    .description('Open AI host for live commerce')
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .showHelpAfterError();

  program
    .command('start')
    .description('start vitrine: API, pages and the demo show (embedded database unless DATABASE_URL is set)')
    .action(run(() => startCommand(io)));

  program
    .command('ingest')
    .description('load products (JSON, CSV, Shopify CSV) or documents (Markdown) into the catalog')
    .argument('<file>', 'catalog file')
    .addOption(new Option('--format <format>', 'input format').choices(['auto', ...catalogFormats]).default('auto'))
    .option('--json', 'print a machine-readable report')
    .action((file, options) => run(() => ingestCommand(file, options, io))());

  program
    .command('search')
    .description('hybrid search over the catalog')
    .argument('[query]', 'what a shopper would type')
    .option('--limit <n>', 'number of results', positiveInteger)
    .option('--product <id>', "rank this product's passages instead of products")
    .option('--in-stock', 'only products in stock')
    .option('--min-price <amount>', 'lowest price', amount)
    .option('--max-price <amount>', 'highest price', amount)
    .option('--category <name>', 'only this category')
    .option('--brand <name>', 'only this brand')
    .option('--batch <file.jsonl>', 'one {"id","query","product"?,"limit"?} per line')
    .option('--json', 'print JSON')
    .action((query, options) => run(() => searchCommand(query, options, io))());

  program
    .command('ask')
    .description('ask the shopping assistant (offline composer, or the model set by LLM_MODEL)')
    .argument('[question]', 'what a shopper would ask')
    .option('--session <id>', 'conversation session', 'cli')
    .option('--viewer <id>', 'who is asking', 'cli-shopper')
    .addOption(new Option('--mode <mode>', 'stream host, one-to-one concierge, or FAQ assist').choices(['stream', 'concierge', 'assist']).default('concierge'))
    .option('--batch <file.jsonl>', 'one {"id","question","session"?,"viewer"?} per line')
    .option('--json', 'print JSON')
    .action((question, options) => run(() => askCommand(question, options, io))());

  program
    .command('token')
    .description("print a staff sign-in link, signed with this store's secret (valid 7 days)")
    .addOption(new Option('--role <role>', 'what the link may do').choices(['admin', 'host']).default('admin'))
    .option('--name <name>', 'the name shown in chats')
    .option('--staff <id>', "a stylist of the booking calendar: the link admits that stylist's calls")
    .action((options) => run(() => tokenCommand(options, io))());

  program
    .command('reindex')
    .description('re-embed every passage with the configured embedding model')
    .action(run(() => reindexCommand(io)));

  try {
    await program.parseAsync(argv);
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode;
    io.stderr(`vitrine: ${isAppError(error) ? error.message : (error as Error).stack ?? String(error)}\n`);
    return 1;
  }
}

function positiveInteger(value: string): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1) throw new InvalidArgumentError('must be a whole number above 0');
  return number;
}

function amount(value: string): number {
  const number = Number(value);
  if (!Number.isFinite(number) || number < 0) throw new InvalidArgumentError('must be an amount such as 49.90');
  return number;
}
