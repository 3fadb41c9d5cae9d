import type { ConversationMemory, ShopperProfile } from '../memory/shopper-profile.ts';
import type { TurnContext } from '../turn-context.ts';
import { ComposerTools } from './composer-tools.ts';
import { pick } from './phrasing.ts';
import { extractSlots, type Slots } from './slots.ts';
import { statedProfile } from './stated-profile.ts';
import { normaliseText } from './text-tools.ts';

/** Everything one answer needs: the message, its slots, the memory and the tools of this turn. */
export interface ComposerTurn {
  text: string;
  /** Lower-case, straight quotes, apostrophes folded ("i'm" → "im"). */
  normal: string;
  slots: Slots;
  displayName?: string;
  memory: ConversationMemory;
  /** The shopper's profile plus sizes and budget stated earlier in this conversation. */
  profile: ShopperProfile;
  context: TurnContext;
  tools: ComposerTools;
  /** Products an answer mentions besides its main ones (in-stock alternatives). */
  related: string[];
  /** One phrasing of several, fixed for this turn and slot. */
  say<T>(slot: string, options: readonly T[]): T;
}

/** What an answer hands back to composeReply. */
export interface Answer {
  text: string;
  productIds: string[];
  handoff?: boolean;
}

export function startTurn(input: { text: string; displayName?: string }, context: TurnContext, memory: ConversationMemory): ComposerTurn {
  return {
    text: input.text,
    normal: normaliseText(input.text),
    slots: extractSlots(input.text),
    displayName: input.displayName,
    memory,
    profile: statedProfile(memory, input.text),
    context,
    tools: new ComposerTools(context),
    related: [],
    say: (slot, options) => pick(context.turnId, slot, options),
  };
}
