import type { ProductCard } from '../../core/index.ts';
import { type Product, productPrice, productStock } from '../../knowledge/index.ts';

/** The card on screen, built from the same product record the words are built from. */
export function toProductCard(product: Product): ProductCard {
  const price = productPrice(product);
  const cheapest = product.variants.find((variant) => variant.price === price);
  const stock = productStock(product);
  return {
    productId: product.id,
    title: product.title,
    brand: product.brand ?? null,
    price,
    compareAtPrice: cheapest?.compareAtPrice ?? null,
    currency: product.currency,
    image: product.images[0] ?? null,
    stock,
    inStock: stock === null || stock > 0,
    variants: product.variants.map((variant) => ({
      id: variant.id,
      title: variant.title,
      options: variant.options,
      price: variant.price,
      inventory: variant.inventory,
    })),
  };
}
