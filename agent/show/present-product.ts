import type { ProductCard } from '../../core/index.ts';
import type { Product } from '../../knowledge/index.ts';
import { dropPlantedInstructions } from '../safety/drop-planted-instructions.ts';
import { visibleText } from '../safety/quote-catalog-text.ts';
import { splitSentences } from '../grounding/sentences.ts';

const openers = ['Next up:', 'Take a look at', 'Here is one of my favourites:', 'Now on the stage:'];

/**
 * What the AI host says when it presents a product on its own. Every figure comes from the card
 * (the same record the screen shows); the catalog line it quotes is data, and a line that tries
 * to instruct is dropped rather than read out.
 */
export function presentProduct(product: Product, card: ProductCard, beat: number): string {
  const opener = openers[beat % openers.length]!;
  const brand = card.brand ? ` by ${card.brand}` : '';
  const line = highlight(product);
  const price = new Intl.NumberFormat('en-US', { style: 'currency', currency: card.currency }).format(card.price);
  const stock = card.inStock ? (card.stock !== null && card.stock <= 5 ? ` Only ${card.stock} left.` : '') : ' It is sold out right now, but you can ask me about it.';
  return `${opener} ${card.title}${brand}.${line ? ` ${line}` : ''} It's ${price}.${stock} Ask me anything about it in the chat!`;
}

/** The first feature (or the description's first sentence) with no figures: prices and stock are said from the card only. */
function highlight(product: Product): string {
  const candidates = [...product.features, ...splitSentences(product.description).map((sentence) => sentence.text)];
  for (const candidate of candidates) {
    const text = dropPlantedInstructions(visibleText(candidate)).text.trim();
    if (text && !/[$€£%]|\d/.test(text) && text.length <= 160) return /[.!?]$/.test(text) ? text : `${text}.`;
  }
  return '';
}
