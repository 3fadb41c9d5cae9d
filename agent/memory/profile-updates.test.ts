import { describe, expect, it } from 'vitest';
import { recordViewed, updateProfileFromMessage } from './profile-updates.ts';
import { emptyProfile } from './shopper-profile.ts';

describe('what a message tells us about the shopper', () => {
  const update = (text: string) => updateProfileFromMessage(emptyProfile(), text);

  it('keeps stated sizes, budgets and likes', () => {
    expect(update("I'm a women's S").sizes).toEqual({ clothing: 'S' });
    expect(update("I'm a men's M with a 32 waist").sizes).toEqual({ clothing: 'M', waist: '32' });
    expect(update('I usually wear EU 38 shoes').sizes).toEqual({ shoes: 'EU 38' });
    expect(update("I'm a medium").sizes).toEqual({ clothing: 'M' });
    expect(update('my budget is $1,200').budget).toBe(1200);
    expect(update('keep it around $150 please').budget).toBe(150);
    expect(update('I love linen and black').preferences).toEqual(['black', 'linen']);
  });

  it('does not take a question for a statement about the shopper', () => {
    expect(update('do you have it in M?').sizes).toEqual({});
    expect(update('anything under $50?').budget).toBeNull();
    expect(update('is the black one linen?').preferences).toEqual([]);
  });

  it('records viewed products most recent first, without repeats', () => {
    const profile = recordViewed({ ...emptyProfile(), viewedProductIds: ['a', 'b'] }, ['b', 'c']);
    expect(profile.viewedProductIds).toEqual(['b', 'c', 'a']);
  });
});
