import type { Config } from '../core/index.ts';
import type { Knowledge } from '../knowledge/index.ts';
import { createShoppingBrain, type ShoppingBrain } from './brain.ts';
import { CartLinkSigner } from './commerce/cart-link-signer.ts';
import type { Commerce } from './commerce/commerce.ts';
import { createCommerce } from './commerce/create-commerce.ts';
import { loadOrCreateSecret } from './commerce/signing-secret.ts';
import type { ModelTurnOptions } from './drivers/model-turn.ts';
import type { LanguageModel } from './llm/language-model.ts';
import { OpenAILanguageModel } from './llm/openai-language-model.ts';
import { MemoryStore } from './memory/memory-store.ts';
import { OfferEngine } from './offers/offer-engine.ts';

/** The brain and the commerce pieces it shares with the API (checkout, host offers). */
export interface Shop {
  brain: ShoppingBrain;
  /** Conversations and shopper profiles (the brain's memory; checkout and bookings add to profiles). */
  memory: MemoryStore;
  offers: OfferEngine;
  commerce: Commerce;
  signer: CartLinkSigner;
  /** The store secret: signs cart links here, and (through a derived key) participant tokens in the API. */
  secret: string;
  clock: () => Date;
  storeName: string;
}

export interface ShopOptions {
  clock?: () => Date;
  modelTurn?: ModelTurnOptions;
  storeName?: string;
  /** Wraps the configured model (the evals time it this way). */
  wrapModel?: (model: LanguageModel) => LanguageModel;
  /** Called when the model failed and the composer answered instead. */
  onFallback?: (reason: string) => void;
}

/** Wires the shop from configuration: the OpenAI-compatible model when LLM_MODEL is set, the composer otherwise. */
export async function createShop(config: Config, knowledge: Knowledge, options: ShopOptions = {}): Promise<Shop> {
  const clock = options.clock ?? (() => new Date());
  const storeName = options.storeName ?? 'Maison Vitrine';
  const secret = await loadOrCreateSecret(knowledge.db, config.secret);
  const signer = new CartLinkSigner(secret, { clock });
  const offers = new OfferEngine({ db: knowledge.db, clock });
  const commerce = createCommerce(config, { db: knowledge.db, signer, clock });
  const { llmModel, baseUrl, apiKey } = config.openai;
  const wrap = options.wrapModel ?? ((model: LanguageModel) => model);
  const memory = new MemoryStore(knowledge.db);
  const brain = createShoppingBrain({
    knowledge,
    offers,
    commerce,
    clock,
    memory,
    model: llmModel ? wrap(new OpenAILanguageModel({ model: llmModel, baseUrl, apiKey, timeoutMs: options.modelTurn?.timeoutMs })) : undefined,
    modelTurn: options.modelTurn,
    onFallback: options.onFallback,
    storeName,
    bookingUrl: `${config.publicUrl}/book`,
  });
  return { brain, memory, offers, commerce, signer, secret, clock, storeName };
}
