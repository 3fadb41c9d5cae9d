import { alternativesFor, similarInStock } from './answer-availability.ts';
import type { Answer, ComposerTurn } from './composer-turn.ts';
import type { ProductDetails, VariantDetails } from './composer-tools.ts';
import { formatMoney, joinList, sentences } from './phrasing.ts';
import { chooseOptions, isAvailable, missingChoices, type OptionChoice, optionNoun, optionValues, variantsWith } from './product-options.ts';
import { nameWords, preferFocusWithOption, type ProductReference, resolveProduct } from './product-reference.ts';
import { productName } from './product-words.ts';
import { extractSlots } from './slots.ts';

interface Wanted {
  reference: ProductReference;
  choice: OptionChoice;
  quantity: number;
}

/** A granted offer code: from this turn's tool results, or one the assistant gave this shopper earlier in the session. */
function grantedOfferCode(turn: ComposerTurn, productIds: string[]): string | undefined {
  for (const event of turn.context.events) {
    if (event.type === 'offer-create' && productIds.includes(event.offer.productId)) return event.offer.code;
  }
  // Only the assistant's own earlier replies count: codes there were issued by the offer engine and verified.
  const turns = turn.memory.recentTurns.filter((past) => past.role === 'assistant' && past.productIds.some((id) => productIds.includes(id)));
  for (const past of turns.reverse()) {
    const match = /\bcode(?: is)?:?\s+([A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*)\b/.exec(past.text);
    if (match) return match[1];
  }
  return undefined;
}

/** "Cleanser and the gel moisturiser", "white then, plus the navy chinos in 32": one part per product. */
function productParts(text: string): string[] {
  const parts = text
    .split(/\s*(?:,|\band\b|\bplus\b|\balso\b|&|\+)\s*/i)
    .map((part) => part.trim())
    .filter(Boolean);
  return parts.length > 1 ? parts : [text];
}

/** What the shopper asked to buy: products (by name or the focus), options and quantities. */
async function readOrder(turn: ComposerTurn): Promise<Wanted[] | null> {
  const parts = productParts(turn.text);
  const named = parts.filter((part) => nameWords(part).some((word) => !/^\d/.test(word)));
  if (parts.length > 1 && named.length >= 1) {
    const found: { reference: ProductReference; text: string }[] = [];
    // A part without a product name ("white then", "black") adds options to the product before it,
    // or, before any product is named, to the conversation's focus.
    let leading = '';
    for (const part of parts) {
      if (!nameWords(part).some((word) => !/^\d/.test(word))) {
        if (found.length > 0) found.at(-1)!.text += `, ${part}`;
        else leading += ` ${part}`;
        continue;
      }
      const reference = await resolveProduct(turn, part, { allowFocus: true });
      if (!reference) continue;
      const same = found.find((item) => item.reference.product.productId === reference.product.productId);
      if (same) same.text += `, ${part}`;
      else found.push({ reference, text: part });
    }
    const focusId = turn.memory.focusProductIds[0];
    if (leading.trim() && focusId && !found.some((item) => item.reference.product.productId === focusId)) {
      const focus = await turn.tools.product(focusId);
      const slots = extractSlots(leading);
      if (focus && slots.colours.length + slots.letterSizes.length + slots.systemSizes.length + slots.measures.length + slots.numbers.length > 0) {
        found.unshift({ reference: { product: focus, how: 'focus' }, text: leading });
      }
    }
    if (found.length > 0) {
      return found.map(({ reference, text }) => {
        const slots = extractSlots(text);
        return { reference, choice: chooseOptions(reference.product, text, slots, turn.profile), quantity: slots.quantity ?? 1 };
      });
    }
  }
  const reference = await preferFocusWithOption(turn, await resolveProduct(turn, turn.text, { allowFocus: true }), turn.slots.colours);
  if (!reference) return null;
  return [{ reference, choice: chooseOptions(reference.product, turn.text, turn.slots, turn.profile), quantity: turn.slots.quantity ?? 1 }];
}

/**
 * "I'll take the M in black": resolve product and variant, ask for a missing size or colour (never
 * guess), say so when it is sold out, and otherwise build the cart link — only on this explicit request.
 */
export async function answerPurchase(turn: ComposerTurn): Promise<Answer> {
  const order = await readOrder(turn);
  if (!order) {
    return {
      text: turn.say('buy-which', ["Which product would you like? Tell me its name and I'll set up your cart.", "Happy to! Which item should I add to your cart?"]),
      productIds: [],
    };
  }
  const lines: { product: ProductDetails; variant: VariantDetails; quantity: number }[] = [];
  const questions: string[] = [];
  const problems: string[] = [];
  for (const { reference, choice, quantity } of order) {
    const { product } = reference;
    const missing = missingChoices(product, choice.chosen);
    if (missing.length > 0) {
      questions.push(askOptions(turn, product, choice, missing));
      continue;
    }
    const variant = variantsWith(product, choice.chosen)[0] ?? (product.variants.length === 1 ? product.variants[0] : undefined);
    if (!variant) {
      questions.push(askOptions(turn, product, choice, [...optionValues(product).keys()]));
      continue;
    }
    if (!isAvailable(variant)) {
      const label = variant.title && !/^default/i.test(variant.title) ? ` in ${variant.title}` : '';
      problems.push(
        sentences(
          turn.say('buy-sold-out', [`Sorry — the ${productName(product)}${label} is sold out right now, so I can't add it.`, `I'm afraid the ${productName(product)}${label} is sold out at the moment.`]),
          alternativesFor(turn, product, choice) ?? (await similarInStock(turn, product)),
        ),
      );
      continue;
    }
    lines.push({ product, variant, quantity });
  }
  const productIds = order.map((item) => item.reference.product.productId);
  if (questions.length > 0 || problems.length > 0) {
    const ready = lines.length > 0 && problems.length === 0 ? ` I'll add the ${joinList(lines.map((line) => productName(line.product)))} as soon as you tell me.` : '';
    return { text: sentences(...problems, ...questions) + ready, productIds };
  }

  const offerCode = grantedOfferCode(turn, lines.map((line) => line.product.productId));
  const cart = await turn.tools.cartLink({
    lines: lines.map((line) => ({ productId: line.product.productId, variantId: line.variant.variantId, quantity: line.quantity })),
    offerCode,
  });
  if (!cart) return { text: "I couldn't create the checkout link just now — please ask me again in a moment.", productIds };
  if (!cart.created) return { text: `I couldn't make the checkout link: ${cart.reason}`, productIds };
  const items = lines.map((line) => {
    const label = line.variant.title && !/^default/i.test(line.variant.title) && line.product.variants.length > 1 ? ` (${line.variant.title})` : '';
    return `${line.quantity > 1 ? `${line.quantity} × ` : ''}the ${productName(line.product)}${label}`;
  });
  const total = formatMoney(cart.total, cart.currency);
  const listTotal = cart.lines.reduce((sum, line) => sum + line.quantity * line.unitPrice, 0);
  const before = cart.offerCode && Math.abs(listTotal - cart.total) >= 0.01 && cart.lines.length === 1 ? ` (${formatMoney(listTotal, cart.currency)} before the code)` : '';
  const code = cart.offerCode ? turn.say('cart-code', [` with your code ${cart.offerCode} applied`, `, code ${cart.offerCode} included`]) + before : '';
  return {
    text: turn.say('cart', [
      `Done! Here's your checkout link for ${joinList(items)}${code} — ${total} in total.`,
      `Your cart is ready: ${joinList(items)}${code}, ${total} total. Tap the link to check out.`,
      `I've made you a checkout link for ${joinList(items)}${code}. The total is ${total}.`,
    ]),
    productIds,
  };
}

/** "Which size would you like — XS, S, M or L? It comes in Sand or Olive." Only values in stock for what is already chosen. */
function askOptions(turn: ComposerTurn, product: ProductDetails, choice: OptionChoice, missing: string[]): string {
  const possible = variantsWith(product, choice.chosen).filter(isAvailable);
  const parts = missing.map((option) => {
    const values = [...new Set(possible.map((variant) => variant.options[option]).filter((value): value is string => Boolean(value)))];
    return { option: optionNoun(option), values };
  });
  if (parts.every((part) => part.values.length === 0)) {
    return `The ${productName(product)} is sold out in ${joinList([...choice.chosen.values()])} right now.`;
  }
  const nouns = joinList(parts.map((part) => part.option));
  const choices = parts.map((part) => joinList(part.values, 'or')).join('; ');
  const price = formatMoney(Math.min(...(possible.length ? possible : product.variants).map((variant) => variant.price)), product.currency);
  return turn.say('ask-options', [
    `Which ${nouns} would you like for the ${productName(product)} (${price})? In stock: ${choices}.`,
    `Great choice! Which ${nouns} should I add for the ${productName(product)}? Available: ${choices}.`,
  ]);
}
