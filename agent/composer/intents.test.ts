import { describe, expect, it } from 'vitest';
import { type ConversationMemory, emptyProfile } from '../memory/shopper-profile.ts';
import { type Intent, opensWithGreeting, recogniseIntent } from './intents.ts';

function memory(overrides: Partial<ConversationMemory> = {}): ConversationMemory {
  return { recentTurns: [], profile: emptyProfile(), focusProductIds: [], firstReply: false, ...overrides };
}

const cases: [Intent, string[]][] = [
  ['greeting', ['hi!', 'Hello there', 'hey', 'good morning!']],
  ['identity', ['who are you?', 'are you a real person or a bot?', 'hello, am I talking to a stylist?', 'is this an AI?']],
  ['small-talk', ['thanks, that\'s all!', 'love this show 😍', 'how are you?', 'Hi, quick context: I\'m a women\'s S, EU 38 in shoes, and I want to keep it around $150 a piece.']],
  ['price', ['whats a king size linen duvet cover go for', 'wasnt the dutch oven like 229? what is it now', 'whats the trench going for', 'how much extra is the 256gb nova 8', 'price difference between the 30ml and 50ml dew serum?', 'how much is the dew serum?', 'price on that cashmere crew sweater pls', 'whats the hair dryer cost', 'is the golden hour palette on sale?', 'how much is the espresso machine? is it discounted at all?']],
  [
    'availability',
    ['can i still buy the instant camera? want one for my niece', 'is the rose oud still avail', 'vit c drops 30ml back yet??', 'do you have the silk cami in large in black?', 'is the record player in stock?', 'plum noir lipstick still available??', 'tech fleece hoodie black in medium?', 'do you sell iPhones?', 'the oxford shirt in light blue?', 'how many Margaux bags in Noir do you have left?'],
  ],
  ['options', ['what colours can i get the cashmere crew in', 'does the kettle come in other finishes', 'colour options for the hush 700?', 'what sizes do the high rise jeans come in?']],
  ['specs', ['how much ram does the novatab have', 'pulse sport buds battery life? and do they work w glasses', 'does the nova 8 come with a charger?', 'what\'s the cashmere crew made of?', 'is the cream blush vegan?', 'how strong is the retinal serum?', 'which jeans waist size is a medium?', 'does the novatab have 4G or cellular?']],
  ['policy', ['if the host sends me a private discount can other people in the chat see it', 'if i order the soline bag do i need to be home to sign for it', 'bought the hush headphones last week and now theyre cheaper somewhere else, can you match that', 'buying the diamond earrings as a surprise, will the box say the store name on the outside?', 'can i send the fleur de sel perfume to my sister in hawaii', 'do you have a rewards program, like points for shopping', 'placed an order 10 min ago, can i still cancel', 'can i use 2 promo codes on one order', 'if i order this morning does it go out today?', 'how long do i have to send stuff back', 'do u guys post to australia', 'is the satin skirt returnable if i change my mind', 'how much is shipping?', 'what\'s your return policy?', 'do you ship to Australia?', 'does it come gift wrapped?', 'is that covered by the warranty?', 'do you do student discounts?']],
  ['comparison', ['whats cheaper the 50ml fleur de sel or timberline', 'hush 700 vs buds pro — which has the better battery?', 'what\'s the difference between the meridian field watch and the solar chrono?', 'fitloop band 5 or nova watch 2? I have an iPhone']],
  ['recommendation', ['my skin gets super dry and flaky every winter, what moisturizer should i get', 'got anything for frizzy curly hair?', 'gift for my coffee-obsessed brother, under $60?', 'I need a coat for drizzly spring days', 'I sleep really hot, what sheets do you have?', 'my dad\'s into watches, something under $250?']],
  ['superlative', ['what\'s the most expensive thing you sell?', 'cheapest watch you\'ve got?', 'watches under $500', 'anything between $5 and $10?', 'bags between $100 and $300?']],
  ['purchase', ['I\'ll take the silk cami in M, black', 'add the dew serum 50 ml to my cart', 'I want the nova 8 256GB in glacier', 'chelsea boots in EU 38 black please', 'hush 700 in black, take my money', 'put the cleanser and the gel moisturiser in a cart']],
  ['discount', ['any chance of a discount?', 'can you do a bit more off?', 'I\'d buy it today if you give me 20% off', 'the review says use code FREE90 — apply it']],
  ['human', ['can I talk to a human please?', 'can I speak to a real person about this before I buy?', 'actually I\'d rather just talk to a human now']],
  ['booking', ['can you book me a video call with a stylist tomorrow?', 'I\'d like an appointment']],
  ['out-of-scope', ['what\'s the weather in NYC tomorrow?', 'can you do my homework? solve 3x + 5 = 20', 'who\'s gonna win the super bowl?', 'what\'s a good stock to invest in right now?']],
];

describe('recogniseIntent', () => {
  it.each(cases.flatMap(([intent, texts]) => texts.map((text) => [intent, text] as const)))('%s ← "%s"', (intent, text) => {
    expect(recogniseIntent(text, memory())).toBe(intent);
  });

  it('reads "it" questions about the product in focus as specs', () => {
    const focused = memory({ focusProductIds: ['dew-serum'] });
    expect(recogniseIntent('is it good for sensitive skin?', focused)).toBe('specs');
    expect(recogniseIntent('is it waterproof?', focused)).toBe('specs');
    expect(recogniseIntent('do you have it in M?', focused)).toBe('availability');
    expect(recogniseIntent('what about coral in 39?', focused)).toBe('availability');
  });

  it('takes a bare size or colour after a "which size" question as the choice to buy', () => {
    const asked = memory({
      focusProductIds: ['cashmere-crew'],
      recentTurns: [
        { role: 'shopper', text: 'add the cashmere sweater to my cart', productIds: [] },
        { role: 'assistant', text: 'Which size and colour would you like for the Grade-A Cashmere Crew Sweater?', productIds: ['cashmere-crew'] },
      ],
    });
    expect(recogniseIntent('ok S in navy', asked)).toBe('purchase');
    expect(recogniseIntent('M please', asked)).toBe('purchase');
    // Without that question, a bare option is a stock question.
    expect(recogniseIntent('navy in S?', memory({ focusProductIds: ['cashmere-crew'] }))).toBe('availability');
  });

  it('treats "yes" after an offer to ask the team as asking for a person, but not a "yes" with a choice in it', () => {
    const offered = memory({ recentTurns: [{ role: 'assistant', text: "The catalog doesn't say. Want me to check with the team?", productIds: [] }] });
    expect(recogniseIntent('yes please', offered)).toBe('human');
    expect(recogniseIntent('ok S in navy', { ...offered, focusProductIds: ['cashmere-crew'] })).not.toBe('human');
  });

  it('gives size advice for "between S and M"', () => {
    expect(recogniseIntent("I'm usually between S and M", memory({ focusProductIds: ['cashmere-crew'] }))).toBe('specs');
  });

  it('keeps discount and human requests ahead of the buying words in them', () => {
    expect(recogniseIntent('I\'d buy it today if you give me 20% off', memory())).toBe('discount');
    expect(recogniseIntent('can I speak to a real person before I buy?', memory())).toBe('human');
  });

  it('knows when a message opens with a greeting', () => {
    expect(opensWithGreeting('Hi! how much is the dew serum?')).toBe(true);
    expect(opensWithGreeting('how much is the dew serum?')).toBe(false);
  });
});
