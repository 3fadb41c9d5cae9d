import { documentKinds, type DocumentKind } from '../catalog/product.ts';

// Checked in this order: "Shipping FAQ" is an FAQ page, "Size & fit guide" a size guide.
const kindPatterns: Array<[DocumentKind, RegExp]> = [
  ['faq', /\b(faqs?|questions|q&a|q-and-a)\b/i],
  ['size-guide', /\b(size|sizes|sizing|fit)\b/i],
  ['policy', /\b(returns?|refunds?|exchanges?|shipping|delivery|warranty|guarantee|privacy|terms|policy|policies)\b/i],
];

/** Guesses a store document's kind from its file name and title. */
export function guessDocumentKind(...names: Array<string | undefined>): DocumentKind {
  // Separators in file names ("size_guide", "return-policy") must not hide the words.
  const text = names.filter(Boolean).join(' ').replace(/[_\-.]+/g, ' ');
  for (const [kind, pattern] of kindPatterns) if (pattern.test(text)) return kind;
  return 'guide';
}

/** A kind as merchants write it ("Size guide", "FAQs", "policies"), or undefined if unknown. */
export function readDocumentKind(value: string | undefined): DocumentKind | undefined {
  if (value === undefined) return undefined;
  const normalized = value.trim().toLowerCase().replace(/[\s_]+/g, '-');
  const aliases: Record<string, DocumentKind> = {
    faqs: 'faq',
    policies: 'policy',
    'size-chart': 'size-guide',
    sizing: 'size-guide',
    guides: 'guide',
  };
  const kind = aliases[normalized] ?? normalized;
  return (documentKinds as readonly string[]).includes(kind) ? (kind as DocumentKind) : undefined;
}
