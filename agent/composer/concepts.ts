import { stem } from './text-tools.ts';

/**
 * Shoppers' words for what a product page or a store policy says in its own words: "how deep"
 * is answered by a water-resistance line, "how much is shipping" by a line with a price in it.
 * `$` stands for any money amount in a passage. Kept deliberately small: a concept that is too
 * broad makes a passage look like an answer when it is not.
 */
const CONCEPTS: readonly (readonly string[])[] = [
  ['waterproof', 'water', 'resistant', 'resistance', 'repellent', 'swim', 'swimming', 'shower', 'rain', 'underwater', 'deep', 'depth', 'dive', 'diving', 'scuba', 'splash', 'wet', 'ip57', 'ip67', 'ip68', 'ipx4', 'ipx5', 'atm', 'watertight', 'snorkel'],
  ['battery', 'charge', 'charging', 'lasts', 'runtime', 'playtime', 'hours'],
  ['material', 'materials', 'fabric', 'made', 'composition', 'fibre', 'fiber'],
  ['ingredient', 'ingredients', 'contain', 'contains', 'formula', 'inci', 'free'],
  ['dimension', 'dimensions', 'big', 'size', 'tall', 'height', 'high', 'wide', 'width', 'measure', 'measurements', 'cm', 'mm', 'inch', 'inches', 'capacity', 'litre', 'liter', 'volume'],
  // A screen's size is its display line, not the case dimensions.
  ['screen', 'display'],
  ['heavy', 'weight', 'weigh', 'weighs', 'kg', 'g', 'grams', 'gram', 'lb', 'lbs', 'pounds', 'ounces'],
  ['fit', 'fits', 'sizing', 'runs', 'large', 'small', 'true', 'between', 'slim', 'relaxed', 'loose', 'tight', 'snug', 'roomy', 'size', 'sizes', 'down', 'up'],
  ['long', 'length', 'inseam', 'hem', 'drop'],
  ['skin', 'sensitive', 'oily', 'dry', 'acne', 'breakouts', 'combination', 'dehydrated', 'type'],
  ['compatible', 'compatibility', 'iphone', 'android', 'ios', 'phone', 'bluetooth', 'connect', 'connectivity'],
  ['ship', 'shipping', 'shipped', 'ships', 'delivery', 'deliver', 'delivered', 'arrive', 'dispatch', 'postage', 'courier', 'warehouse'],
  // Countries are named, not related: "do you ship to Mexico?" is not answered by a list without Mexico.
  ['international', 'internationally', 'abroad', 'overseas', 'countries', 'country', 'duties', 'customs'],
  ['eu', 'europe', 'european', 'germany', 'france', 'italy', 'spain', 'netherlands', 'ireland', 'belgium', 'austria', 'portugal', 'sweden', 'denmark', 'finland', 'greece', 'poland'],
  ['uk', 'kingdom', 'britain', 'england', 'scotland', 'wales'],
  ['hawaii', 'alaska'],
  ['return', 'returns', 'returned', 'returnable', 'refund', 'refunds', 'refunded', 'exchange', 'exchanges', 'swap', 'final'],
  ['refund', 'refunds', 'refunded', 'money', 'reimburse'],
  ['warranty', 'guarantee', 'guaranteed', 'defect', 'defects', 'broken', 'broke', 'repair', 'covered', 'cover', 'coverage', 'lifetime'],
  // Payment providers are named, not related: "is it Klarna?" is not answered by "4 interest-free instalments".
  ['pay', 'payment', 'payments', 'instalments', 'installments', 'split'],
  ['gift', 'wrap', 'wrapped', 'wrapping', 'message', 'receipt', 'ribbon'],
  ['wash', 'washing', 'washable', 'machine', 'clean', 'cleaning', 'care', 'iron', 'dishwasher', 'tumble'],
  ['strong', 'strength', 'concentration', 'percent', 'potency'],
  ['scent', 'smell', 'smells', 'notes', 'perfume'],
  ['longevity', 'lasting', 'last', 'lasts', 'wear'],
  ['work', 'works', 'use', 'using', 'plug', 'voltage', 'volt', 'power'],
  ['beauty', 'makeup', 'skincare', 'fragrance', 'haircare', 'cosmetics', 'lipstick', 'mascara', 'serum', 'cream'],
  ['jewellery', 'jewelry', 'earrings', 'necklace', 'pendant', 'ring', 'bracelet', 'vermeil', 'demi'],
  ['electronics', 'audio', 'headphones', 'earbuds', 'speaker', 'phone', 'tablet', 'camera', 'wearables', 'smartwatch'],
  ['clothing', 'womenswear', 'menswear', 'apparel', 'dress', 'shirt', 'sweater', 'jacket', 'coat'],
  ['kitchen', 'cookware', 'knife', 'knives', 'kettle', 'espresso'],
  ['vegan', 'animal', 'cruelty', 'beeswax', 'carmine'],
  ['price', 'cost', 'costs', 'much', 'rate', 'fee', 'charge', 'free', '$'],
  ['fast', 'quick', 'quickly', 'time', 'days', 'business', 'take', 'takes', 'when'],
  ['express', 'fast', 'faster', 'quick', 'quickly', 'asap', 'rush', 'urgent', 'speedy'],
  ['lost', 'missing', 'parcel', 'package', 'tracking', 'stolen'],
  ['standard', 'normal', 'regular', 'basic'],
  ['letters', 'letter', 'initials', 'initial', 'characters'],
  ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'weekday', 'weekdays', 'business'],
  ['sign', 'signature', 'signed'],
  ['damaged', 'damage', 'cracked', 'chipped', 'smashed', 'shattered', 'dented', 'faulty'],
  ['data', 'information', 'info', 'details', 'personal', 'advertisers', 'advertising', 'marketing'],
  ['see', 'visible', 'seen', 'view', 'shown', 'public'],
  ['morning', 'afternoon', 'evening', 'tonight', 'noon', 'am', 'pm'],
  ['daily', 'everyday', 'morning', 'mornings', 'evening', 'evenings', 'twice', 'nightly'],
  ['medium', 'm'],
  ['small', 's'],
  ['large', 'l'],
  ['included', 'include', 'includes', 'comes', 'box', 'inside'],
  ['see', 'through', 'sheer', 'opaque', 'transparent', 'lined', 'lining', 'slip'],
  ['warm', 'warmth', 'winter', 'cold', 'insulated', 'insulation', 'freezing'],
  ['heel', 'height', 'high'],
  ['wide', 'width', 'narrow', 'widths'],
];

