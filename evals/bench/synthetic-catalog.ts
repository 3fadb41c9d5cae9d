import type { Product } from '../../knowledge/index.ts';

/** Deterministic pseudo-random numbers (mulberry32), so every run benchmarks the same catalog. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = Math.imul(state ^ (state >>> 15), 1 | state);
    value = (value + Math.imul(value ^ (value >>> 7), 61 | value)) ^ value;
    return ((value ^ (value >>> 14)) >>> 0) / 4_294_967_296;
  };
}

interface Department {
  category: string;
  nouns: string[];
  materials: string[];
  uses: string[];
  priceRange: [number, number];
  options?: { name: string; values: string[] };
}

const departments: Department[] = [
  { category: 'skincare', nouns: ['serum', 'moisturiser', 'cleanser', 'toner', 'eye cream', 'face mask', 'sunscreen', 'night cream'], materials: ['hyaluronic', 'vitamin c', 'retinol', 'ceramide', 'niacinamide', 'squalane', 'aloe'], uses: ['dry skin', 'oily skin', 'sensitive skin', 'dark spots', 'fine lines', 'daily hydration'], priceRange: [12, 140], options: { name: 'Size', values: ['30 ml', '50 ml', '100 ml'] } },
  { category: 'makeup', nouns: ['lipstick', 'mascara', 'foundation', 'concealer', 'blush', 'eyeliner', 'highlighter', 'lip gloss'], materials: ['matte', 'satin', 'cream', 'powder', 'liquid', 'gel'], uses: ['everyday wear', 'evening looks', 'long wear', 'natural finish'], priceRange: [9, 65], options: { name: 'Shade', values: ['Rose', 'Nude', 'Berry', 'Coral', 'Ivory', 'Sand', 'Mocha'] } },
  { category: 'womenswear', nouns: ['dress', 'blouse', 'skirt', 'cardigan', 'trench coat', 'jumpsuit', 'blazer', 'trousers'], materials: ['linen', 'silk', 'cotton', 'wool', 'cashmere', 'viscose', 'denim'], uses: ['office days', 'summer evenings', 'weekend brunch', 'travel', 'weddings'], priceRange: [35, 420], options: { name: 'Size', values: ['XS', 'S', 'M', 'L', 'XL'] } },
  { category: 'menswear', nouns: ['shirt', 'chinos', 'hoodie', 'overshirt', 'suit jacket', 'polo', 'parka', 'sweater'], materials: ['oxford cotton', 'merino', 'flannel', 'twill', 'corduroy', 'fleece', 'linen'], uses: ['the office', 'cold mornings', 'weekends', 'smart dinners', 'hiking'], priceRange: [30, 380], options: { name: 'Size', values: ['S', 'M', 'L', 'XL', 'XXL'] } },
  { category: 'shoes', nouns: ['sneakers', 'loafers', 'ankle boots', 'sandals', 'running shoes', 'trail shoes', 'ballet flats', 'chelsea boots'], materials: ['leather', 'suede', 'knit', 'canvas', 'recycled mesh', 'rubber'], uses: ['long walks', 'running', 'the city', 'rainy days', 'summer holidays'], priceRange: [45, 320], options: { name: 'Size', values: ['EU 37', 'EU 38', 'EU 39', 'EU 40', 'EU 41', 'EU 42', 'EU 43'] } },
  { category: 'bags', nouns: ['tote', 'crossbody bag', 'backpack', 'clutch', 'weekender', 'belt bag', 'shoulder bag'], materials: ['leather', 'nylon', 'canvas', 'vegan leather', 'raffia'], uses: ['commuting', 'travel', 'evenings out', 'the gym', 'laptops'], priceRange: [40, 2400] },
  { category: 'jewellery', nouns: ['necklace', 'hoop earrings', 'bracelet', 'ring', 'pendant', 'stud earrings', 'anklet'], materials: ['sterling silver', '18k gold', 'rose gold', 'pearl', 'diamond', 'gold vermeil'], uses: ['gifts', 'anniversaries', 'everyday layering', 'weddings'], priceRange: [25, 6500] },
  { category: 'audio', nouns: ['earbuds', 'headphones', 'speaker', 'soundbar', 'turntable', 'neckband'], materials: ['noise cancelling', 'wireless', 'waterproof', 'bluetooth', 'open ear', 'studio'], uses: ['running', 'commuting', 'parties', 'home cinema', 'podcasts', 'flights'], priceRange: [25, 600], options: { name: 'Colour', values: ['Black', 'White', 'Navy', 'Sage'] } },
  { category: 'wearables', nouns: ['smartwatch', 'fitness band', 'smart ring', 'sports watch'], materials: ['gps', 'titanium', 'aluminium', 'solar', 'amoled'], uses: ['training', 'sleep tracking', 'swimming', 'marathons', 'heart health'], priceRange: [49, 899], options: { name: 'Colour', values: ['Graphite', 'Silver', 'Rose', 'Olive'] } },
  { category: 'home-kitchen', nouns: ['chef knife', 'frying pan', 'coffee grinder', 'kettle', 'blender', 'dutch oven', 'espresso machine', 'toaster'], materials: ['stainless steel', 'cast iron', 'ceramic', 'copper', 'carbon steel', 'glass'], uses: ['coffee lovers', 'weeknight dinners', 'baking', 'small kitchens', 'meal prep'], priceRange: [19, 1200] },
  { category: 'home-decor', nouns: ['throw blanket', 'table lamp', 'vase', 'cushion', 'rug', 'candle', 'mirror', 'duvet cover'], materials: ['wool', 'linen', 'stoneware', 'brass', 'rattan', 'velvet', 'organic cotton'], uses: ['cosy evenings', 'living rooms', 'bedrooms', 'housewarming gifts'], priceRange: [15, 900] },
];

const adjectives = ['classic', 'everyday', 'lightweight', 'premium', 'compact', 'relaxed', 'essential', 'signature', 'heritage', 'modern', 'soft', 'bold', 'minimal', 'travel', 'pro'];
const syllables = ['lu', 'mar', 'vo', 'ten', 'sa', 'ri', 'no', 'ka', 'bel', 'dor', 'fi', 'qua', 'zen', 'ol', 'ast', 'mi'];
const featureTemplates = [
  'Made from {material} that holds up to daily use',
  'Designed for {use} with a comfortable fit',
  'Easy care: wipe clean or machine wash',
  '{material} finish that looks good for years',
  'Thoughtful details for {use}',
  'Tested by our team for {use}',
];
const reviewTemplates = [
  'Bought this for {use} and it has been great so far.',
  'The {material} feels premium, but it runs a little small.',
  'Good value, though delivery took a week.',
  'Exactly as described, I use it for {use} every week.',
  'Not for me, returned it without any trouble.',
];

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!;
}

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_match, key: string) => values[key] ?? key);
}

function brandName(random: () => number): string {
  const name = pick(random, syllables) + pick(random, syllables) + (random() < 0.5 ? pick(random, syllables) : '');
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/**
 * A synthetic catalog of `count` products in the shape real stores have (departments, brands,
 * variants, bullets, some reviews): about three passages per product.
 */
