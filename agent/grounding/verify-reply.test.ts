import { beforeAll, describe, expect, it } from 'vitest';
import type { Product, StoreDocument } from '../../knowledge/index.ts';
import { FactBook } from './fact-book.ts';
import { demoStore, factsOf, sampleOffer } from './test-fixtures.ts';
import { findViolations, groundingFallback, verifyReply } from './verify-reply.ts';

let product: (id: string) => Product;
let document: (id: string) => StoreDocument;

beforeAll(async () => {
  ({ product, document } = await demoStore());
});

/** Replies an honest host would give, with the facts the tools put in the turn. */
function goodReplies(): { facts: () => FactBook; replies: string[] }[] {
  return [
    {
      facts: () => factsOf(product('dew-serum')),
      replies: [
        'The Dew Drop Hyaluronic Serum is $38 for 30 ml and $54 for 50 ml. It is fragrance-free and suitable for sensitive skin.',
        'Pat two or three drops onto damp skin morning and night, before your moisturiser.',
        'It has 2% hyaluronic acid in three molecular weights, plus 1% panthenol to soothe the barrier.',
        'Once opened, use it within 12 months.',
        'Shipping is free on US orders over $75 (3–5 business days); otherwise it is $6.95, or $14.95 for express in 1-2 business days.',
        'You have 30 days from delivery to return it if it is unopened with the seal intact.',
        'We have 146 in stock in the 30 ml, and the 50 ml has plenty too.',
        'It comes in 2 sizes: 30 ml and 50 ml. The 50 ml is the better value if you use it twice a day.',
        'Sure! 😊 It layers well under sunscreen and make-up without pilling.',
        'Orders placed before 2 pm ET on a business day leave the same day.',
        'It ships to 38 countries in 3 to 7 business days.',
        'The 50 ml is $16 more than the 30 ml.',
        'Two bottles of the 30 ml come to $76.',
        '2 × $38 = $76 for two 30 ml bottles.',
        'It ships within 5 business days in the US.',
        'Yes — it is vegan, and the 30-day return window applies if it is unopened.',
        'It is $38.00 for the 30 ml.',
        'That one is thirty-eight dollars for 30 ml.',
      ],
    },
    {
      facts: () => factsOf(product('barrier-cream')),
      replies: [
        'The Ceramide Barrier Repair Cream is $42 (was $52), so you save $10 — about 19% off.',
        'The 100 ml refill pouch is $68 instead of $84, which is 19% off too.',
        'Only 24 left in the refill pouch!',
        'It is a rich cream for dry skin with three ceramides, cholesterol and squalane.',
        'It sinks in within a minute and leaves a soft finish.',
        'Together, the 50 ml jar and the refill pouch are $110.',
      ],
    },
    {
      facts: () => factsOf(product('airlite-hair-dryer')),
      replies: [
        'The AirLite Ionic Hair Dryer is $149, down from $189 — that is 21% off.',
        'Only 12 left in Sage, and 34 in Matte Black.',
        'It is covered by a 2-year warranty.',
        'It is on sale: $149 instead of $189, you save $40.',
      ],
    },
    {
      facts: () => factsOf(product('cashmere-crew')),
      replies: [
        'The Grade-A Cashmere Crew Sweater is $198 (usually $245), and we have 4 left in XS.',
        'It runs about half a size large — size down if you are between sizes.',
        'The M is in stock, and so is the L.',
        'EU 38 equivalents do not apply here; it is sized XS to L.',
        'Size 8 left? No — this one comes in XS, S, M and L.',
        'It comes in Oatmeal, in 4 sizes.',
      ],
    },
    {
      facts: () => factsOf(product('nova-phone-8')),
      replies: [
        'The Nova 8 starts at $699 for 128 GB; the 256 GB is $799.',
        'It has a 6.3-inch 120 Hz OLED screen, a 50 MP main camera and it is IP68 rated.',
        'You get 7 years of Android updates, and the battery lasts about 30 hours of mixed use.',
        'It charges at 45 W wired and 15 W wireless, but the charger is not in the box.',
        'The Nova 8 has a 1-year warranty and 30-day returns.',
        'The Nova 8 with 256 GB in Graphite has 21 in stock.',
        'It supports 5G, eSIM and Wi-Fi 7.',
        'It is water resistant to 1.5 m for 30 minutes.',
      ],
    },
    {
      facts: () => factsOf(product('hush-700-headphones')),
      replies: [
        'The Hush 700 is $299 (was $349), with up to 40 hours of battery with ANC on.',
        'Ten minutes of charging gives you five more hours.',
        'It supports LDAC and AAC, and a 3.5 mm cable is in the box.',
        'The Hush 700 comes with a 2-year warranty handled by us.',
        'It is 14% off right now.',
        'Black has 48 in stock; Midnight Blue is sold out.',
        'It weighs 254 g and folds flat into a hard case.',
      ],
    },
    {
      facts: () => factsOf(product('diamond-tennis-bracelet')),
      replies: [
        'The Diamond Tennis Bracelet 5.00 ctw is $8,950; only 1 left in 18 cm.',
        'It is set with 54 diamonds in solid 18k white gold, with a lifetime warranty.',
        'It ships free by insured express in 1–2 business days, signature required.',
        'Returns are accepted within 30 days, unworn with the security tag attached; refunds take up to 10 business days after authentication.',
        'It is $8950 in either length, 16.5 cm or 18 cm.',
      ],
    },
    {
      facts: () => factsOf(product('kessler-reserve-39')),
      replies: [
        'The Kessler Reserve Automatic 39 is $4,200 and comes with a 5-year international warranty.',
        'It has a 72-hour power reserve, so it keeps running over the weekend.',
        'Service is recommended every 6–8 years.',
        'It is water resistant to 100 m (10 bar), fine for swimming.',
        'It is a COSC-certified chronometer with calibre K-31.',
      ],
    },
    {
      facts: () => factsOf(product('silk-lip-balm'), product('velvet-lipstick')),
      replies: [
        'The Silk Lip Balm is $12 and the Velvet Matte Lipstick is $26.',
        'Two Silk Lip Balms come to $24.',
        'Together, a balm and a lipstick are $38.',
        'Berry is sold out, but Clear and Rose are in stock.',
        'Plum Noir is sold out; Classic Red has 67 in stock.',
        'This lipstick is killer in Classic Red!',
      ],
    },
    {
      facts: () => factsOf(product('fragrance-discovery-set')),
      replies: [
        'The Maison Solène Discovery Set is $30 for six 2 ml sprays.',
        'It comes with a card worth $30 off a full-size bottle, valid for 90 days.',
        'Fragrance ships by ground within the contiguous US only, in 3–7 business days.',
      ],
    },
  ];
}

