import { randomUUID } from 'node:crypto';
import type { Audience, BrainEvent, SessionMode } from '../core/index.ts';
import { composeReply } from './composer/compose-reply.ts';
import { withDisclosure } from './disclosure.ts';
import { defaultModelTurnOptions, type ModelTurnOptions, runModelTurn } from './drivers/model-turn.ts';
import { FactBook } from './grounding/fact-book.ts';
import { splitSentences } from './grounding/sentences.ts';
import { verifyReply } from './grounding/verify-reply.ts';
import type { ChatMessage, LanguageModel } from './llm/language-model.ts';
import type { MemoryStore } from './memory/memory-store.ts';
import { recordViewed, updateProfileFromMessage } from './memory/profile-updates.ts';
import type { ConversationMemory, ShopperProfile } from './memory/shopper-profile.ts';
import { systemPrompt } from './prompts/system-prompt.ts';
import { dropPlantedInstructions } from './safety/drop-planted-instructions.ts';
import { screenMessage } from './safety/screen-message.ts';
import { shoppingTools } from './tools/index.ts';
import type { BrainDependencies, TurnContext } from './turn-context.ts';

/** A message from one participant of a session, from any surface. */
export interface ShopperMessage {
  sessionId: string;
  participantId: string;
  displayName?: string;
  mode: SessionMode;
  text: string;
}

export interface ShoppingBrainOptions extends BrainDependencies {
  memory: MemoryStore;
  /** The configured chat model; without one, the offline composer answers. */
  model?: LanguageModel;
  storeName?: string;
  modelTurn?: ModelTurnOptions;
  /** Called when the model failed and the composer answered instead (for logs and metrics). */
  onFallback?: (reason: string) => void;
  newId?: () => string;
}

const MAX_MESSAGE_LENGTH = 2_000;
const MAX_CARDS = 3;

export type ShoppingBrain = ReturnType<typeof createShoppingBrain>;

/**
 * The one brain behind every surface: a message in, typed events out. Input is screened before
 * any effect, the reply is verified against the turn's facts before anyone sees it, and offers,
 * cart links and cards come from the tools' results, never from the model's words.
 */
