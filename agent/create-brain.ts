import type { Config } from '../core/index.ts';
import type { Knowledge } from '../knowledge/index.ts';
import { createShoppingBrain } from './brain.ts';
import { CartLinkSigner } from './commerce/cart-link-signer.ts';
import { createCommerce } from './commerce/create-commerce.ts';
import { loadOrCreateSecret } from './commerce/signing-secret.ts';
import type { ModelTurnOptions } from './drivers/model-turn.ts';
import type { LanguageModel } from './llm/language-model.ts';
import { OpenAILanguageModel } from './llm/openai-language-model.ts';
import { MemoryStore } from './memory/memory-store.ts';
import { OfferEngine } from './offers/offer-engine.ts';

/** Wires the brain from configuration: the OpenAI-compatible model when LLM_MODEL is set, the composer otherwise. */
export async function createBrain(
  config: Config,
  knowledge: Knowledge,
  options: {
    clock?: () => Date;
    modelTurn?: ModelTurnOptions;
    storeName?: string;
    /** Wraps the configured model (the evals time it this way). */
    wrapModel?: (model: LanguageModel) => LanguageModel;
  } = {},
) {
  const clock = options.clock ?? (() => new Date());
  const secret = await loadOrCreateSecret(knowledge.db, config.secret);
  const offers = new OfferEngine({ db: knowledge.db, clock });
  const commerce = createCommerce(config, { db: knowledge.db, signer: new CartLinkSigner(secret, { clock }), clock });
  const { llmModel, baseUrl, apiKey } = config.openai;
  const wrap = options.wrapModel ?? ((model: LanguageModel) => model);
  return createShoppingBrain({
    knowledge,
    offers,
    commerce,
    clock,
    memory: new MemoryStore(knowledge.db),
    model: llmModel ? wrap(new OpenAILanguageModel({ model: llmModel, baseUrl, apiKey, timeoutMs: options.modelTurn?.timeoutMs })) : undefined,
    modelTurn: options.modelTurn,
    storeName: options.storeName ?? 'Maison Vitrine',
    bookingUrl: `${config.publicUrl}/book`,
  });
}