export function syntheticCatalog(count: number, seed = 42): Product[] {
  const random = seededRandom(seed);
  const brands = Array.from({ length: Math.max(20, Math.round(count / 40)) }, () => brandName(random));
  return Array.from({ length: count }, (_unused, index) => {
    const department = pick(random, departments);
    const noun = pick(random, department.nouns);
    const material = pick(random, department.materials);
    const use = pick(random, department.uses);
    const adjective = pick(random, adjectives);
    const brand = pick(random, brands);
    const [low, high] = department.priceRange;
    const price = Math.round((low + (high - low) * random() ** 2) * 100) / 100;
    const id = `syn-${index + 1}`;
    const values = { material, use, noun };
    const optionValues = department.options ? department.options.values.filter(() => random() < 0.5).slice(0, 3) : [];
    const variants = (optionValues.length > 0 ? optionValues : ['Default']).map((value, position) => ({
      id: `${id}-${position + 1}`,
      title: value,
      options: optionValues.length > 0 ? { [department.options!.name]: value } : {},
      price,
      inventory: Math.floor(random() * 40) - 5 < 0 ? 0 : Math.floor(random() * 40),
    }));
    return {
      id,
      title: `${brand} ${adjective} ${material} ${noun}`,
      description: `A ${adjective} ${noun} in ${material}, made for ${use}. ${fill(pick(random, featureTemplates), values)}.`,
      brand,
      category: department.category,
      tags: [department.category, noun, material],
      currency: 'USD',
      variants,
      images: [],
      attributes: { material: `${material}`, care: random() < 0.5 ? 'Wipe clean' : 'Machine wash cold' },
      features: [fill(pick(random, featureTemplates), values)],
      reviews: random() < 0.3 ? [{ rating: 1 + Math.floor(random() * 5), text: fill(pick(random, reviewTemplates), values) }] : [],
      faqs: [],
      related: [],
    } satisfies Product;
  });
}

/** Shopper-style queries over the synthetic vocabulary, some with typos. */
export function syntheticQueries(count: number, seed = 7): string[] {
  const random = seededRandom(seed);
  const shapes = [
    (d: Department) => `${pick(random, d.materials)} ${pick(random, d.nouns)}`,
    (d: Department) => `${pick(random, d.nouns)} for ${pick(random, d.uses)}`,
    (d: Department) => `${pick(random, adjectives)} ${pick(random, d.nouns)} gift`,
    (d: Department) => `something for ${pick(random, d.uses)}`,
    (d: Department) => pick(random, d.nouns).replace(/[aeiou](?=[^aeiou]*$)/, ''),
  ];
  return Array.from({ length: count }, () => pick(random, shapes)(pick(random, departments)));
}
