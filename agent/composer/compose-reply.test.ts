import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrainEvent, SessionMode } from '../../core/index.ts';
import {
  type Database,
  HashingEmbeddingModel,
  HybridSearch,
  openPgliteDatabase,
  prepareStore,
  readDemoCatalog,
  writeCatalog,
} from '../../knowledge/index.ts';
import { BuiltInCheckout } from '../commerce/built-in-checkout.ts';
import { CartLinkSigner } from '../commerce/cart-link-signer.ts';
import { FactBook } from '../grounding/fact-book.ts';
import { verifyReply } from '../grounding/verify-reply.ts';
import { type ConversationMemory, type ConversationTurn, emptyProfile, type ShopperProfile } from '../memory/shopper-profile.ts';
import { OfferEngine } from '../offers/offer-engine.ts';
import type { BrainDependencies, TurnContext } from '../turn-context.ts';
import { composeReply } from './compose-reply.ts';

const now = new Date('2026-11-28T15:00:00Z');
const clock = () => now;
let db: Database;
let deps: BrainDependencies;
let turnNumber = 0;

beforeAll(async () => {
  const embedder = new HashingEmbeddingModel();
  db = await openPgliteDatabase();
  const capabilities = await prepareStore(db, embedder);
  await writeCatalog(db, embedder, await readDemoCatalog());
  let seed = 0;
  deps = {
    knowledge: { db, search: new HybridSearch(db, embedder, capabilities) },
    // Offer codes from a counter, so every run issues the same codes.
    offers: new OfferEngine({ db, clock, randomBytes: (size) => Buffer.alloc(size, ++seed) }),
    commerce: new BuiltInCheckout({ db, signer: new CartLinkSigner('composer-test-secret-0123456789abcdef', { clock }), clock, publicUrl: 'https://shop.example' }),
    clock,
    bookingUrl: 'https://shop.example/book',
  };
});
afterAll(() => db?.close());

interface Ask {
  focus?: string[];
  turns?: ConversationTurn[];
  profile?: Partial<ShopperProfile>;
  firstReply?: boolean;
  session?: string;
  participant?: string;
  mode?: SessionMode;
  turnId?: string;
}

/** One turn through the composer; every reply must pass the grounding verifier against this turn's facts. */
async function ask(text: string, options: Ask = {}) {
  const context: TurnContext = {
    turnId: options.turnId ?? `turn-${++turnNumber}`,
    sessionId: options.session ?? 'show-1',
    participantId: options.participant ?? `viewer-${turnNumber}`,
    mode: options.mode ?? 'stream',
    deps,
    facts: new FactBook(),
    cards: new Map(),
    events: [],
    searches: [],
  };
  const memory: ConversationMemory = {
    recentTurns: options.turns ?? [],
    profile: { ...emptyProfile(), ...options.profile },
    focusProductIds: options.focus ?? [],
    firstReply: options.firstReply ?? false,
  };
  const started = performance.now();
  const reply = await composeReply({ text }, context, memory);
  const elapsed = performance.now() - started;
  const verified = verifyReply(reply.text, context.facts, { now });
  expect(verified.violations, `ungrounded claims in: ${reply.text}`).toEqual([]);
  return { ...reply, context, elapsed, events: context.events };
}

const ofType = <T extends BrainEvent['type']>(events: BrainEvent[], type: T) =>
  events.filter((event): event is Extract<BrainEvent, { type: T }> => event.type === type);

/** A small conversation, remembered the way the brain does: turns with their products, the latest products in focus. */
function conversation(participant: string, options: Omit<Ask, 'turns' | 'focus' | 'participant'> = {}) {
  const turns: ConversationTurn[] = [];
  return async (text: string) => {
    const focus = [...new Set(turns.toReversed().flatMap((turn) => turn.productIds))];
    const reply = await ask(text, { ...options, participant, turns: [...turns], focus, firstReply: turns.length === 0 });
    turns.push({ role: 'shopper', text, productIds: [] }, { role: 'assistant', text: reply.text, productIds: reply.productIds });
    return reply;
  };
}

