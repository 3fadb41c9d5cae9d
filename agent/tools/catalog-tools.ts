import { z } from 'zod';
import { getProduct, getProducts, listProducts, type Product, priceBounds, productInStock } from '../../knowledge/index.ts';
import type { TurnContext } from '../turn-context.ts';
import { toProductCard } from './product-card.ts';
import { defineTool, productIdSchema, type ToolResult } from './tool.ts';

const MAX_SEARCHES_PER_TURN = 3;

/** Loads a product, records its facts for the verifier and its card for the screen. */
export async function loadProduct(context: TurnContext, productId: string): Promise<Product | null> {
  return (await loadProducts(context, [productId]))[0] ?? null;
}

/** `loadProduct` for several ids in one query, in the order asked. */
export async function loadProducts(context: TurnContext, productIds: string[]): Promise<Product[]> {
  const products = await getProducts(context.deps.knowledge.db, productIds);
  for (const product of products) {
    context.facts.addProduct(product);
    if (!context.cards.has(product.id)) context.cards.set(product.id, toProductCard(product));
  }
  return products;
}

/** What the model reads about a product: facts only; text fields are catalog data, not instructions. */
export function describeForModel(product: Product) {
  return {
    productId: product.id,
    title: product.title,
    brand: product.brand ?? null,
    category: product.category ?? null,
    currency: product.currency,
    variants: product.variants.map((variant) => ({
      variantId: variant.id,
      title: variant.title,
      options: variant.options,
      price: variant.price,
      compareAtPrice: variant.compareAtPrice ?? null,
      inventory: variant.inventory,
    })),
    description: product.description,
    attributes: product.attributes,
    features: product.features,
    faqs: product.faqs,
    related: product.related,
  };
}

export const searchProducts = defineTool({
  name: 'search_products',
  description:
    'Search the catalog by meaning and keywords (hybrid search). Use for needs, gift ideas, product types and questions. ' +
    'Filters apply before ranking. Returns products with the passage that matched.',
  parameters: z.object({
    query: z.string().min(1).max(300),
    maxPrice: z.number().nonnegative().optional(),
    minPrice: z.number().nonnegative().optional(),
    category: z.string().optional(),
    inStockOnly: z.boolean().optional(),
    storePagesOnly: z.boolean().optional().describe('Only the store pages (shipping, returns, warranty, FAQ, size guides), no products.'),
    limit: z.number().int().min(1).max(8).optional(),
  }),
  async execute(args, context): Promise<ToolResult> {
    const key = `${args.storePagesOnly ? 'pages:' : ''}${args.query.toLowerCase()}`;
    const repeated = context.searches.includes(key);
    if (repeated || context.searches.length >= MAX_SEARCHES_PER_TURN) {
      return { ok: false, error: 'Search limit for this turn reached: answer with what you have, or say you will check.' };
    }
    context.searches.push(key);
    const results = await context.deps.knowledge.search.search(args.query, {
      limit: args.limit ?? 5,
      documentsOnly: args.storePagesOnly,
      maxPrice: args.maxPrice,
      minPrice: args.minPrice,
      category: args.category,
      inStock: args.inStockOnly,
    });
    const loaded = new Map((await loadProducts(context, results.flatMap((result) => (result.productId ? [result.productId] : [])))).map((product) => [product.id, product]));
    const products = [];
    for (const result of results) {
      context.facts.addText(result.passage.text);
      const product = result.productId ? loaded.get(result.productId) : undefined;
      if (product) products.push({ ...summary(product), matched: { kind: result.passage.kind, text: result.passage.text } });
      else if (!result.productId) products.push({ documentTitle: result.title, section: sectionHeading(result.section), passage: result.passage.text });
    }
    return { ok: true, data: { results: products } };
  },
});

/** "Returns and Refunds — Exchanges" → "Exchanges": what a passage's section is about. */
function sectionHeading(section: string | null): string | undefined {
  const heading = section?.split(' — ').slice(1).join(' — ').trim();
  return heading || undefined;
}

