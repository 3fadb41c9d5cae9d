/**
 * Field names are matched loosely so that `compareAtPrice`, `compare_at_price` and
 * `Compare At Price` are the same field: lowercase, letters and digits only.
 */
export function normalizeFieldName(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** True for values that carry nothing: missing, null, or blank text. */
export function isBlank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

/**
 * Reads a source record through field aliases and remembers which fields were read, so that
 * every field nobody asked for can be kept as an attribute instead of being lost.
 */
export class FieldReader {
  private readonly keys = new Map<string, string>();
  private readonly read = new Set<string>();

  constructor(private readonly record: Record<string, unknown>) {
    for (const key of Object.keys(record)) {
      const normalized = normalizeFieldName(key);
      // The first spelling wins when a source repeats a field under two spellings.
      if (!this.keys.has(normalized)) this.keys.set(normalized, key);
    }
  }

  /** The first non-blank value among the aliases; marks every alias as read. */
  take(aliases: readonly string[]): unknown {
    let found: unknown;
    for (const alias of aliases) {
      const normalized = normalizeFieldName(alias);
      this.read.add(normalized);
      const key = this.keys.get(normalized);
      if (found === undefined && key !== undefined && !isBlank(this.record[key])) found = this.record[key];
    }
    return found;
  }

  /** Marks fields as handled without reading them (ids, bookkeeping). */
  ignore(aliases: readonly string[]): void {
    for (const alias of aliases) this.read.add(normalizeFieldName(alias));
  }

  /** Fields never read nor ignored, in source order, with their original names. */
  unread(): Array<[string, unknown]> {
    return Object.entries(this.record).filter(([key]) => !this.read.has(normalizeFieldName(key)));
  }
}