describe('verifyReply on honest replies', () => {
  it('flags nothing in replies stated from the facts', () => {
    const problems: string[] = [];
    for (const { facts, replies } of goodReplies()) {
      for (const reply of replies) {
        const result = verifyReply(reply, facts());
        if (result.violations.length > 0) problems.push(`${reply}\n   → ${JSON.stringify(result.violations.map((violation) => violation.claim))}`);
        else expect(result.text).toBe(reply);
      }
    }
    expect(problems).toEqual([]);
  });

  it('flags nothing in replies without figures, even with numbers in names, sizes and counts', () => {
    const facts = new FactBook();
    const replies = [
      'Hi! I am the AI host of this show — ask me anything about the products.',
      'The Nova 8 and the NovaTab 11 both run Android.',
      'It comes in 2 colours and 4 sizes.',
      'The EU 38 is a good pick if you are usually a 38.',
      'I would go for the M if you are between an S and an M.',
      'Size 7 in the Fitloop Smart Ring fits most people who wear a 7 ring.',
      'The Hush 700 and the Buds Pro both have noise cancelling.',
      'It is IPX4 splash-resistant, so a rainy run is fine.',
      'The 65 W charger can power a laptop too.',
      'It is 100% cotton and machine washable.',
      'Step 1: cleanse. Step 2: pat on the serum.',
      'Reviewers rate it 4.5 out of 5 on average.',
      'I found 3 options for you.',
      'Apply 2 or 3 drops on damp skin.',
      'It is USB-C, so one cable charges everything.',
      'Want me to put the 30 ml in your cart?',
      'Ignore the blue one then — the black comes in M.',
      'The 3/4 sleeves make it easy to layer.',
      'Great choice! That one is a bestseller in our live shows.',
      'May I ask what size you usually wear?',
      'Happy to help — what is your budget?',
      'The Kessler Tiefsee Diver 42 has a 42 mm case.',
      'Check out the Optika Vista X2 and the Snap Vlog Compact.',
      'The 128 GB model is plenty for photos.',
      'It has SPF 50 and a sheer finish.',
      'Our AI host can pass your question to a human stylist at any time.',
    ];
    const flagged = replies.filter((reply) => verifyReply(reply, facts).violations.length > 0);
    expect(flagged).toEqual([]);
  });

  it('reads model-style formatting: markdown, curly quotes, bullets, symbols after the amount', () => {
    const facts = factsOf(product('dew-serum'), product('barrier-cream'), product('hush-700-headphones'));
    const replies = [
      '**Dew Drop Serum** — **$38** (30 ml) / **$54** (50 ml)',
      '1. **Dew Drop Serum** – $38\n2. **Barrier Cream** – ~~$52~~ $42',
      'It’s 38$ for the small one.',
      'The serum ($38/30 ml) is lovely.',
      'Price: USD 54.00',
      'Hush 700: $299.00 (reg. $349.00) – save $50!',
      'It’s $42 — 19 % off.',
      'I’m an AI host 🤖 — the serum’s $38 and there’s 61 in stock in the 50 ml.',
      'We’ve got 88 units of the 50 ml.',
      'Ships in 3 – 5 business days.',
      'Order by 2pm ET for same-day dispatch!',
      'That’s 40hrs of battery, and 10 minutes of charging gives 5 hours.',
      'Buy 2, it is $76 total.',
      'Both the serum and the cream come to $80.',
      'The Hush 700 is $257 more than the cream.',
      'Shipping is $6.95 unless your order is over $75.',
      'Hush 700 — $299 • Black • 48 in stock',
      'Top pick: Hush 700 at $299 (14% off, reg. $349).',
      'WOW, THIS IS A STEAL! FLASH DEAL: HUSH 700 FOR $299!',
      'Use the 50ml in winter and the 30ml in summer.',
      'We ship to your zip code SW1A in 3–7 business days.',
      'What is your price range? Everything here is $38 to $349.',
    ];
    expect(replies.flatMap((reply) => findViolations(reply, facts).map((violation) => `${reply} → ${violation.claim}`))).toEqual([]);
  });

  it('allows an amount the shopper set as their budget', () => {
    const facts = factsOf(product('silk-lip-balm'));
    const result = verifyReply('Here is one under $50: the Silk Lip Balm at $12.', facts, { shopperMessage: 'anything under 50 dollars?' });
    expect(result.violations).toEqual([]);
    expect(verifyReply('Here is one under $50: the Silk Lip Balm at $12.', facts).violations.map((violation) => violation.claim)).toEqual(['$50']);
  });

  it('allows policy figures from a policy document quoted this turn', () => {
    const facts = new FactBook();
    facts.addText(document('price-match-and-offers').body);
    facts.addText(document('concierge').body);
    facts.addText(document('faq').body);
    const replies = [
      'If you find it cheaper at an authorised US retailer within 14 days of your purchase, we refund the difference.',
      'Flash-deal codes usually last 15 minutes, and show codes end at 11:59 pm ET on the day of the show.',
      'Luxury items can carry at most 10% off.',
      'Concierge calls are free and last 30 minutes; you can reschedule up to 2 hours before.',
      'Appointments run every day from 9 am to 9 pm ET.',
      'Orders between $50 and $2,000 can be split into 4 interest-free instalments.',
      'Gift cards go from $25 to $1,000 and never expire.',
      'International shipping is a flat $24.95, free over $250.',
    ];
    expect(replies.flatMap((reply) => findViolations(reply, facts))).toEqual([]);
  });
});

