import { CsvError, parse } from 'csv-parse/sync';
import { CatalogParseError } from './catalog-parse-error.ts';
import { normalizeFieldName } from './field-reader.ts';
import type { SkippedRow } from './parsed-catalog.ts';

/** One CSV record keyed by header name, with the line it starts on (the header is line 1). */
export interface CsvRecord {
  line: number;
  values: Record<string, string>;
}

export interface CsvTable {
  /** Header names, trimmed; blank ones named "column N". */
  columns: string[];
  records: CsvRecord[];
  /** Records csv-parse could not read (stray quotes, too many fields), by line. */
  skipped: SkippedRow[];
}

interface ParsedRecord {
  record: Record<string, string | undefined>;
  raw: string;
  info: { lines: number };
}

// Spreadsheets save as CRLF; csv-parse counts lines inside quoted CRLF fields twice, so line
// numbers are only right once line endings are plain "\n". Quoted text loses nothing by it.
function normalizeLineEndings(content: string): string {
  return content.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

/** European spreadsheets export with ";", some tools with tabs: pick what the header uses. */
export function detectDelimiter(content: string): string {
  const header = content.split('\n').find((line) => line.trim() !== '') ?? '';
  const unquoted = header.replace(/"[^"]*"/g, '');
  const counts = [',', ';', '\t'].map((candidate) => [candidate, unquoted.split(candidate).length - 1] as const);
  const [best] = [...counts].sort((a, b) => b[1] - a[1]);
  return best !== undefined && best[1] > 0 ? best[0] : ',';
}

/** How many lines a record spans beyond its first: csv-parse reports where a record ends. */
function extraLines(raw: string | undefined): number {
  if (raw === undefined) return 0;
  return (raw.replace(/\n$/, '').match(/\n/g) ?? []).length;
}

function describeCsvError(error: CsvError, startLine: number, endLine: number): string {
  switch (error.code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      return endLine > startLine
        ? `a quoted field opened on this line is never closed, so lines ${startLine}–${endLine} could not be read`
        : 'a quoted field opened on this line is never closed';
    case 'CSV_RECORD_INCONSISTENT_COLUMNS': {
      const [, expected, got] = /columns length is (\d+), got (\d+)/.exec(error.message) ?? [];
      return expected === undefined
        ? error.message
        : `has ${got} fields but the header has ${expected} (an unquoted "," or ";" inside a value?)`;
    }
    case 'CSV_INVALID_CLOSING_QUOTE':
    case 'CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE':
      return 'a closing quote is followed by other text (write "" for a quote inside a quoted value)';
    default:
      return error.message;
  }
}

/** The header names only, for format detection. Never throws. */
export function readCsvHeader(content: string): string[] {
  const text = normalizeLineEndings(content);
  try {
    const [header] = parse(text, {
      delimiter: detectDelimiter(text),
      to_line: 1,
      relax_quotes: true,
      skip_empty_lines: true,
    });
    return (header ?? []).map((name) => name.trim());
  } catch {
    return [];
  }
}

/**
 * Reads a CSV into records keyed by header name, keeping each record's starting line. Broken
 * records are skipped with their line; fewer fields than the header is allowed (blank values),
 * since spreadsheet tools drop trailing empty cells. Throws CatalogParseError only when
 * csv-parse cannot go on at all.
 */
export function readCsvRecords(content: string): CsvTable {
  const text = normalizeLineEndings(content);
  let columns: string[] = [];
  const skipped: SkippedRow[] = [];
  let parsed: ParsedRecord[];
  try {
    parsed = parse(text, {
      columns: (header: string[]) => {
        columns = header.map((name, index) => name.trim() || `column ${index + 1}`);
        return columns;
      },
      delimiter: detectDelimiter(text),
      info: true,
      raw: true,
      bom: true,
      skip_empty_lines: true,
      relax_quotes: true,
      relax_column_count_less: true,
      skip_records_with_error: true,
      on_skip: (error, raw) => {
        if (error === undefined) return;
        const endLine = typeof error.lines === 'number' ? error.lines : 0;
        const startLine = Math.max(1, endLine - extraLines(raw));
        skipped.push({ row: startLine, reason: describeCsvError(error, startLine, endLine) });
      },
    }) as unknown as ParsedRecord[];
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new CatalogParseError('invalid-csv', `The CSV file could not be read: ${message}`, { cause: error });
  }

  const records: CsvRecord[] = [];
  for (const { record, raw, info } of parsed) {
    const values: Record<string, string> = {};
    for (const column of columns) values[column] = (record[column] ?? '').trim();
    // Rows of empty cells (",,,,") are spreadsheet leftovers, not records.
    if (Object.values(values).every((value) => value === '')) continue;
    records.push({ line: info.lines - extraLines(raw), values });
  }
  return { columns, records, skipped };
}

/** Finds a column by loose name ("variant price" finds "Variant Price"); "" when absent. */
export function columnReader(columns: readonly string[]): (values: Record<string, string>, name: string) => string {
  const byName = new Map<string, string>();
  for (const column of columns) {
    const key = normalizeFieldName(column);
    if (!byName.has(key)) byName.set(key, column);
  }
  return (values, name) => {
    const column = byName.get(normalizeFieldName(name));
    return column === undefined ? '' : (values[column] ?? '');
  };
}
