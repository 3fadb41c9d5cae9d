import { describe, expect, it } from 'vitest';
import { readAmount, readCount, readId, readTextList, type Problems } from './read-values.ts';

function amount(value: unknown): { value: number | undefined; problems: Problems } {
  const problems: Problems = [];
  return { value: readAmount(value, 'price', problems), problems };
}

describe('readAmount', () => {
  it.each([
    [19.99, 19.99],
    ['19.99', 19.99],
    ['$19.99', 19.99],
    ['1,299.00', 1299],
    ['1.299,00', 1299],
    ['12,50', 12.5],
    ['USD 5', 5],
    ['€ 7.10', 7.1],
    ['0', 0],
  ])('reads %j as %d', (input, expected) => {
    expect(amount(input)).toEqual({ value: expected, problems: [] });
  });

  it('treats blanks as absent', () => {
    expect(amount('  ')).toEqual({ value: undefined, problems: [] });
    expect(amount(null)).toEqual({ value: undefined, problems: [] });
  });

  it('reports text and negative amounts with the value as written', () => {
    expect(amount('abc').problems).toEqual(['price "abc" is not a number']);
    expect(amount('-5').problems).toEqual(['price "-5" is negative']);
    expect(amount(-1).problems).toEqual(['price -1 is negative']);
    expect(amount('1.2.3').problems).toEqual(['price "1.2.3" is not a number']);
  });
});

describe('readCount', () => {
  it('reads whole numbers and rejects fractions', () => {
    const problems: Problems = [];
    expect(readCount('12', 'stock', problems)).toBe(12);
    expect(readCount(-2, 'stock', problems)).toBe(-2);
    expect(readCount('2.5', 'stock', problems)).toBeUndefined();
    expect(problems).toEqual(['stock "2.5" is not a whole number']);
  });
});

describe('readId and readTextList', () => {
  it('trims ids and stringifies numbers', () => {
    expect(readId('  sku-1 \n')).toBe('sku-1');
    expect(readId(42)).toBe('42');
    expect(readId('   ')).toBeUndefined();
  });

  it('splits lists on the strongest separator and never splits features on commas', () => {
    expect(readTextList('a, b, a', { commas: true })).toEqual(['a', 'b']);
    expect(readTextList('x, y | z', { commas: true })).toEqual(['x, y', 'z']);
    expect(readTextList('Warm, light and soft', { commas: false })).toEqual(['Warm, light and soft']);
    expect(readTextList(['  one ', 2, null, ''], { commas: true })).toEqual(['one', '2']);
  });
});