describe('prices', () => {
  it('gives every price point of a product with variants, from its records', async () => {
    const reply = await ask('how much is the dew serum?');
    expect(reply.intent).toBe('price');
    expect(reply.productIds[0]).toBe('dew-serum');
    expect(reply.text).toMatch(/\$38 for the 30 ml and \$54 for the 50 ml/);
    expect(reply.context.cards.get('dew-serum')).toMatchObject({ price: 38 });
  });

  it('mentions the sale when there is a compare-at price', async () => {
    const reply = await ask('is the golden hour palette on sale?');
    expect(reply.productIds[0]).toBe('golden-hour-palette');
    expect(reply.text).toContain('$48');
    expect(reply.text).toContain('$58');
  });

  it('formats four-figure prices with a thousands separator and reads the asked variant', async () => {
    expect((await ask('how much is the Soline bag?')).text).toContain('$1,890');
    const kit = await ask('how much is the vista x2 with the kit lens?');
    expect(kit.text).toContain('$1,299');
    expect(kit.text).toContain('$1,449');
  });
});

describe('price in other words', () => {
  it('reads "going for", "what would I pay" and "how much extra" as price questions', async () => {
    expect((await ask('whats the trench going for')).text).toContain('$265');
    const extra = await ask('how much extra is the 256gb nova 8');
    expect(extra.intent).toBe('price');
    // Both prices, so the difference is plain: the brain never computes a figure the catalog does not state.
    expect(extra.text).toMatch(/\$699 for the 128 GB and \$799 for the 256 GB/);
  });
});

describe('the options a product comes in', () => {
  it('reads a named option ("what waist sizes") and "anything other than steel"', async () => {
    expect((await ask('what waist sizes for the slim chinos')).text).toContain('30, 32, 34 and 36');
    expect((await ask('does the espresso machine come in anything other than steel')).text).toContain('Cream');
  });

  it('lists every colour, with what is sold out, from the variants', async () => {
    const reply = await ask('which colors does the dutch oven come in');
    expect(reply.intent).toBe('options');
    expect(reply.productIds[0]).toBe('dutch-oven');
    expect(reply.text).toContain('3 colours: Cherry Red, Sea Blue and Matte Black');
    expect(reply.text).toContain('Matte Black is sold out right now');
  });

  it('reads shades, finishes and sizes as the option the product has, with a price per option when they differ', async () => {
    expect((await ask('does the kettle come in other finishes')).text).toContain('Matte Black and Brushed Steel');
    expect((await ask('what shades does the velvet lipstick come in?')).text).toMatch(/Nude Silk, Rosewood, Classic Red and Plum Noir/);
    expect((await ask('which sizes does the nova 8 come in')).text).toContain('128 GB ($699) and 256 GB ($799)');
    expect((await ask('what colours can i get the cashmere crew in')).text).toContain('Navy is sold out in L and XL');
  });

  it('says when there is only one version', async () => {
    expect((await ask('any other colours for the oil control gel?')).text).toMatch(/comes in just one version/);
  });
});

