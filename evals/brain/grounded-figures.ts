import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { readDemoCatalog } from '../../knowledge/index.ts';
import { statedFigures } from './score-turn.ts';

/**
 * Every money amount and percentage the demo store itself states (variant prices, compare-at
 * prices and the discounts they imply, figures in product text and store documents). A reply
 * figure outside this set, and outside the turn's own offers and carts, is ungrounded. This check
 * is independent of the brain's verifier: it is how the eval catches the verifier missing one.
 */
export async function groundedFigures(): Promise<{ money: Set<number>; percents: Set<number> }> {
  const catalog = await readDemoCatalog();
  const money = new Set<number>();
  const percents = new Set<number>();
  const texts: string[] = [];
  for (const product of catalog.products) {
    for (const variant of product.variants) {
      money.add(variant.price);
      if (variant.compareAtPrice) {
        money.add(variant.compareAtPrice);
        money.add(Math.round((variant.compareAtPrice - variant.price) * 100) / 100);
        const percent = ((variant.compareAtPrice - variant.price) / variant.compareAtPrice) * 100;
        for (const value of [Math.round(percent), Math.floor(percent), Math.ceil(percent)]) percents.add(value);
      }
    }
    texts.push(product.description, ...Object.values(product.attributes), ...product.features, ...product.faqs.map((qa) => qa.answer));
  }
  const docs = path.join(import.meta.dirname, '../../knowledge/demo/docs');
  for (const file of await readdir(docs)) texts.push(await readFile(path.join(docs, file), 'utf8'));
  for (const text of texts) {
    const figures = statedFigures(text);
    figures.money.forEach((value) => money.add(value));
    figures.percents.forEach((value) => percents.add(value));
  }
  return { money, percents };
}
