import { createHash } from 'node:crypto';
import type { Product, StoreDocument } from './product.ts';

export const passageKinds = ['overview', 'specs', 'policy', 'feature', 'review', 'qa', 'document'] as const;
export type PassageKind = (typeof passageKinds)[number];

/** One retrievable line of knowledge. `text` is what is cited; `searchText` adds the context it is ranked with. */
export interface Passage {
  kind: PassageKind;
  ordinal: number;
  text: string;
  searchText: string;
}

const POLICY_KEY = /warrant|guarantee|shipping|delivery|return|refund|exchange/i;
const MAX_DOCUMENT_CHUNK = 900;

/**
 * A product as passages: an overview, its specs, its policies, and each feature bullet, review
 * and Q&A pair on its own so an answer can cite the exact line. Prices and stock are left out on
 * purpose: they change often and are read live from the product row.
 */
export function productPassages(product: Product): Passage[] {
  const name = product.brand ? `${product.title} (${product.brand})` : product.title;
  const passages: Passage[] = [];
  const push = (kind: PassageKind, text: string) => {
    const ordinal = passages.filter((passage) => passage.kind === kind).length;
    passages.push({ kind, ordinal, text, searchText: kind === 'overview' ? text : `${name}: ${text}` });
  };

  push('overview', overviewText(product));
  const entries = Object.entries(product.attributes).filter(([, value]) => value.trim() !== '');
  const specs = entries.filter(([key]) => !POLICY_KEY.test(key));
  const policies = entries.filter(([key]) => POLICY_KEY.test(key));
  if (specs.length > 0) push('specs', specs.map(([key, value]) => `${humanise(key)}: ${value}`).join('. '));
  if (policies.length > 0) push('policy', policies.map(([key, value]) => `${humanise(key)}: ${value}`).join('. '));
  for (const feature of product.features) push('feature', feature);
  for (const review of product.reviews) {
    push('review', review.rating === undefined ? review.text : `${review.rating}/5 — ${review.text}`);
  }
  for (const qa of product.faqs) push('qa', qa.question ? `Q: ${qa.question} A: ${qa.answer}` : qa.answer);
  return passages;
}

function overviewText(product: Product): string {
  const parts = [product.brand ? `${product.title} by ${product.brand}.` : `${product.title}.`];
  if (product.category) parts.push(`Category: ${product.category}.`);
  if (product.description) parts.push(product.description);
  const options = new Map<string, Set<string>>();
  for (const variant of product.variants) {
    for (const [option, value] of Object.entries(variant.options)) {
      if (!options.has(option)) options.set(option, new Set());
      options.get(option)!.add(value);
    }
  }
  for (const [option, values] of options) parts.push(`${option}: ${[...values].join(', ')}.`);
  if (product.tags.length > 0) parts.push(`Tags: ${product.tags.join(', ')}.`);
  return parts.join(' ');
}

/** A store document as passages: one per `##` section, long sections split at paragraphs. */
export function documentPassages(document: StoreDocument): Passage[] {
  const passages: Passage[] = [];
  for (const section of splitSections(document.body)) {
    for (const chunk of splitLong(section.text)) {
      const heading = section.heading ? `${document.title} — ${section.heading}` : document.title;
      passages.push({ kind: 'document', ordinal: passages.length, text: chunk, searchText: `${heading}: ${chunk}` });
    }
  }
  return passages;
}

function splitSections(body: string): { heading?: string; text: string }[] {
  const sections: { heading?: string; lines: string[] }[] = [{ lines: [] }];
  for (const line of body.split(/\r?\n/)) {
    const heading = /^#{1,3}\s+(.*)$/.exec(line);
    if (heading && /^#{2,3}\s/.test(line)) sections.push({ heading: heading[1]!.trim(), lines: [] });
    else if (!/^#\s/.test(line)) sections.at(-1)!.lines.push(line);
  }
  return sections
    .map((section) => ({ heading: section.heading, text: section.lines.join('\n').trim() }))
    .filter((section) => section.text !== '');
}

function splitLong(text: string): string[] {
  if (text.length <= MAX_DOCUMENT_CHUNK) return [text];
  const chunks: string[] = [];
  let current = '';
  for (const paragraph of text.split(/\n\s*\n/)) {
    if (current && current.length + paragraph.length > MAX_DOCUMENT_CHUNK) {
      chunks.push(current.trim());
      current = '';
    }
    current += `${paragraph}\n\n`;
  }
  if (current.trim()) chunks.push(current.trim());
  return chunks;
}

/** "returnPolicy" → "Return policy", "shipping_information" → "Shipping information". */
export function humanise(key: string): string {
  const spaced = key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .trim()
    .toLowerCase();
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}

/** Changes when any passage text changes, and only then (so price or stock updates skip re-embedding). */
export function passagesHash(passages: Passage[]): string {
  return createHash('sha256').update(JSON.stringify(passages)).digest('hex').slice(0, 32);
}
