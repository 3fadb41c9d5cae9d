import { describe, expect, it } from 'vitest';
import type { Claim } from './claim.ts';
import { extractClaims } from './extract-claims.ts';
import { splitSentences } from './sentences.ts';

/** A claim without offsets, in a short form that reads well in a table. */
function brief(claim: Claim): string {
  switch (claim.kind) {
    case 'money':
      return `money ${claim.cents / 100} ${claim.currency}`;
    case 'percent':
      return `percent ${claim.value}`;
    case 'stock':
      return `stock ${claim.count}`;
    case 'duration':
      return `duration ${claim.low === claim.high ? claim.low : `${claim.low}-${claim.high}`} ${claim.unit}`;
    case 'date':
      return `date ${claim.candidates.map((date) => `${date.year ?? '*'}-${date.month}-${date.day}`).join('|')}`;
    case 'time':
      return `time ${claim.candidates.join('|')}`;
    case 'code':
      return `code ${claim.code} ${claim.context}`;
  }
}

function claimsIn(text: string): string[] {
  return extractClaims(text, { codes: true }).map(brief);
}

describe('extractClaims', () => {
  it.each([
    ['It is $1,299.00 today.', ['money 1299 $']],
    ['That is 1299 dollars.', ['money 1299 $']],
    ['USD 48 or 48 USD.', ['money 48 USD', 'money 48 USD']],
    ['€48 in Paris, £12.50 in London, 12,50 € in Berlin.', ['money 48 EUR', 'money 12.5 GBP', 'money 12.5 EUR']],
    ['Just 48 bucks!', ['money 48 $']],
    ['Only forty-eight dollars.', ['money 48 $']],
    ['Prices run $38–54, or $38 to $54.', ['money 38 $', 'money 54 $', 'money 38 $', 'money 54 $']],
    ['US$ 1,890 for the bag.', ['money 1890 USD']],
    ['It is 99 cents.', ['money 0.99 $']],
    ['Twelve dollars and fifty cents.', ['money 12.5 $']],
  ])('reads money in "%s"', (text, expected) => {
    expect(claimsIn(text)).toEqual(expected);
  });

  it.each([
    ['Save 10% now.', ['percent 10']],
    ['That is 10 percent off.', ['percent 10']],
    ['Take ten percent off.', ['percent 10']],
    ['Between 10–20% off.', ['percent 10', 'percent 20']],
    ['It is 0.05% retinal.', ['percent 0.05']],
    ['It is 100% cotton.', []],
    ['Give me 100% off!', ['percent 100']],
  ])('reads percentages in "%s"', (text, expected) => {
    expect(claimsIn(text)).toEqual(expected);
  });

  it.each([
    ['Only 3 left!', ['stock 3']],
    ['We have 5 in stock.', ['stock 5']],
    ['We have 12 units.', ['stock 12']],
    ['Grab the last 2 pairs.', ['stock 2']],
    ['One of the last 3!', ['stock 3']],
    ['Just two left in M.', ['stock 2']],
    ["We're down to 4!", ['stock 4']],
    ['There are 3 in size M.', ['stock 3']],
    ['It comes in 2 colours and 3 available shades.', []],
    ['The EU 38 is in stock; size 8 left in stock too.', []],
    ['The last one you showed me was nice.', []],
    ['Two colours: one is available now.', []],
    ['Sizes 36 to 39 are in stock, and US 7 and 8 are available.', []],
    ["We're down to 3 left.", ['stock 3']],
  ])('reads stock figures in "%s"', (text, expected) => {
    expect(claimsIn(text)).toEqual(expected);
  });

  it.each([
    ['30-day returns.', ['duration 30 day']],
    ['It ships in 3-5 business days.', ['duration 3-5 day']],
    ['It ships in 3–5 business days.', ['duration 3-5 day']],
    ['A 2-year warranty.', ['duration 24 month']],
    ['Two weeks to decide.', ['duration 14 day']],
    ['Free shipping over $75.', ['money 75 $']],
    ['Engraving needs 5 extra business days.', ['duration 5 day']],
    ['Ten minutes of charging gives five more hours.', ['duration 10 minute', 'duration 300 minute']],
    ['Electronics: 1 or 2 years.', ['duration 12-24 month']],
  ])('reads policy figures in "%s"', (text, expected) => {
    expect(claimsIn(text)).toEqual(expected);
  });

  it.each([
    ['Order by November 30.', ['date *-11-30']],
    ['Valid until 30 Nov 2026.', ['date 2026-11-30']],
    ['Ends 2026-11-30.', ['date 2026-11-30']],
    ['Ends Nov. 30th.', ['date *-11-30']],
    ['Until 3:45 PM.', ['time 945']],
    ['It expires at 15:45.', ['time 945']],
    ['From 9 am to 9 p.m. daily.', ['time 540', 'time 1260']],
    ['It ends at midnight.', ['time 0|1439']],
    ['It expires at 3:45.', ['time 225|945']],
    ['Reply by 11/30.', ['date *-11-30']],
    ['By 3/4 it will ship.', ['date *-3-4|*-4-3']],
    ['The 3/4 sleeves are flattering.', []],
    ['You may 2x the serum in winter.', []],
    ['Midnight Blue is sold out.', []],
  ])('reads dates and times in "%s"', (text, expected) => {
    expect(claimsIn(text)).toEqual(expected);
  });

  it.each([
    ['Use code FREE90 for 90% off.', ['code FREE90 code-word', 'percent 90']],
    ['Your code is LIVE-7KQ2MX.', ['code LIVE-7KQ2MX code-word']],
    ['Enter TOTEFREE at checkout.', ['code TOTEFREE action']],
    ['Promo code: totefree90', ['code TOTEFREE90 code-word']],
    ['It has LDAC and is IP68 rated.', ['code LDAC none', 'code IP68 none']],
    ['Checkout: https://shop.example/cart/1:2?discount=SAVE-5&sig=x', ['code SAVE-5 code-word']],
    ['E-mail care@maisonvitrine.example for help.', []],
  ])('reads codes in "%s"', (text, expected) => {
    expect(claimsIn(text)).toEqual(expected);
  });

  it('gives each claim its place in the original text', () => {
    const text = 'Hi! It’s $38 — only 3 left.';
    const claims = extractClaims(text);
    expect(claims.map((claim) => text.slice(claim.start, claim.end))).toEqual(['$38', '3 left']);
  });

  it('skips numbers that are names, sizes and quantities', () => {
    const text = 'The Nova 8 and NovaTab 11, EU 38, 30 ml, 2 colours, 4.5 stars, Hush 700, SPF 50, 65 W, 128 GB, step 1.';
    expect(extractClaims(text)).toEqual([]);
  });
});

describe('splitSentences', () => {
  it('splits on sentence ends and line breaks, and keeps every character', () => {
    const text = 'Hi there! It is $12.50. e.g. the 30 ml. Until 3 p.m. today. Then more.\n- A $4\n- B\nEnd';
    const segments = splitSentences(text);
    expect(segments.map((segment) => segment.text.trim())).toEqual([
      'Hi there!',
      'It is $12.50.',
      'e.g. the 30 ml.',
      'Until 3 p.m. today.',
      'Then more.',
      '- A $4',
      '- B',
      'End',
    ]);
    expect(segments.map((segment) => segment.text).join('')).toBe(text);
  });
});