const conceptIndex = new Map<string, Set<string>>();
for (const group of CONCEPTS) {
  const stems = group.map((word) => (word === '$' ? word : stem(word)));
  for (const word of stems) {
    const related = conceptIndex.get(word) ?? new Set<string>();
    for (const other of stems) related.add(other);
    conceptIndex.set(word, related);
  }
}

/** The stems that count as saying the same thing as this stem (itself included). */
export function relatedStems(wordStem: string): ReadonlySet<string> {
  return conceptIndex.get(wordStem) ?? new Set([wordStem]);
}

/** Question words that carry little meaning alone ("is it good", "can I use"): they weigh less. */
export const WEAK_QUESTION_WORDS = new Set(
  [
    'good', 'ok', 'okay', 'fine', 'use', 'used', 'using', 'work', 'works', 'worth', 'nice', 'great', 'better', 'best', 'much', 'many', 'long',
    'really', 'actually', 'usually', 'normally', 'someone', 'enough', 'need', 'should', 'able', 'make', 'makes', 'go', 'goes', 'come', 'comes',
    'put', 'keep', 'day', 'days', 'everyday', 'every', 'time', 'way', 'kind', 'sort', 'type', 'bit', 'lot', 'also', 'ever', 'get', 'gets', 'take',
    'takes', 'does', 'will', 'can', 'one', 'ones', 'mine', 'pls', 'please', 'quick', 'question', 'wondering', 'know', 'say', 'says', 'said',
    'send', 'sent', 'order', 'ordered', 'buy', 'bought', 'item', 'items', 'product', 'products', 'thing', 'things', 'love', 'like', 'don',
    'policy', 'policies', 'info', 'information', 'details', 'detail', 'dont', 'doesnt', 'isnt', 'arent', 'cant', 'wont',
    'longer', 'bigger', 'smaller', 'cheaper', 'faster', 'nicer', 'lighter', 'stronger', 'less', 'least', 'vs', 'versus', 'difference',
    'differences', 'compare', 'compared', 'comparison', 'option', 'options', 'choice', 'choose', 'pick', 'someone', 'somebody', 'run', 'happens', 'happen',
    'stuff', 'guys', 'u', 'ya', 'once', 'till', 'until', 'actually', 'still', 'somewhere', 'else', 'ago', 'yesterday', 'week', 'weekend',
    'roughly', 'approximately', 'summer', 'winter', 'holiday', 'vacation', 'trip', 'there', 'kind',
  ].map(stem),
);
