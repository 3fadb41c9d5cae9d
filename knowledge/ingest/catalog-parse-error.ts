import { AppError } from '../../core/index.ts';

/** Why a whole file could not be parsed (as opposed to single rows, which are skipped). */
export type CatalogParseErrorCode = 'unknown-format' | 'invalid-json' | 'invalid-csv' | 'unsupported-shape';

/**
 * Thrown when a file cannot be read at all: its format is unknown, it is not valid JSON, or
 * csv-parse gives up. Bad rows never throw; they land in `ParsedCatalog.skipped`. The message is
 * written for the merchant running `vitrine ingest` (an invalid-input AppError: a 400 over HTTP).
 */
export class CatalogParseError extends AppError {
  constructor(
    readonly code: CatalogParseErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super('invalid-input', message, options);
  }
}