export function createShoppingBrain(options: ShoppingBrainOptions) {
  const newId = options.newId ?? randomUUID;

  async function respond(message: ShopperMessage): Promise<BrainEvent[]> {
    const turnId = newId();
    const base = { turnId, sessionId: message.sessionId };
    const text = message.text.trim().slice(0, MAX_MESSAGE_LENGTH);
    const screen = screenMessage(text);
    if (screen.verdict === 'abuse') {
      await options.memory.appendTurns(message.sessionId, message.participantId, [{ role: 'shopper', audience: 'private', text, productIds: [] }]);
      return [{ type: 'message-flag', ...base, participantId: message.participantId, reason: screen.reason ?? 'abusive message', text }];
    }

    // Attempts on the rules still get a (safe) answer, and the host sees them.
    const flags: BrainEvent[] =
      screen.verdict === 'ok' ? [] : [{ type: 'message-flag', ...base, participantId: message.participantId, reason: screen.reason ?? screen.verdict, text }];
    const memory = await options.memory.load(message.sessionId, message.participantId);
    const storedProfile = memory.profile;
    memory.profile = updateProfileFromMessage(memory.profile, text);
    const context: TurnContext = {
      turnId,
      sessionId: message.sessionId,
      participantId: message.participantId,
      mode: message.mode,
      deps: options,
      facts: new FactBook(),
      cards: new Map(),
      events: [],
      searches: [],
    };

    const answer = await answerTurn(text, message, context, memory, screen.verdict);
    const guard = (reply: string) => {
      const verified = verifyReply(dropPlantedInstructions(reply).text, context.facts, { now: options.clock(), shopperMessage: text });
      return { text: verified.text, blocked: verified.blocked || verified.text.trim() === '' };
    };
    const guarded = guard(answer.text);
    let reply = { ...answer, text: guarded.text };
    if (guarded.blocked && answer.driver === 'openai') {
      // The model stated what the facts do not support: the composer answers from the facts instead.
      reply = { ...(await composed(text, message, context, memory)), fallbackReason: 'the model reply failed grounding' };
      reply.text = guard(reply.text).text;
    }
    const finalText = memory.firstReply ? withDisclosure(reply.text, message.mode) : reply.text;

    // Offers, carts, a request for a person and anything drawn from the shopper's profile go to that shopper alone.
    const privateTurn =
      message.mode === 'concierge' ||
      context.events.some((event) => event.type === 'offer-create' || event.type === 'cart-link-create' || event.type === 'handoff-request') ||
      mentionsProfile(finalText, storedProfile);
    const audience: Audience = privateTurn ? 'private' : 'public';
    const addressed = { ...base, audience, recipientId: audience === 'private' ? message.participantId : null };
    const productIds = reply.productIds.filter((id) => context.cards.has(id));
    const events: BrainEvent[] = [
      ...splitSentences(finalText).map((segment) => ({ type: 'reply-delta' as const, ...addressed, text: segment.text })),
      { type: 'reply', ...addressed, text: finalText, productIds, driver: reply.driver, fallbackReason: reply.fallbackReason },
      ...productIds.slice(0, MAX_CARDS).map((id) => ({ type: 'product-card-show' as const, ...addressed, card: context.cards.get(id)! })),
      ...context.events.map((event) =>
        event.type === 'handoff-request'
          ? { ...event, question: event.question || questionForHost(text, memory), productIds: event.productIds.length ? event.productIds : productIds.length ? productIds : memory.focusProductIds.slice(0, 1) }
          : event,
      ),
      ...flags,
    ];

    await options.memory.appendTurns(message.sessionId, message.participantId, [
      { role: 'shopper', audience, text, productIds: [] },
      { role: 'assistant', audience, text: finalText, productIds },
    ]);
    // The turn's own change, applied to the profile as it is now: a purchase recorded meanwhile stays.
    const change = (profile: ShopperProfile) => recordViewed(updateProfileFromMessage(profile, text), productIds);
    if (JSON.stringify(change(storedProfile)) !== JSON.stringify(storedProfile)) await options.memory.updateProfile(message.participantId, change);
    return events;
  }

  async function answerTurn(text: string, message: ShopperMessage, context: TurnContext, memory: ConversationMemory, verdict: string) {
    if (verdict === 'prompt-request') {
      return canned("I can't share how I'm set up, but I'm happy to help you find something — what are you shopping for?");
    }
    if (verdict === 'data-request') {
      return canned("I can't share anything about other customers or reviewers — their details stay private, just like yours. Can I help you with a product?");
    }
    if (!options.model) return composed(text, message, context, memory);
    try {
      const reply = await runModelTurn(options.model, conversation(text, message, memory), shoppingTools, context, options.modelTurn ?? defaultModelTurnOptions);
      return { text: reply, productIds: mentionedProducts(reply, context), driver: 'openai' as const, fallbackReason: null };
    } catch (error) {
      const reason = (error as Error).message;
      options.onFallback?.(reason);
      return { ...(await composed(text, message, context, memory)), fallbackReason: reason };
    }
  }

  async function composed(text: string, message: ShopperMessage, context: TurnContext, memory: ConversationMemory) {
    const result = await composeReply({ text, displayName: message.displayName }, context, memory);
    if (result.handoff && !context.events.some((event) => event.type === 'handoff-request')) {
      context.events.push({ type: 'handoff-request', turnId: context.turnId, sessionId: context.sessionId, participantId: context.participantId, reason: result.intent, question: '', productIds: [] });
    }
    return { text: result.text, productIds: result.productIds, driver: 'composer' as const, fallbackReason: null as string | null };
  }

  function conversation(text: string, message: ShopperMessage, memory: ConversationMemory): ChatMessage[] {
    return [
      { role: 'system', content: systemPrompt({ mode: message.mode, storeName: options.storeName ?? 'this store', profile: memory.profile, now: options.clock() }) },
      ...memory.recentTurns.map((turn): ChatMessage => (turn.role === 'assistant' ? { role: 'assistant', content: turn.text } : { role: 'user', content: turn.text })),
      { role: 'user', content: text },
    ];
  }

  return { respond };
}

function canned(text: string) {
  return { text, productIds: [] as string[], driver: 'composer' as const, fallbackReason: null as string | null };
}

/** The products a model reply talks about: those loaded this turn whose title it names (or the only one loaded). */
function mentionedProducts(text: string, context: TurnContext): string[] {
  const lower = text.toLowerCase();
  const cards = [...context.cards.values()];
  const named = cards.filter((card) => lower.includes(card.title.toLowerCase()) || lower.includes(card.title.toLowerCase().split(' ').slice(0, 2).join(' ')));
  if (named.length > 0) return named.map((card) => card.productId);
  return cards.length === 1 ? [cards[0]!.productId] : [];
}

/**
 * What the host should read in the queue (and what a host answer is learned against): a bare
 * "yes please" or "can I talk to a person?" stands for the shopper's question before it.
 */
function questionForHost(text: string, memory: ConversationMemory): string {
  const words = text.split(/\s+/).length;
  const asksForPerson = /\b(person|human|someone|somebody|real|agent|stylist|host|team)\b/i.test(text) && !/\b(is|are|does|do|can|what|which|how)\b.*\b(it|this|the|they)\b/i.test(text);
  if (words > 3 && !asksForPerson) return text;
  const previous = memory.recentTurns.filter((turn) => turn.role === 'shopper').at(-1);
  return previous?.text ?? text;
}

/** Whether a reply repeats something the shopper told us before (a size, a budget): then it is private. */
function mentionsProfile(text: string, profile: ShopperProfile): boolean {
  const sizes = Object.values(profile.sizes).map((size) => new RegExp(`(?<![\\w-])${size.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w-])`));
  const budget = profile.budget === null ? [] : [new RegExp(`[$€£]\\s?${profile.budget}(?![\\d.,]\\d)`)];
  return [...sizes, ...budget].some((pattern) => pattern.test(text));
}