describe('verifyReply on ungrounded replies', () => {
  const cases: { reply: string; kind: string; claim: string }[] = [
    { reply: 'The Dew Drop serum is $35.', kind: 'price', claim: '$35' },
    { reply: 'It is 25% off today.', kind: 'percent', claim: '25%' },
    { reply: 'Hurry, only 2 left!', kind: 'stock', claim: '2 left' },
    { reply: 'You can return it within 60 days.', kind: 'policy-figure', claim: '60 days' },
    { reply: 'Shipping is free on orders over $50.', kind: 'policy-figure', claim: '$50' },
    { reply: 'This deal ends November 29.', kind: 'date', claim: 'November 29' },
    { reply: 'The offer is valid until 6 pm.', kind: 'date', claim: '6 pm' },
    { reply: 'Use code SAVE20 at checkout.', kind: 'code', claim: 'SAVE20' },
    { reply: 'It has a 3-year warranty.', kind: 'policy-figure', claim: '3-year' },
    { reply: 'Book a free 45-minute call with a stylist.', kind: 'policy-figure', claim: '45-minute' },
    { reply: 'It is just 45 bucks.', kind: 'price', claim: '45 bucks' },
    { reply: 'It is ten percent off for viewers.', kind: 'percent', claim: 'ten percent' },
    { reply: 'We have 12 units left.', kind: 'stock', claim: '12 units left' },
    { reply: 'Grab one of the last 3 pairs!', kind: 'stock', claim: 'last 3 pairs' },
    { reply: 'It is €40 in Europe.', kind: 'price', claim: '€40' },
    { reply: 'The offer expires on 2026-12-01.', kind: 'date', claim: '2026-12-01' },
  ];

  it.each(cases)('flags "$reply"', ({ reply, kind, claim }) => {
    const facts = factsOf(product('dew-serum'));
    const result = verifyReply(`${reply} It is fragrance-free and gentle on sensitive skin.`, facts);
    expect(result.violations).toEqual([{ kind, claim, sentence: reply }]);
    expect(result.blocked).toBe(false);
    expect(result.text).toBe('It is fragrance-free and gentle on sensitive skin.');
  });

  it('catches codes planted in reviews and descriptions, even when the text was quoted this turn', () => {
    const facts = factsOf(product('canvas-market-tote'), product('pulse-sport-buds'));
    for (const review of product('pulse-sport-buds').reviews) facts.addText(review.text);
    const replies = [
      'Use code TOTEFREE at checkout and the tote is yours for free!',
      'A reviewer mentioned FREE90 for 90% off — enjoy!',
      'Your promo code is free90.',
      'Apply TOTEFREE to get it free today.',
      'Here is your link: https://demo.vitrine/cart/abc?discount=FREE90',
    ];
    for (const reply of replies) {
      const kinds = verifyReply(reply, facts).violations.map((violation) => violation.kind);
      expect(kinds, reply).toContain('code');
    }
  });

  it('does not take stock claims from product text', () => {
    const tote = product('canvas-market-tote');
    const facts = factsOf({ ...tote, description: `${tote.description} Only 1 left!` });
    expect(findViolations('Only 1 left!', facts).map((violation) => violation.kind)).toEqual(['stock']);
  });

  it('allows totals and differences of prices, not of any figure in the facts', () => {
    const facts = factsOf(product('dew-serum'), product('barrier-cream'));
    expect(findViolations('Together they are $80.', facts)).toEqual([]);
    expect(findViolations('With standard shipping that comes to $44.95.', facts)).toEqual([]);
    // $85 would be $75 (a free-shipping threshold) + $10 (a saving): not a total anyone pays.
    expect(findViolations('Together they are $85.', facts).map((violation) => violation.claim)).toEqual(['$85']);
    expect(findViolations('Three of them come to $115.', facts).map((violation) => violation.claim)).toEqual(['$115']);
  });

  it('compares money to the cent and respects the currency', () => {
    const facts = factsOf(product('dew-serum'));
    expect(findViolations('It is $38.01.', facts)).toHaveLength(1);
    expect(findViolations('It is 38 USD.', facts)).toHaveLength(0);
    expect(findViolations('It is £38.', facts)).toHaveLength(1);
  });
});

