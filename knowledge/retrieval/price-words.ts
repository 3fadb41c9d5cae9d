import { words } from '../embeddings/text-tokens.ts';

/**
 * Words about price, not about the product ("cheap lipstick", "affordable gift"). Product text
 * rarely uses them, so as search terms they match noise ("budget-friendly" bags, "cheaper than").
 * Price questions are answered from prices (listings and filters), never from text similarity.
 */
const PRICE_WORDS = new Set([
  'cheap', 'cheaper', 'cheapest', 'affordable', 'inexpensive', 'budget', 'pricey', 'expensive', 'priciest',
  'price', 'prices', 'priced', 'cost', 'costs', 'bargain', 'bargains', 'deal', 'deals', 'dollars', 'bucks',
]);

/** The query without price words; the query itself when nothing else is left ("cheap stuff" stays). */
export function withoutPriceWords(query: string): string {
  const kept = words(query).filter((word) => !PRICE_WORDS.has(word));
  return kept.length > 0 ? kept.join(' ') : query;
}