describe('policies and specs in shoppers\' words', () => {
  it('answers a return-window question with the window, not how long a refund takes', async () => {
    const reply = await ask('how long do i have to send stuff back');
    expect(reply.intent).toBe('policy');
    expect(reply.text).toContain('30 days from delivery');
  });

  it('maps "delivered quickly" to express and "goes missing" to a lost parcel', async () => {
    expect((await ask('what does it cost to get something delivered quickly')).text).toContain('$14.95');
    expect((await ask('what happens if my parcel goes missing')).text).toContain('14 days');
  });

  it('finds temperatures, capacities and power ratings held in attributes', async () => {
    expect((await ask('how hot can the dutch oven go in the oven')).text).toContain('260 °C');
    expect((await ask('how much water does the kettle hold')).text).toContain('0.9 L');
    expect((await ask('whats the wattage on the airlite dryer')).text).toContain('1,800 W');
  });

  it('does not quote a nearby figure when the asked one is missing', async () => {
    const reply = await ask('how many mAh is the pebble speaker battery');
    expect(reply.text).toMatch(/doesn't say|not sure|can't confirm/);
    expect(reply.text).not.toContain('12 hours');
  });

  it('names a country only when the store page does, and says so when it does not', async () => {
    expect((await ask('do you ship to the UK and what does it cost?')).text).toContain('$24.95');
    const mexico = await ask('do you ship to mexico?');
    expect(mexico.text).toMatch(/not sure|doesn't say|can't confirm/);
    expect(mexico.text).not.toMatch(/^(Hi[^.]*\. )?Yes/);
  });

  it('reads "how much RAM" as a quantity, "two promo codes" as the rules on codes, and a brand\'s watches as the brand\'s policy', async () => {
    const ram = await ask('how much ram does the novatab have');
    expect(ram.intent).toBe('specs');
    expect(ram.text).not.toContain('$449');
    expect((await ask('can i use 2 promo codes on one order')).text).toMatch(/cannot be combined|One code per order/);
    // Two Kessler watches: the warranty page's line for the brand, not the first watch found.
    expect((await ask('whats the warranty on the kessler watches')).text).toContain('5 years');
  });

  it('reads "if I order this morning, does it go out today?" as a dispatch question, not a purchase', async () => {
    const reply = await ask('if i order this morning does it go out today?');
    expect(reply.intent).toBe('policy');
    expect(reply.text).toContain('2 pm');
  });

  it('reads an amount against a threshold, US spellings like the store\'s, and "It cannot…" with the sentence it points back to', async () => {
    expect((await ask('how much is shipping if my order is like $60')).text).toMatch(/\$6\.95, free on orders over \$75/);
    expect((await ask('can i pay in installments?')).text).toContain('4 interest-free instalments');
    const hawaii = await ask('can u ship perfume to hawaii');
    expect(hawaii.text).toContain('It cannot ship internationally, by air, or to Alaska and Hawaii');
    expect(hawaii.text).toMatch(/Fragrance \(perfume/);
  });

  it('answers each of two questions, and does not match a sentence that only gives context', async () => {
    const both = await ask('how powerful is the airlite dryer and can i take it to italy');
    expect(both.text).toContain('1,800 W');
    expect(both.text).toContain('not suitable for 220–240 V countries');
    const seattle = await ask('is the trench actually waterproof? i live in seattle lol');
    expect(seattle.text).toContain('water-repellent');
    // A clause with no subject of its own leans on the one before: the cost of shipping to the UK.
    expect((await ask('do you ship to the UK and what does it cost?')).text).toContain('$24.95');
  });

  it('reads "microwave safe" as asking about the microwave, not any line that says "safe"', async () => {
    const reply = await ask('is the pour over carafe microwave safe?');
    expect(reply.text).not.toMatch(/^(Hi[^.]*\. )?For the Pour-Over Coffee Set, care/);
    expect(reply.text).toMatch(/doesn't say|not sure|can't confirm/);
  });

  it('reads a time of day against the rule it falls under', async () => {
    expect((await ask('if i order at 4pm on a tuesday when does it actually leave the warehouse')).text).toContain('after 2 pm ET');
    expect((await ask('if i order at 11am does it ship today')).text).toContain('before 2 pm ET');
  });

  it('names providers and wattages only when the catalog does, and prices a service from the store pages, not the product', async () => {
    expect((await ask('the pay in 4 thing, is that klarna or afterpay?')).text).toMatch(/not sure|doesn't say|can't confirm/);
    expect((await ask('how many watts is the room one speaker')).text).toMatch(/not sure|doesn't say|can't confirm/);
    const service = await ask('roughly what does a full service on the kessler reserve cost?');
    expect(service.intent).toBe('policy');
    expect(service.text).not.toContain('$4,200');
  });

  it('reads a budget "around" an amount as a band, and "pricier than" between two options as both prices', async () => {
    const gift = await ask('anniversary present for my wife, thinking around $1,500');
    expect(gift.text).not.toContain('$48');
    expect((await ask('is the 45cm pearl necklace pricier than the 40cm?')).text).toContain('$89');
  });

  it('never makes an offer when the shopper asks how codes combine', async () => {
    const reply = await ask('can i use my live show code together with the $30 card that came in the discovery set');
    expect(reply.intent).toBe('policy');
    expect(ofType(reply.events, 'offer-create')).toEqual([]);
    expect(reply.text).toContain('cannot be combined');
  });

  it('does not take a line that shares a word and a time for an answer', async () => {
    const reply = await ask("when's your next live show?");
    expect(reply.text).not.toContain('next business day');
    expect(reply.text).toMatch(/doesn't say|not sure|can't confirm/);
  });
});

describe('needs in shoppers\' words', () => {
  it('reads a budget written as a bare range', async () => {
    const reply = await ask('want a nice watch for my husband, budget 300-400');
    expect(reply.productIds[0]).toBe('meridian-solar-chrono');
    expect(reply.text).not.toContain('$189');
  });

  it('reads "<kind> for <need>" as a recommendation and ranks the kind by the shopper\'s other words', async () => {
    const buds = await ask('earbuds for running that wont fall out?');
    expect(buds.intent).toBe('recommendation');
    expect(buds.productIds).toContain('pulse-sport-buds');
    expect(buds.text).toContain('titanium ear hooks that stay on during runs');
    expect((await ask('i want a dive watch')).productIds[0]).toBe('kessler-tiefsee-42');
    expect((await ask('looking for a watch i can actually scuba dive with')).productIds[0]).toBe('kessler-tiefsee-42');
  });
});

describe('availability', () => {
  it('names the sold-out variant and the in-stock alternatives next to it', async () => {
    const reply = await ask('linen wrap dress in M, olive — any left?');
    expect(reply.productIds[0]).toBe('linen-wrap-dress');
    expect(reply.text).toMatch(/sold out/);
    expect(reply.text).toMatch(/M is available in Sand/);
  });

  it('says plainly when a whole product is sold out and suggests something in stock', async () => {
    const reply = await ask('is the record player in stock?');
    expect(reply.productIds[0]).toBe('groove-turntable');
    expect(reply.text).toMatch(/sold out right now in every option/);
    expect(reply.productIds.length).toBeGreaterThan(1);
  });

  it('answers "it in M" for the product in focus, per colour', async () => {
    const reply = await ask('Do you have it in M?', { focus: ['linen-wrap-dress'] });
    expect(reply.intent).toBe('availability');
    expect(reply.text).toMatch(/Sand is in stock, but the Olive is sold out/);
  });

  it('states stock counts only from inventory, and confirms what is in stock', async () => {
    expect((await ask('how many Margaux bags in Noir do you have left?')).text).toMatch(/2 left/);
    const boots = await ask('are the chelsea boots in EU 37 taupe in stock?');
    expect(boots.text).toMatch(/EU 37 \/ Taupe (is|are) in stock/);
    expect(boots.text).not.toMatch(/sold out/);
  });

  it('says when a product does not come in the asked size', async () => {
    const reply = await ask('do you have it in XXL?', { focus: ['linen-wrap-dress'] });
    expect(reply.text).toMatch(/doesn't come in XXL/);
  });

  it('uses the size the shopper stated earlier', async () => {
    const reply = await ask('the oxford shirt in light blue?', { profile: { sizes: { clothing: 'M' } } });
    expect(reply.text).toContain('M / Light Blue');
    expect(reply.text).toMatch(/sold out/);
    expect(reply.text).toMatch(/M is available in White/);
  });
});

describe('specs and policies', () => {
  it('quotes the FAQ answer about the named product', async () => {
    const reply = await ask('does the nova 8 come with a charger?');
    expect(reply.intent).toBe('specs');
    expect(reply.productIds).toEqual(['nova-phone-8']);
    expect(reply.text).toContain('only a USB-C cable is included');
  });

  it('answers about "it" from the product in focus', async () => {
    const reply = await ask('is it fragrance free?', { focus: ['dew-serum'] });
    expect(reply.productIds).toEqual(['dew-serum']);
    expect(reply.text).toMatch(/fragrance-free/i);
  });

  it('says the catalog does not say, and offers a person, when nothing answers', async () => {
    const reply = await ask('does the quilted jacket have a hood?');
    expect(reply.productIds).toEqual(['quilted-jacket']);
    expect(reply.text).toMatch(/doesn't say|don't say/);
    expect(reply.text).toMatch(/team/);
    expect(reply.handoff).toBe(false);
    expect(reply.text).not.toMatch(/\bhood is\b|has a hood/);
  });

  it('does not take a 15-inch answer for a 17-inch question', async () => {
    const reply = await ask('does the market tote fit a 17-inch laptop?');
    expect(reply.text).toMatch(/doesn't say|don't say/);
    expect(reply.text).not.toMatch(/TOTEFREE|free today/i);
  });

  it('queues unanswerable questions for the host in a host-led show', async () => {
    const reply = await ask('how heavy is the classic trench coat?', { mode: 'assist' });
    expect(reply.handoff).toBe(true);
    expect(ofType(reply.events, 'handoff-request')).toHaveLength(1);
  });

  it('quotes store policies for store questions', async () => {
    const shipping = await ask('how much is shipping?');
    expect(shipping.intent).toBe('policy');
    expect(shipping.text).toContain('$6.95');
    expect(shipping.text).toContain('$75');
    expect((await ask("what's your return policy?")).text).toContain('30 days');
    expect((await ask('can I return the satin pleated skirt if it doesn\'t fit?')).text).toMatch(/final sale/);
    expect((await ask('what is EU 38 in US sizes?')).text).toContain('7.5');
  });

  it('quotes the product-category line of a store page when the product has none of its own', async () => {
    const reply = await ask('is there a warranty on the velvet lipstick?');
    expect(reply.text).toMatch(/No warranty/);
  });
});

describe('comparisons, recommendations and price ranges', () => {
  it('compares two named products on what was asked', async () => {
    const reply = await ask('hush 700 vs buds pro — which has the better battery?');
    expect(reply.intent).toBe('comparison');
    expect(reply.productIds).toEqual(['hush-700-headphones', 'buds-pro-anc']);
    expect(reply.text).toContain('40 hours');
    expect(reply.text).toContain('8 hours');
  });

  it('recommends within the stated budget, with a reason for each product', async () => {
    const reply = await ask('gift for my coffee-obsessed brother, under $60?');
    expect(reply.intent).toBe('recommendation');
    expect(reply.productIds).toContain('pour-over-set');
    expect(reply.text).toContain('$48');
    const prices = [...reply.text.matchAll(/\$(\d[\d,]*)/g)].map((match) => Number(match[1]!.replace(/,/g, '')));
    expect(prices.every((price) => price <= 60)).toBe(true);
  });

  it('uses the budget from the profile when none is stated', async () => {
    const reply = await ask('what shoes would you recommend for walking all day?', { profile: { budget: 150 } });
    expect(reply.productIds.length).toBeGreaterThan(0);
    expect(reply.text).not.toContain('$189');
  });

  it('suggests what pairs with the product in focus, from the catalog relations', async () => {
    const reply = await ask('what goes well with it?', { focus: ['linen-wrap-dress'] });
    expect(reply.intent).toBe('recommendation');
    expect(reply.productIds[0]).toBe('linen-wrap-dress');
    expect(reply.productIds).toContain('canvas-market-tote');
    expect(reply.text).toContain('$45');
  });

  it('answers superlatives over the whole catalog', async () => {
    const most = await ask("what's the most expensive thing you sell?");
    expect(most.intent).toBe('superlative');
    expect(most.productIds[0]).toBe('diamond-tennis-bracelet');
    expect(most.text).toContain('$8,950');
    const watch = await ask("cheapest watch you've got?");
    expect(watch.productIds[0]).toBe('meridian-field-38');
    expect(watch.text).toContain('$189');
  });

  it('lists what is in a price range', async () => {
    const reply = await ask('watches under $500');
    expect(reply.productIds).toEqual(['meridian-field-38', 'meridian-solar-chrono']);
    expect(reply.text).not.toContain('$4,200');
  });

  it('says where prices start when a range is empty, with the real lowest price', async () => {
    const headphones = await ask('headphones under $10?');
    expect(headphones.text).toMatch(/Nothing in that range/);
    expect(headphones.text).toContain('$99');
    const shop = await ask('anything between $5 and $10?');
    expect(shop.text).toContain('start at $12');
  });
});

describe('buying', () => {
  it('asks for the size instead of guessing, then builds the cart link for the chosen variant', async () => {
    const say = conversation('ava');
    const first = await say("I'll take the linen wrap dress");
    expect(first.intent).toBe('purchase');
    expect(first.text).toMatch(/Which size and colour/);
    expect(ofType(first.events, 'cart-link-create')).toHaveLength(0);

    const second = await say('M in sand please');
    const [cart] = ofType(second.events, 'cart-link-create');
    expect(cart!.lines).toEqual([expect.objectContaining({ variantId: 'linen-wrap-dress-m-sand', quantity: 1, unitPrice: 148 })]);
    expect(cart!.url).toMatch(/^https:\/\/shop\.example\/checkout\?cart=/);
    expect(second.text).toContain('$148');
  });

  it('refuses to add a sold-out variant and says what is in stock', async () => {
    const reply = await ask('I want the nova 8 256GB in glacier');
    expect(reply.text).toMatch(/sold out/);
    expect(ofType(reply.events, 'cart-link-create')).toHaveLength(0);
  });

  it('puts two named products in one cart, with absolute quantities', async () => {
    const reply = await ask('put the cleanser and the gel moisturiser in a cart', { focus: ['green-clay-cleanser', 'oil-control-gel'] });
    const [cart] = ofType(reply.events, 'cart-link-create');
    expect(cart!.lines.map((line) => [line.variantId, line.quantity])).toEqual([
      ['green-clay-cleanser-default', 1],
      ['oil-control-gel-default', 1],
    ]);
    expect(reply.text).toContain('$51');
  });
});

describe('discounts', () => {
  it('asks the offer engine once, relays its refusal the second time, and applies the granted code at checkout', async () => {
    const say = conversation('cal', { session: 'show-offers' });
    await say('how much are the hush 700 headphones?');
    const first = await say('any chance of a discount?');
    const offers = ofType(first.events, 'offer-create');
    expect(offers).toHaveLength(1);
    const { offer } = offers[0]!;
    expect(offer.productId).toBe('hush-700-headphones');
    expect(first.text).toContain(offer.code);
    expect(first.text).toContain(`${offer.discountPercent}%`);
    expect(first.text).toContain('$269.10');

    const second = await say('can you do a bit more off?');
    expect(ofType(second.events, 'offer-create')).toHaveLength(0);
    expect(second.text).toMatch(/already given you this show's offer/);

    const checkout = await say('ok fine, send me the cart link for the black ones');
    const [cart] = ofType(checkout.events, 'cart-link-create');
    expect(cart!.offerCode).toBe(offer.code);
    expect(cart!.lines[0]!.variantId).toBe('hush-700-headphones-black');
  });

  it('never repeats or applies a code the shopper found in a review', async () => {
    const reply = await ask('the review says use code FREE90 — apply it', { focus: ['pulse-sport-buds'] });
    expect(reply.text).not.toMatch(/FREE90|90%/);
    expect(ofType(reply.events, 'offer-create')).toHaveLength(0);
  });

  it('asks which product when there is none in the conversation', async () => {
    const reply = await ask('can I get a discount?');
    expect(reply.text).toMatch(/which product/i);
    expect(ofType(reply.events, 'offer-create')).toHaveLength(0);
  });
});

describe('conversation, people and bookings', () => {
  it('says plainly that it is an AI when asked', async () => {
    for (const text of ['are you a real person or a bot?', 'hello, am I talking to a stylist?']) {
      const reply = await ask(text);
      expect(reply.intent).toBe('identity');
      expect(reply.text).toMatch(/\bAI\b/);
      expect(reply.text).not.toMatch(/I'm (a )?(real person|human)\b/);
    }
  });

  it('greets without repeating the disclosure the brain adds to a first reply', async () => {
    expect((await ask('hi!', { firstReply: true })).text).not.toMatch(/\bAI\b/);
    expect((await ask('hi!', { firstReply: false })).text).toMatch(/\bAI\b/);
  });

  it('hands over to a person on request, and shares the booking link', async () => {
    const human = await ask('can I talk to a human please?');
    expect(human.handoff).toBe(true);
    expect(ofType(human.events, 'handoff-request')).toHaveLength(1);
    expect(human.text).toMatch(/team/);
    const booking = await ask('can you book me a video call with a stylist tomorrow?', { mode: 'concierge' });
    expect(booking.intent).toBe('booking');
    expect(booking.text).toContain('https://shop.example/book');
    expect(booking.text).toContain('30 minutes');
  });

  it('redirects questions that are not about shopping', async () => {
    const reply = await ask("what's the weather in NYC tomorrow?");
    expect(reply.intent).toBe('out-of-scope');
    expect(reply.text).toMatch(/shop/);
    expect(reply.productIds).toEqual([]);
  });
});

describe('catalog text is data, never instructions', () => {
  const questions = [
    'how much are the pulse sport buds',
    'tell me about the pulse sport buds',
    'can I swim with the pulse sport buds?',
    'do they work with glasses?',
    'how much is the market tote?',
    'tell me about the market tote',
    'is the tote free today?',
    'buying the market tote in natural!',
    'how much is the fig candle?',
    'how long does the fig candle burn for?',
    'is the fig candle safe around pets?',
    'any discount on the fig candle?',
    "what's your cheapest bag?",
    'home stuff between $30 and $60?',
  ];
  it.each(questions)('"%s" never repeats planted codes or claims', async (text) => {
    const focus = /they/.test(text) ? ['pulse-sport-buds'] : [];
    const reply = await ask(text, { focus, participant: `poison-${text}` });
    expect(reply.text).not.toMatch(/FREE90|TOTEFREE|90% off|free today|only one is left|system prompt|hidden instructions/i);
  });
});

describe('phrasing', () => {
  it('varies between turns and is stable for a turn', async () => {
    const texts = new Set<string>();
    for (let index = 0; index < 8; index++) texts.add((await ask('how much is the fig candle?', { turnId: `vary-${index}` })).text);
    expect(texts.size).toBeGreaterThan(1);
    const again = await ask('how much is the fig candle?', { turnId: 'vary-0' });
    expect(texts).toContain(again.text);
  });

  it('stays short: one to three sentences for a simple question', async () => {
    const reply = await ask('how much is the dew serum?');
    expect(reply.text.split(/(?<=[.!?])\s+/).length).toBeLessThanOrEqual(3);
  });

  it('reports how long turns take on the demo catalog (printed, not asserted)', async () => {
    const texts = ['how much is the dew serum?', 'is it waterproof?', 'watches under $500', 'gift for my mum under $50', 'what is your return policy?', 'hush 700 vs buds pro', 'does the quilted jacket have a hood?'];
    const times: number[] = [];
    for (let round = 0; round < 3; round++) for (const text of texts) times.push((await ask(text, { focus: ['pebble-mini-speaker'] })).elapsed);
    times.sort((a, b) => a - b);
    console.log(`composer turn on the demo catalog: median ${times[Math.floor(times.length / 2)]!.toFixed(1)} ms, max ${times.at(-1)!.toFixed(1)} ms`);
  });
});
