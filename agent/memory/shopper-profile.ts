import { z } from 'zod';

/** What the brain remembers about one shopper across sessions; private to that shopper. */
export const shopperProfileSchema = z.object({
  /** Sizes the shopper stated, by kind: { clothing: "M", shoes: "EU 38" }. */
  sizes: z.record(z.string(), z.string()).default({}),
  /** Upper budget the shopper stated, in the store currency. */
  budget: z.number().nonnegative().nullable().default(null),
  /** Stated likes: colours, materials, styles, brands ("black", "linen", "vegan"). */
  preferences: z.array(z.string()).default([]),
  /** Products shown or asked about, most recent first (bounded). */
  viewedProductIds: z.array(z.string()).default([]),
  /** Products bought through vitrine (known customers). */
  purchasedProductIds: z.array(z.string()).default([]),
});

export type ShopperProfile = z.infer<typeof shopperProfileSchema>;

export const emptyProfile = (): ShopperProfile => shopperProfileSchema.parse({});

/** One remembered line of a conversation. */
export interface ConversationTurn {
  role: 'shopper' | 'assistant' | 'host';
  text: string;
  productIds: string[];
}

/** What a turn starts from: the recent conversation of this shopper in this session and their profile. */
export interface ConversationMemory {
  recentTurns: ConversationTurn[];
  profile: ShopperProfile;
  /** The products the conversation is about ("it", "this one"), most recent first. */
  focusProductIds: string[];
  /** True before the assistant's first reply to this shopper in this session (AI disclosure). */
  firstReply: boolean;
}
