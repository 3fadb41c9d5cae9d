import { describe, expect, it } from 'vitest';
import { extractSlots, isOptionOnlyMessage } from './slots.ts';

describe('extractSlots', () => {
  it('reads budgets and price ranges in shoppers\' words', () => {
    expect(extractSlots('anything under $30 for skin?').money).toMatchObject({ max: 30 });
    expect(extractSlots('bags between $100 and $300?').money).toMatchObject({ min: 100, max: 300 });
    expect(extractSlots('gift for a guy who travels a lot, like $200–250').money).toMatchObject({ min: 200, max: 250 });
    expect(extractSlots('gift for my sister who loves cooking, $60 max').money).toMatchObject({ max: 60 });
    expect(extractSlots('diamond earrings for our anniversary, around $1,500').money).toMatchObject({ around: 1500 });
    expect(extractSlots('something over 100 dollars').money).toMatchObject({ min: 100 });
    expect(extractSlots('under 50').money).toMatchObject({ max: 50 });
    // "30 ml" is a size, not a budget.
    expect(extractSlots('the serum under 30 ml').money.max).toBeUndefined();
  });

  it('reads letter sizes, shoe and ring sizes, waist sizes and measured options', () => {
    expect(extractSlots("I'll take the silk cami in M, black").letterSizes).toEqual(['M']);
    expect(extractSlots('do you have the silk cami in large?').letterSizes).toEqual(['L']);
    expect(extractSlots("I'm usually between S and M").letterSizes).toEqual(['S', 'M']);
    expect(extractSlots('chelsea boots in EU 38 black please').systemSizes).toEqual([{ system: 'EU', value: '38' }]);
    expect(extractSlots('signet ring in size 9?').systemSizes).toEqual([{ system: 'SIZE', value: '9' }]);
    expect(extractSlots("I'm a men's M with a 32 waist").systemSizes).toEqual([{ system: 'WAIST', value: '32' }]);
    expect(extractSlots('add the dew serum 50 ml to my cart').measures).toEqual([{ value: 50, unit: 'ml' }]);
    expect(extractSlots('nova 8 with 256gb how much').measures).toEqual([{ value: 256, unit: 'gb' }]);
    expect(extractSlots('can you give me 15% off the 1 carat ones?')).toMatchObject({ percent: 15, measures: [{ value: 1, unit: 'ct' }] });
    // "I'm" is not a size M, and "it's" is not a size S.
    expect(extractSlots("I'm sure it's lovely").letterSizes).toEqual([]);
  });

  it('reads colours, the longest name first', () => {
    expect(extractSlots('the oxford shirt in light blue?').colours).toEqual(['light blue']);
    expect(extractSlots('white then, plus the navy chinos in 32').colours).toEqual(['white', 'navy']);
  });

  it('reads explicit quantities only', () => {
    expect(extractSlots("I'll take two").quantity).toBe(2);
    expect(extractSlots('3 pairs of the socks').quantity).toBe(3);
    expect(extractSlots('the black one please').quantity).toBeNull();
    expect(extractSlots('nova 8 please').quantity).toBeNull();
  });

  it('notices references back to the product in focus', () => {
    expect(extractSlots('is it waterproof?').pronoun).toBe(true);
    expect(extractSlots('is the black one in stock?').pronoun).toBe(true);
    expect(extractSlots('add the room one in chalk to my cart').pronoun).toBe(false);
    expect(extractSlots('how much is the dew serum?').pronoun).toBe(false);
  });

  it('tells a bare choice of options from a question', () => {
    expect(isOptionOnlyMessage('ok S in navy', extractSlots('ok S in navy'))).toBe(true);
    expect(isOptionOnlyMessage('EU 39 please', extractSlots('EU 39 please'))).toBe(true);
    expect(isOptionOnlyMessage('is the navy one warm?', extractSlots('is the navy one warm?'))).toBe(false);
  });
});