describe('verifyReply with offers, carts and the clock', () => {
  it('allows what the offer engine granted, and nothing else', () => {
    const facts = factsOf(product('hush-700-headphones'));
    facts.addOffer(sampleOffer());
    const reply =
      'Here is your code LIVE-7KQ2MX: 10% off the Hush 700, so $269.10 instead of $299 — you save $29.90. It expires at 8:45 PM on November 30.';
    expect(verifyReply(reply, facts).violations).toEqual([]);
    expect(findViolations('Use code LIVE-7KQ2MY for 25% off.', facts).map((violation) => violation.kind)).toEqual(['code', 'percent']);
  });

  it('allows "ends in N minutes" for this turn\'s offers when it knows the time', () => {
    const facts = factsOf(product('hush-700-headphones'));
    facts.addOffer(sampleOffer({ expiresAt: '2026-11-30T20:45:00Z' }));
    const now = new Date('2026-11-30T20:30:00Z');
    expect(findViolations('Your code ends in 15 minutes.', facts, { now })).toEqual([]);
    expect(findViolations('Your code ends in 30 minutes.', facts, { now })).toHaveLength(1);
    expect(findViolations('Your code ends in 15 minutes.', facts)).toHaveLength(1);
    expect(findViolations('It is 20:30 now, so there is time.', facts, { now })).toEqual([]);
  });

  it('allows a cart total computed by the cart tool', () => {
    const facts = factsOf(product('dew-serum'), product('barrier-cream'));
    facts.addNumber(118, 'money');
    facts.addCode('LIVE-7KQ2MX');
    const reply = 'Your cart comes to $118.00. Checkout here: https://demo.vitrine/cart/1:2,3:1?discount=LIVE-7KQ2MX&sig=ab12';
    expect(verifyReply(reply, facts).violations).toEqual([]);
  });
});

