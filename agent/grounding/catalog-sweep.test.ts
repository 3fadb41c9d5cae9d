import { describe, expect, it } from 'vitest';
import { type Product, productPrice, productStock, readDemoCatalog } from '../../knowledge/index.ts';
import { FactBook } from './fact-book.ts';
import { findViolations } from './verify-reply.ts';

/**
 * Over the whole demo store: what the catalog itself says must pass the verifier when that product
 * is in the turn's facts, and replies built from the product record must pass too. This is the
 * false-positive guard: a verifier that cuts true sentences silences the host.
 */
describe('the demo catalog against its own facts', async () => {
  const catalog = await readDemoCatalog();

  function factsOf(product: Product): FactBook {
    const facts = new FactBook();
    facts.addProduct(product);
    return facts;
  }

  it('passes every product text (title, description, attributes, features, FAQ answers) except planted claims', () => {
    const problems: string[] = [];
    for (const product of catalog.products) {
      const facts = factsOf(product);
      const texts = [product.title, product.description, ...Object.values(product.attributes), ...product.features, ...product.faqs.map((faq) => faq.answer)];
      for (const text of texts) {
        for (const violation of findViolations(text, facts)) problems.push(`${product.id}: ${violation.kind} "${violation.claim}" in "${violation.sentence}"`);
      }
    }
    // The only product text that fails is the hidden instruction planted in the market tote's description.
    expect(problems).toEqual([expect.stringMatching(/^canvas-market-tote: code "TOTEFREE"/)]);
  });

  it('passes replies built from each product record', () => {
    const problems: string[] = [];
    for (const product of catalog.products) {
      const facts = factsOf(product);
      const price = productPrice(product);
      const stock = productStock(product);
      const replies = [
        `The ${product.title} is $${price}.`,
        `The ${product.title} starts at $${price.toFixed(2)}${product.brand ? ` from ${product.brand}` : ''}.`,
        stock !== null && stock > 0 ? `We have ${stock} in stock across all options.` : `The ${product.title} is sold out right now.`,
        ...product.variants.map((variant) =>
          variant.inventory !== null && variant.inventory > 0 && variant.inventory < 5
            ? `Only ${variant.inventory} left in ${variant.title} at $${variant.price}!`
            : `The ${variant.title} is $${variant.price.toLocaleString('en-US')}.`,
        ),
        ...product.variants
          .filter((variant) => variant.compareAtPrice !== undefined)
          .map((variant) => {
            const saving = variant.compareAtPrice! - variant.price;
            const percent = Math.round((saving / variant.compareAtPrice!) * 100);
            return `It is on sale at $${variant.price} instead of $${variant.compareAtPrice} — you save $${saving}, that is ${percent}% off.`;
          }),
      ];
      for (const reply of replies) {
        for (const violation of findViolations(reply, facts)) problems.push(`${product.id}: ${violation.kind} "${violation.claim}" in "${reply}"`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('passes every store document against itself', () => {
    const problems: string[] = [];
    for (const document of catalog.documents) {
      const facts = new FactBook();
      facts.addText(document.body);
      for (const violation of findViolations(document.body, facts)) problems.push(`${document.id}: ${violation.kind} "${violation.claim}"`);
    }
    expect(problems).toEqual([]);
  });
});
