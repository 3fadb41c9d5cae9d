import type { Config } from '../../core/index.ts';
import type { Queryable } from '../../knowledge/index.ts';
import { BuiltInCheckout } from './built-in-checkout.ts';
import type { CartLinkSigner } from './cart-link-signer.ts';
import type { Commerce } from './commerce.ts';
import { ShopifyCartPermalinks } from './shopify-cart-permalinks.ts';

export interface CommerceDependencies {
  db: Queryable;
  /** Signs built-in checkout links; build it with `loadOrCreateSecret(db, config.secret)`. */
  signer: CartLinkSigner;
  clock: () => Date;
}

/** Shopify cart permalinks when a Shopify store is configured, else the built-in checkout. */
export function createCommerce(config: Pick<Config, 'publicUrl' | 'shopifyStoreDomain'>, deps: CommerceDependencies): Commerce {
  if (config.shopifyStoreDomain) return new ShopifyCartPermalinks({ db: deps.db, clock: deps.clock, storeDomain: config.shopifyStoreDomain });
  return new BuiltInCheckout({ db: deps.db, signer: deps.signer, clock: deps.clock, publicUrl: config.publicUrl });
}
