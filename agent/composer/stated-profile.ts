import type { ConversationMemory, ShopperProfile } from '../memory/shopper-profile.ts';
import { extractSlots } from './slots.ts';
import { normaliseText } from './text-tools.ts';

/** A sentence in which shoppers talk about themselves ("I'm a women's S", "my budget is…"). */
const ABOUT_ME = /\b(im|i am|i wear|i take|my size|size is|im usually|im normally|my budget|budget is|keep it|i want to spend|i can spend|a piece|each)\b/;
const BUDGET_WORDS = /\b(budget|keep it|spend|a piece|each|max|at most|no more than|under|below|around|about)\b/;

/**
 * The shopper's profile as this turn should read it: what the brain stored, plus sizes and a
 * budget the shopper stated earlier in this conversation that the profile did not catch
 * ("I'm a women's S, EU 38 in shoes, around $150 a piece"). Read-only: the brain owns updates.
 */
export function statedProfile(memory: ConversationMemory, currentText: string): ShopperProfile {
  const sizes: Record<string, string> = { ...memory.profile.sizes };
  let budget = memory.profile.budget;
  const shopperTexts = [currentText, ...memory.recentTurns.filter((turn) => turn.role === 'shopper').map((turn) => turn.text).reverse()];
  let index = 0;
  for (const text of shopperTexts) {
    for (const sentence of normaliseText(text).split(/(?<=[.!?])\s+/)) {
      if (!ABOUT_ME.test(sentence) || /\?\s*$/.test(sentence)) continue;
      const slots = extractSlots(sentence);
      const known = new Set(Object.values(sizes).map((size) => size.toUpperCase()));
      const add = (size: string) => {
        if (!known.has(size.toUpperCase())) {
          sizes[`stated-${index++}`] = size;
          known.add(size.toUpperCase());
        }
      };
      for (const size of slots.letterSizes) add(size);
      for (const size of slots.systemSizes) add(size.system === 'SIZE' || size.system === 'WAIST' ? size.value : `${size.system} ${size.value}`);
      if (budget === null && BUDGET_WORDS.test(sentence)) budget = slots.money.max ?? slots.money.around ?? null;
    }
  }
  return { ...memory.profile, sizes, budget };
}