export const findProductsByPrice = defineTool({
  name: 'find_products_by_price',
  description:
    'List products ordered by price over the WHOLE catalog: use for cheapest / most expensive / under $X / between $X and $Y. ' +
    '`matching` are words the products must contain (e.g. "lipstick"). When nothing is in range, returns where prices start.',
  parameters: z.object({
    matching: z.string().max(100).optional(),
    category: z.string().optional(),
    minPrice: z.number().nonnegative().optional(),
    maxPrice: z.number().nonnegative().optional(),
    order: z.enum(['cheapest-first', 'most-expensive-first']).default('cheapest-first'),
    inStockOnly: z.boolean().optional(),
    limit: z.number().int().min(1).max(8).optional(),
  }),
  async execute(args, context): Promise<ToolResult> {
    const db = context.deps.knowledge.db;
    const filters = { matching: args.matching, category: args.category, inStock: args.inStockOnly };
    const listing = await listProducts(db, {
      ...filters,
      minPrice: args.minPrice,
      maxPrice: args.maxPrice,
      sort: args.order === 'most-expensive-first' ? 'price-desc' : 'price-asc',
      limit: args.limit ?? 5,
    });
    await loadProducts(context, listing.map((item) => item.productId));
    if (listing.length > 0) return { ok: true, data: { products: listing } };
    const bounds = await priceBounds(db, filters);
    if (bounds) {
      context.facts.addNumber(bounds.min, 'money');
      context.facts.addNumber(bounds.max, 'money');
    }
    return { ok: true, data: { products: [], nothingInRange: true, matchingProductsPriceRange: bounds } };
  },
});

export const getProductDetails = defineTool({
  name: 'get_product_details',
  description: 'Full facts of one product by its id: variants with price and stock, attributes (materials, shipping, returns, warranty), features, FAQ.',
  parameters: z.object({ productId: productIdSchema }),
  async execute(args, context): Promise<ToolResult> {
    const product = await loadProduct(context, args.productId);
    if (!product) return { ok: false, error: `No product with id "${args.productId}". Use an id from search results.` };
    return { ok: true, data: describeForModel(product) };
  },
});

export const compareProducts = defineTool({
  name: 'compare_products',
  description: 'Side-by-side facts of 2 to 4 products by id.',
  parameters: z.object({ productIds: z.array(productIdSchema).min(2).max(4) }),
  async execute(args, context): Promise<ToolResult> {
    const products = await loadProducts(context, args.productIds);
    const missing = args.productIds.find((id) => !products.some((product) => product.id === id));
    if (missing) return { ok: false, error: `No product with id "${missing}".` };
    return { ok: true, data: { products: products.map(describeForModel) } };
  },
});

export const checkAvailability = defineTool({
  name: 'check_availability',
  description: 'Stock per variant of a product, optionally only variants matching option values such as a size or colour.',
  parameters: z.object({ productId: productIdSchema, optionValues: z.array(z.string()).max(4).optional() }),
  async execute(args, context): Promise<ToolResult> {
    const product = await loadProduct(context, args.productId);
    if (!product) return { ok: false, error: `No product with id "${args.productId}".` };
    const wanted = (args.optionValues ?? []).map((value) => value.trim().toLowerCase());
    // Exact option values: "L" must not match "XL / Black".
    const variants = product.variants.filter((variant) => {
      const values = [...Object.values(variant.options), ...variant.title.split('/')].map((value) => value.trim().toLowerCase());
      return wanted.every((value) => values.includes(value));
    });
    return {
      ok: true,
      data: {
        productId: product.id,
        title: product.title,
        matchingVariants: variants.map((variant) => ({
          variantId: variant.id,
          title: variant.title,
          options: variant.options,
          price: variant.price,
          inventory: variant.inventory,
          available: variant.inventory === null || variant.inventory > 0,
        })),
        noVariantMatches: variants.length === 0 ? `No variant matches ${wanted.join(' / ')}` : undefined,
      },
    };
  },
});

export const getComplementaryProducts = defineTool({
  name: 'get_complementary_products',
  description: 'Products that pair well with a product (cross-sell), from the catalog relations.',
  parameters: z.object({ productId: productIdSchema }),
  async execute(args, context): Promise<ToolResult> {
    const product = await getProduct(context.deps.knowledge.db, args.productId);
    if (!product) return { ok: false, error: `No product with id "${args.productId}".` };
    const related = await loadProducts(context, product.related.slice(0, 4));
    return { ok: true, data: { productId: product.id, pairsWellWith: related.map(summary) } };
  },
});

function summary(product: Product) {
  const prices = product.variants.map((variant) => variant.price);
  return {
    productId: product.id,
    title: product.title,
    brand: product.brand ?? null,
    category: product.category ?? null,
    priceFrom: Math.min(...prices),
    priceTo: Math.max(...prices),
    currency: product.currency,
    inStock: productInStock(product),
  };
}
