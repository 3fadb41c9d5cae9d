import { describe, expect, it } from 'vitest';
import { expandQuery } from './query-expansion.ts';
import { broaderTerms, synonymGroups } from './shopping-synonyms.ts';

describe('expandQuery', () => {
  it('expands a synonym group both ways', () => {
    expect(expandQuery('jumper').added).toEqual(expect.arrayContaining(['sweater', 'pullover']));
    expect(expandQuery('sweater').added).toEqual(expect.arrayContaining(['jumper', 'pullover']));
    expect(expandQuery('white trainers').added).toContain('sneakers');
    expect(expandQuery('white sneakers').added).toContain('trainers');
  });

  it('keeps the original words first and appends the additions', () => {
    const { query, added } = expandQuery('Navy jumper for my dad');
    expect(query.startsWith('Navy jumper for my dad ')).toBe(true);
    expect(query).toBe(`Navy jumper for my dad ${added.join(' ')}`);
  });

  it('applies broader terms one way only', () => {
    expect(expandQuery('aftershave').added).toEqual(expect.arrayContaining(['cologne', 'eau de toilette', 'fragrance']));
    expect(expandQuery('cologne').added).not.toContain('aftershave');
    expect(expandQuery('cans').added).toContain('headphones');
    expect(expandQuery('headphones').added).toEqual([]);
    expect(expandQuery('step counter').added).toEqual(expect.arrayContaining(['fitness tracker', 'smartwatch']));
    expect(expandQuery('smartwatch').added).toEqual(['smart watch']);
  });

  it('gives a group the broader terms of any of its members', () => {
    expect(expandQuery('pedometer').added).toEqual(expect.arrayContaining(['step counter', 'fitness tracker', 'smartwatch']));
    expect(expandQuery('edp').added).toEqual(expect.arrayContaining(['eau de parfum', 'perfume']));
  });

  it('matches multi-word terms before their single words', () => {
    expect(expandQuery('eau de toilette for men').added).toEqual(expect.arrayContaining(['edt', 'fragrance', 'gents']));
    expect(expandQuery('fitness tracker').added).toEqual(expect.arrayContaining(['activity tracker', 'activity band']));
    // "dark spots" is pigmentation, never acne.
    const darkSpots = expandQuery('serum for dark spots').added;
    expect(darkSpots).toContain('hyperpigmentation');
    expect(darkSpots).not.toContain('acne');
    expect(expandQuery('something for spots').added).toEqual(expect.arrayContaining(['blemishes', 'acne']));
  });

  it('matches on word boundaries only', () => {
    expect(expandQuery('teenager').added).toEqual([]);
    expect(expandQuery('pantry').added).toEqual([]);
  });

  it('folds simple plurals both ways', () => {
    expect(expandQuery('earphone').added).toEqual(expect.arrayContaining(['earbuds', 'in ear']));
    expect(expandQuery('wireless earphones').added).toContain('earbuds');
    expect(expandQuery('hoodies').added).toContain('hooded sweatshirt');
    expect(expandQuery('beanies').added).toContain('woolly hat');
    expect(expandQuery('hoody').added).toContain('hooded sweatshirt');
    expect(expandQuery('chef knives').added).toContain('cook knife');
  });

  it('never adds what the query already says, nor the same term twice', () => {
    expect(expandQuery('trainers or sneakers').added).toEqual([]);
    expect(expandQuery('trainers or sneakers').query).toBe('trainers or sneakers');
    const { added } = expandQuery('moisturiser moisturizer face cream');
    expect(added).toEqual([]);
    const repeated = expandQuery('jumper jumper sweater').added;
    expect(repeated).toEqual(['pullover']);
    const many = expandQuery('jumper sweater grey gray hoodie tote sneakers duvet sofa jewellery').added;
    expect(new Set(many).size).toBe(many.length);
  });

  it('caps the additions at 12 terms, sharing them between the matched words', () => {
    const { added } = expandQuery('cheap grey hoodie jumper sneakers duvet sofa jewellery backpack');
    expect(added).toHaveLength(12);
    // Round robin: every matched word gets its first synonym before any gets a second.
    expect(added).toEqual(expect.arrayContaining(['gray', 'hooded sweatshirt', 'sweater', 'trainers', 'comforter', 'couch', 'jewelry', 'rucksack']));
  });

  it('normalises accents, case and punctuation like the search does', () => {
    expect(expandQuery('Moisturiser?!').added).toEqual(expect.arrayContaining(['moisturizer', 'face cream']));
    expect(expandQuery('T-SHIRT').added).toEqual(expect.arrayContaining(['tshirt', 'tee']));
    expect(expandQuery('Cafetière').added).toEqual(expect.arrayContaining(['french press']));
    expect(expandQuery("women's jeans").added).toContain('ladies');
  });

  it('returns a query with nothing to expand unchanged', () => {
    expect(expandQuery('red silk scarf with tassels')).toEqual({ query: 'red silk scarf with tassels', added: [] });
    expect(expandQuery('')).toEqual({ query: '', added: [] });
    expect(expandQuery('?!')).toEqual({ query: '?!', added: [] });
  });

  it('adds nothing for ambiguous words left out on purpose', () => {
    for (const word of ['ring', 'rings', 'case', 'top', 'light', 'band', 'cream', 'watch', 'phone', 'tablet']) {
      expect(expandQuery(word).added, word).toEqual([]);
    }
    // A lone stop word is not the plural it stems like: "can" is not "cans".
    expect(expandQuery('can you show it').added).toEqual([]);
  });

  it('keeps ambiguous words usable inside their unambiguous phrases', () => {
    expect(expandQuery('ring light').added).toContain('ringlight');
    expect(expandQuery('phone case').added).toContain('phone cover');
    expect(expandQuery('wedding band').added).toContain('wedding ring');
  });

  it('reads the rightmost of two overlapping phrases as the product', () => {
    const added = expandQuery('mobile phone case').added;
    expect(added).toContain('phone cover');
    expect(added).not.toContain('smartphone');
    expect(expandQuery('iphone phone case').added).not.toContain('smartphone');
  });
});

describe('shopping synonym lexicon', () => {
  const normalised = (term: string) => /^[a-z0-9]+( [a-z0-9]+){0,2}$/.test(term);

  it('is plain lower-case ASCII words, one to three per term', () => {
    for (const term of synonymGroups.flat()) expect(normalised(term), term).toBe(true);
    for (const [term, covering] of Object.entries(broaderTerms)) {
      expect(normalised(term), term).toBe(true);
      for (const cover of covering) expect(normalised(cover), cover).toBe(true);
    }
  });

  it('lists each term in at most one group', () => {
    const terms = synonymGroups.flat();
    expect(new Set(terms).size).toBe(terms.length);
    for (const group of synonymGroups) expect(group.length).toBeGreaterThanOrEqual(2);
  });
});
