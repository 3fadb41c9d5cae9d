import type { ConversationMemory } from '../memory/shopper-profile.ts';
import type { TurnContext } from '../turn-context.ts';
import { answerAvailability } from './answer-availability.ts';
import { answerComparison } from './answer-comparison.ts';
import { answerGreeting, answerIdentity, answerOutOfScope, answerSmallTalk, answerUnknown } from './answer-conversation.ts';
import { answerDiscount } from './answer-discount.ts';
import { answerBooking, answerHuman } from './answer-handoff.ts';
import { answerKnowledge } from './answer-knowledge.ts';
import { answerOptions } from './answer-options.ts';
import { answerPrice } from './answer-price.ts';
import { answerPurchase } from './answer-purchase.ts';
import { answerRecommendation } from './answer-recommendation.ts';
import { answerSuperlative } from './answer-superlative.ts';
import { type Answer, type ComposerTurn, startTurn } from './composer-turn.ts';
import { type Intent, opensWithGreeting, recogniseIntent } from './intents.ts';
import { nameWords } from './product-reference.ts';

export interface ComposedReply {
  text: string;
  /** The products the answer relies on, main ones first. */
  productIds: string[];
  intent: Intent;
  /** True when the answer handed the conversation to a person (request_human was called). */
  handoff: boolean;
}

/**
 * The offline grounded composer: recognises what the shopper asks, calls the same tools the
 * model would (so every fact is recorded for the verifier and the cards come from the same
 * data), and writes a short, natural answer from their results only.
 */
export async function composeReply(
  input: { text: string; displayName?: string },
  context: TurnContext,
  memory: ConversationMemory,
): Promise<ComposedReply> {
  const intent = recogniseIntent(input.text, memory);
  const turn = startTurn(input, context, memory);
  let answer: Answer;
  try {
    answer = await answerFor(intent, turn);
  } catch {
    // A bug must not silence the assistant, and must not make it guess either.
    answer = { text: "Sorry, I couldn't look that up just now — could you ask me again in a moment?", productIds: [] };
  }
  const greet = intent !== 'greeting' && opensWithGreeting(input.text) ? turn.say('greet-back', ['Hi!', 'Hello!', 'Hey there!']) : null;
  const productIds = [...new Set([...answer.productIds, ...turn.related])];
  return { text: greet ? `${greet} ${answer.text}` : answer.text, productIds, intent, handoff: answer.handoff ?? false };
}

async function answerFor(intent: Intent, turn: ComposerTurn): Promise<Answer> {
  switch (intent) {
    case 'greeting':
      return answerGreeting(turn);
    case 'identity':
      return answerIdentity(turn);
    case 'small-talk':
      return answerSmallTalk(turn);
    case 'price':
      return answerPrice(turn);
    case 'availability':
      return answerAvailability(turn);
    case 'options':
      return answerOptions(turn);
    case 'specs':
      return answerKnowledge(turn, 'specs');
    case 'policy':
      return answerKnowledge(turn, 'policy');
    case 'comparison':
      // "128 vs 256, how much more?" compares the options of one product: its prices answer.
      return (await answerComparison(turn)) ?? (/\b(how much|price|prices|cost|costs|cheaper|pricier|more expensive)\b/.test(turn.normal) ? answerPrice(turn) : answerKnowledge(turn, 'specs'));
    case 'recommendation':
      return answerRecommendation(turn);
    case 'superlative':
      return answerSuperlative(turn);
    case 'purchase':
      return answerPurchase(turn);
    case 'discount':
      return answerDiscount(turn);
    case 'human':
      return answerHuman(turn);
    case 'booking':
      return answerBooking(turn);
    case 'out-of-scope':
      return answerOutOfScope(turn);
    case 'unknown':
      return nameWords(turn.text).length > 0 ? answerRecommendation(turn, { fromUnknown: true }) : answerUnknown(turn);
  }
}
