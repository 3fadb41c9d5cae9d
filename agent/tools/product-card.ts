import type { ProductCard } from '../../core/index.ts';
import { cheapestVariant, type Product, productInStock, productStock } from '../../knowledge/index.ts';

/** The card on screen, built from the same product record the words are built from. */
export function toProductCard(product: Product): ProductCard {
  const cheapest = cheapestVariant(product);
  return {
    productId: product.id,
    title: product.title,
    brand: product.brand ?? null,
    price: cheapest.price,
    compareAtPrice: cheapest.compareAtPrice ?? null,
    currency: product.currency,
    image: product.images[0] ?? null,
    stock: productStock(product),
    inStock: productInStock(product),
    variants: product.variants.map((variant) => ({
      id: variant.id,
      title: variant.title,
      options: variant.options,
      price: variant.price,
      inventory: variant.inventory,
    })),
  };
}
