import type { ShopperProfile } from './shopper-profile.ts';

const COLOURS = ['black', 'white', 'navy', 'blue', 'red', 'green', 'pink', 'beige', 'camel', 'grey', 'gray', 'brown', 'cream', 'gold', 'silver', 'burgundy', 'olive'];
const MATERIALS = ['linen', 'silk', 'cashmere', 'wool', 'cotton', 'leather', 'vegan', 'organic', 'fragrance-free', 'fragrance free'];

/**
 * What a message tells us about the shopper, merged into their profile: a stated size
 * ("I'm a medium", "I wear EU 38"), a budget ("my budget is $150"), likes ("I love linen").
 * Only statements about themselves: "in M" inside a question is a request, not a profile fact.
 */
export function updateProfileFromMessage(profile: ShopperProfile, text: string): ShopperProfile {
  const lower = text.toLowerCase();
  const next: ShopperProfile = { ...profile, sizes: { ...profile.sizes }, preferences: [...profile.preferences] };

  const clothing = /\bi(?:'m| am)(?: usually| normally)? (?:a )?(?:(?:women'?s|men'?s|womens|mens) )?(?:size )?(xxs|xs|s|m|l|xl|xxl|small|medium|large|extra large)\b/.exec(lower)
    ?? /\bi (?:usually |normally )?(?:wear|take) (?:a )?(?:size )?(xxs|xs|s|m|l|xl|xxl|small|medium|large)\b(?! shoe)/.exec(lower);
  if (clothing) next.sizes.clothing = normaliseClothingSize(clothing[1]!);
  const shoes = /\bi (?:usually |normally )?(?:wear|take|am)(?: a)? (?:size )?((?:eu|us|uk) ?\d{1,2}(?:\.5)?)(?: shoes?)?/.exec(lower)
    ?? /\bmy shoe size is ((?:eu|us|uk)? ?\d{1,2}(?:\.5)?)/.exec(lower);
  if (shoes) next.sizes.shoes = shoes[1]!.toUpperCase().replace(/^(EU|US|UK)(\d)/, '$1 $2');
  const waist = /\b(\d{2}) (?:inch )?waist\b|\bwaist (?:size )?(?:is )?(\d{2})\b/.exec(lower);
  if (waist) next.sizes.waist = waist[1] ?? waist[2]!;
  const budget = /\bmy budget is (?:about |around |up to )?[$€£]?\s?(\d[\d,]*(?:\.\d+)?)/.exec(lower)
    ?? /\b(?:keep it|stay) (?:under|around|below|within) [$€£]\s?(\d[\d,]*(?:\.\d+)?)/.exec(lower)
    ?? /\b(?:budget|spend)(?: of| is)? (?:up to |max(?:imum)? )?[$€£]\s?(\d[\d,]*(?:\.\d+)?)/.exec(lower);
  if (budget) next.budget = Number(budget[1]!.replace(/,/g, ''));
  if (/\bi (?:love|like|prefer|always wear|only wear)\b/.test(lower)) {
    for (const word of [...COLOURS, ...MATERIALS]) {
      if (new RegExp(`\\b${word}\\b`).test(lower) && !next.preferences.includes(word)) next.preferences.push(word);
    }
  }
  return next;
}

function normaliseClothingSize(size: string): string {
  return ({ small: 'S', medium: 'M', large: 'L', 'extra large': 'XL' } as Record<string, string>)[size] ?? size.toUpperCase();
}

/** Records the products a turn relied on, most recent first. */
export function recordViewed(profile: ShopperProfile, productIds: string[]): ShopperProfile {
  if (productIds.length === 0) return profile;
  return { ...profile, viewedProductIds: [...new Set([...productIds, ...profile.viewedProductIds])] };
}

/** Records the products of a placed order: a known customer's purchases, most recent first. */
export function recordPurchased(profile: ShopperProfile, productIds: string[]): ShopperProfile {
  return { ...profile, purchasedProductIds: [...new Set([...productIds, ...profile.purchasedProductIds])].slice(0, 50) };
}
