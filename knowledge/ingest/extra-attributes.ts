import { isRecord } from './read-values.ts';

// Fields that describe the record rather than the product: ids of other systems, timestamps,
// and DummyJSON's `meta` (barcode, QR code). They only add noise to retrieval.
const bookkeeping = /^(meta|metadata|handle|createdat|updatedat|publishedat|deletedat|position|adminurl)$/;

// Business-private numbers: whatever is an attribute may be said to shoppers on a live stream.
const privateFields = /^(cost|costprice|costperitem|unitcost|wholesale|wholesaleprice|margin|supplier|supplierprice|purchaseprice)$/;

function isIdField(key: string): boolean {
  return /^id$|_id$|[a-z0-9]Id$|^ID$|[a-z0-9]ID$|^gid$/.test(key);
}

function primitiveText(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() === '' ? undefined : value.trim();
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : undefined;
  if (typeof value === 'boolean') return String(value);
  return undefined;
}

/**
 * An attribute value as text: strings as is, numbers and booleans stringified, lists of
 * scalars joined, flat objects as "width 15.14, height 13.08, depth 22.99". Anything deeper
 * (arrays of objects, nested objects) returns undefined: it is structure, not a fact to say.
 */
export function attributeText(value: unknown): string | undefined {
  const scalar = primitiveText(value);
  if (scalar !== undefined) return scalar;
  if (Array.isArray(value)) {
    const items = value.map(primitiveText);
    if (items.length === 0 || items.some((item) => item === undefined)) return undefined;
    return items.join(', ');
  }
  if (isRecord(value)) {
    const parts: string[] = [];
    for (const [key, inner] of Object.entries(value)) {
      if (inner === null || inner === undefined || inner === '') continue;
      const text = primitiveText(inner);
      if (text === undefined) return undefined;
      parts.push(`${key} ${text}`);
    }
    return parts.length === 0 ? undefined : parts.join(', ');
  }
  return undefined;
}

/** Keeps leftover source fields as attributes, skipping ids, bookkeeping and deep structures. */
export function extraAttributes(fields: Array<[string, unknown]>): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const [key, value] of fields) {
    const name = key.trim();
    const normalized = name.toLowerCase().replace(/[^a-z]/g, '');
    if (name === '' || isIdField(name) || bookkeeping.test(normalized) || privateFields.test(normalized)) continue;
    const text = attributeText(value);
    if (text !== undefined) attributes[name] = text;
  }
  return attributes;
}
