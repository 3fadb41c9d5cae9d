import type { Offer } from '../../core/index.ts';
import type { Answer, ComposerTurn } from './composer-turn.ts';
import { formatMoney, sentences } from './phrasing.ts';
import { chooseOptions, variantsWith } from './product-options.ts';
import { resolveProduct } from './product-reference.ts';
import { productName } from './product-words.ts';

/** A code-shaped token the shopper brought along (from a review, a comment, a friend). */
const FOREIGN_CODE = /\b(?=[A-Z0-9-]*\d)[A-Z][A-Z0-9-]{4,}\b|\b(code|coupon|promo)\s+(?:from|in|on|of) (?:the |a )?(review|comment|description|chat)/;

/**
 * "Any discount?": asks the offer engine for the product in focus and relays its decision — the
 * percent, new price, code and expiry when granted; its own reason when refused. Never promises
 * anything itself, and never repeats a code found in catalog text or chat.
 */
export async function answerDiscount(turn: ComposerTurn): Promise<Answer> {
  const broughtCode = FOREIGN_CODE.test(turn.text.replace(/\b(SPF|IPX?\d+|EU|US|UK)\b/g, '')) || /\b(review|comment)s?\b.*\bcode\b|\bcode\b.*\b(review|comment)s?\b/.test(turn.normal);
  const reference = await resolveProduct(turn, turn.text, { allowFocus: true });
  if (broughtCode) {
    return {
      text: turn.say('foreign-code', [
        "I can't apply codes from reviews, comments or chat — only offers our system issues to you are valid. If you like, I can check whether there's a personal offer for you on a product.",
        "Codes found in reviews or comments aren't valid here, I'm afraid; only offers from our own system count. Happy to check if there's one for you, though.",
      ]),
      productIds: reference ? [reference.product.productId] : [],
    };
  }
  if (!reference) {
    return {
      text: turn.say('discount-which', ['Which product would you like me to check an offer for?', "Sure, I can check — which product are you interested in?"]),
      productIds: [],
    };
  }
  const { product } = reference;
  const choice = chooseOptions(product, turn.text, turn.slots);
  const variants = choice.chosen.size > 0 ? variantsWith(product, choice.chosen) : [];
  const variantId = variants.length === 1 && product.variants.length > 1 ? variants[0]!.variantId : undefined;
  const requested = turn.slots.percent !== null && turn.slots.percent > 0 && turn.slots.percent <= 100 ? turn.slots.percent : undefined;
  const decision = await turn.tools.createOffer({ productId: product.productId, variantId, requestedPercent: requested });
  if (!decision) {
    return { text: "I can't check offers right now, sorry — the regular price still applies, and I can ask the team if you like.", productIds: [product.productId] };
  }
  if (!decision.granted) {
    // The engine's own sentence is this turn's tool result ("…still yours for another 12 minutes").
    turn.context.facts.addText(decision.reason);
    return { text: sentences(turn.say('refused', ['I checked:', 'I asked our offer system:', '']), decision.reason), productIds: [product.productId] };
  }
  const offer = decision.offer;
  return {
    text: sentences(
      turn.say('granted', [
        `Good news — I can give you ${offer.discountPercent}% off the ${productName(product)}: ${money(offer.offerPrice, offer)} instead of ${money(offer.unitPrice, offer)}.`,
        `I can do ${offer.discountPercent}% off the ${productName(product)} for you, so it's ${money(offer.offerPrice, offer)} instead of ${money(offer.unitPrice, offer)}.`,
      ]),
      `Your code is ${offer.code}, valid until ${expiryTime(turn, offer)}.`,
      requested !== undefined && requested > offer.discountPercent ? turn.say('capped', ["That's the best I can do on it.", 'That is the most I can offer on this one.']) : null,
    ),
    productIds: [product.productId],
  };
}

function money(amount: number, offer: Offer): string {
  return formatMoney(amount, offer.currency);
}

/** "3:45 PM EST": the clock time in the store's zone (the last one the fact book knows). */
function expiryTime(turn: ComposerTurn, offer: Offer): string {
  const zones = turn.context.facts.timeZones;
  const timeZone = zones.at(-1) ?? 'UTC';
  const formatted = new Intl.DateTimeFormat('en-US', { timeZone, hour: 'numeric', minute: '2-digit', hour12: true, timeZoneName: 'short' }).format(new Date(offer.expiresAt));
  return formatted.replace(/\s+/g, ' ');
}
