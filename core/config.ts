import { z } from 'zod';
import { AppError } from './app-error.ts';

const optionalText = z
  .string()
  .trim()
  .optional()
  .transform((value) => (value ? value : undefined));

const configSchema = z.object({
  VITRINE_DATA_DIR: z.string().trim().min(1).default('./.vitrine'),
  DATABASE_URL: optionalText.pipe(
    z.string().regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://').optional(),
  ),
  // http(s) only: "localhost:11434" would otherwise pass as a URL whose scheme is "localhost:".
  OPENAI_BASE_URL: optionalText.pipe(
    z.url({ protocol: /^https?$/, error: 'must be a URL such as http://localhost:11434/v1' }).optional(),
  ),
  OPENAI_API_KEY: optionalText,
  LLM_MODEL: optionalText,
  EMBEDDING_MODEL: optionalText,
  EMBEDDING_DIMENSIONS: z.coerce.number().int().min(8).max(4000).optional(),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  PUBLIC_URL: optionalText.pipe(z.url({ protocol: /^https?$/, error: 'must be the public http(s) URL of vitrine' }).optional()),
  VITRINE_SECRET: optionalText.pipe(z.string().min(32, 'must be at least 32 characters').optional()),
  SHOPIFY_STORE_DOMAIN: optionalText.pipe(
    z.string().regex(/^[a-z0-9][a-z0-9.-]*\.[a-z]{2,}$/i, 'must be a store domain such as my-store.myshopify.com').optional(),
  ),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

/** Process configuration, read once from the environment by `loadConfig`. */
export interface Config {
  dataDir: string;
  databaseUrl?: string;
  openai: { baseUrl?: string; apiKey?: string; llmModel?: string; embeddingModel?: string; embeddingDimensions?: number };
  port: number;
  /** Base of links sent to shoppers (cart, checkout); defaults to http://localhost:PORT. */
  publicUrl: string;
  /** Signs cart links and tokens; generated and kept in the database when not set. */
  secret?: string;
  /** When set, cart links are Shopify cart permalinks on this store instead of the built-in checkout. */
  shopifyStoreDomain?: string;
  logLevel: z.infer<typeof configSchema>['LOG_LEVEL'];
}

/** Reads the environment once; every bad field is reported together in one clear error. */
export function loadConfig(env: Record<string, string | undefined>): Config {
  // `PORT=` in a .env file means unset, not 0 (coerced) nor an invalid choice.
  const set = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value.trim() !== ''));
  const parsed = configSchema.safeParse(set);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new AppError('invalid-input', `Invalid configuration:\n  ${problems.join('\n  ')}`);
  }
  const values = parsed.data;
  return {
    dataDir: values.VITRINE_DATA_DIR,
    databaseUrl: values.DATABASE_URL,
    openai: {
      baseUrl: values.OPENAI_BASE_URL,
      apiKey: values.OPENAI_API_KEY,
      llmModel: values.LLM_MODEL,
      embeddingModel: values.EMBEDDING_MODEL,
      embeddingDimensions: values.EMBEDDING_DIMENSIONS,
    },
    port: values.PORT,
    publicUrl: (values.PUBLIC_URL ?? `http://localhost:${values.PORT}`).replace(/\/+$/, ''),
    secret: values.VITRINE_SECRET,
    shopifyStoreDomain: values.SHOPIFY_STORE_DOMAIN,
    logLevel: values.LOG_LEVEL,
  };
}