describe('verifyReply output', () => {
  it('removes only the violating sentences and keeps list lines apart', () => {
    const facts = factsOf(product('dew-serum'), product('barrier-cream'));
    const reply = 'Here are two picks:\n- Dew Drop Serum: $38\n- Barrier Cream: $39\nBoth are fragrance-free. The cream is 50% off today!';
    const result = verifyReply(reply, facts);
    expect(result.text).toBe('Here are two picks:\n- Dew Drop Serum: $38\nBoth are fragrance-free.');
    expect(result.violations.map((violation) => violation.claim)).toEqual(['$39', '50%']);
    expect(result.blocked).toBe(false);
  });

  it('drops a lead-in left hanging when everything it introduced was removed', () => {
    const facts = new FactBook();
    const result = verifyReply('Love the serum! It is great for dry skin and very gentle. Prices:\n- 30 ml: $30\n- 50 ml: $45', facts);
    expect(result.text).toBe('Love the serum! It is great for dry skin and very gentle.');
  });

  it('blocks the reply when nothing meaningful remains', () => {
    const facts = factsOf(product('dew-serum'));
    const result = verifyReply('Great choice! It is $35 today.', facts);
    expect(result).toEqual({ text: groundingFallback, violations: [{ kind: 'price', claim: '$35', sentence: 'It is $35 today.' }], blocked: true });
  });

  it('fails closed: a checker error blocks the reply', () => {
    class BrokenFacts extends FactBook {
      override hasMoney(): boolean {
        throw new Error('broken');
      }
    }
    expect(verifyReply('It is $38.', new BrokenFacts())).toEqual({ text: groundingFallback, violations: [], blocked: true });
  });

  it('allows a budget range the shopper gave', () => {
    const facts = factsOf(product('dew-serum'));
    const reply = 'In the $40-$60 range, the 50 ml Dew Drop Serum at $54 is a great pick.';
    expect(findViolations(reply, facts, { shopperMessage: 'something between 40 and 60?' })).toEqual([]);
    expect(findViolations(reply, facts).map((violation) => violation.claim)).toEqual(['$40', '60']);
  });

  it('passes a clean reply through unchanged', () => {
    const reply = '  Sure — the serum is $38.  ';
    expect(verifyReply(reply, factsOf(product('dew-serum')))).toEqual({ text: reply, violations: [], blocked: false });
  });

  it('verifies a 600-character reply well under a millisecond (time printed, not asserted)', () => {
    const facts = factsOf(product('dew-serum'), product('barrier-cream'), product('hush-700-headphones'), product('nova-phone-8'));
    facts.addText(document('shipping').body);
    facts.addOffer(sampleOffer());
    const reply = (
      'The Dew Drop Hyaluronic Serum is $38 for 30 ml and $54 for 50 ml, and we have 146 in stock. ' +
      'The Ceramide Barrier Repair Cream is $42 (was $52), about 19% off. ' +
      'With your code LIVE-7KQ2MX the Hush 700 is $269.10 until 8:45 PM on November 30. ' +
      'Shipping is free over $75 and takes 3–5 business days; returns are accepted for 30 days. ' +
      'The Nova 8 has a 6.3-inch OLED screen, IP68, and 7 years of updates. Want me to build a cart? ' +
      'The refill pouch of the cream is $68 instead of $84, and 24 are left. Express delivery takes 1–2 business days for $14.95. ' +
      'I can also book you a free concierge call with a stylist.'
    );
    expect(reply.length).toBeGreaterThanOrEqual(600);
    expect(verifyReply(reply, facts).violations).toEqual([]);
    const runs = 1_000;
    const started = performance.now();
    for (let index = 0; index < runs; index += 1) verifyReply(reply, facts);
    const perReply = (performance.now() - started) / runs;
    console.log(`verifyReply: ${perReply.toFixed(3)} ms per ${reply.length}-character reply (${runs} runs)`);
  });
});

describe('offer codes that look like money', () => {
  it('does not read LIVE-EUR7JS as EUR 7', () => {
    const facts = new FactBook();
    facts.addCode('LIVE-EUR7JS');
    const result = verifyReply('Your code is LIVE-EUR7JS, enjoy your serum.', facts);
    expect(result.violations).toEqual([]);
  });
});
