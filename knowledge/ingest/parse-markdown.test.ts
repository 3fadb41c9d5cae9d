import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from './parse-markdown.ts';

const fixture = (name: string) => readFileSync(path.join(import.meta.dirname, 'fixtures', name), 'utf8');

describe('parseMarkdown', () => {
  it('takes id, title and kind from front matter and keeps the body without it', () => {
    const parsed = parseMarkdown(fixture('returns-policy.md'), { fileName: 'docs/returns-policy.md' });
    expect(parsed.skipped).toEqual([]);
    expect(parsed.products).toEqual([]);
    const [document] = parsed.documents;
    expect(document).toMatchObject({ id: 'returns', title: 'Returns & Refunds', kind: 'policy' });
    expect(document?.body.startsWith('# Returns and refunds\n')).toBe(true);
    expect(document?.body).not.toContain('kind: policy');
    expect(document?.body).toContain('- Refunds reach your card within 5–7 business days.');
  });

  it('without front matter: id from the file name, title from the heading, kind guessed', () => {
    const parsed = parseMarkdown(fixture('size-and-fit.md'), { fileName: 'size-and-fit.md' });
    expect(parsed.documents).toEqual([
      expect.objectContaining({ id: 'size-and-fit', title: 'How our tees fit', kind: 'size-guide' }),
    ]);
  });

  it('humanises the file name when there is no heading', () => {
    const parsed = parseMarkdown(fixture('care_notes.txt'), { fileName: 'care_notes.txt' });
    expect(parsed.documents).toEqual([
      { id: 'care-notes', title: 'Care notes', kind: 'guide', body: 'Wash cold, dry flat.\nNever tumble dry wool.' },
    ]);
  });

  it('guesses kinds from names and titles', () => {
    const kindOf = (content: string, fileName?: string) =>
      parseMarkdown(content, fileName === undefined ? {} : { fileName }).documents[0]?.kind;
    expect(kindOf('Text', 'shipping.md')).toBe('policy');
    expect(kindOf('# Warranty\nTwo years')).toBe('policy');
    expect(kindOf('# Privacy notice\nx')).toBe('policy');
    expect(kindOf('Text', 'faq.md')).toBe('faq');
    expect(kindOf('# Common questions\nx')).toBe('faq');
    expect(kindOf('Text', 'benefits.md')).toBe('guide');
    expect(kindOf('---\nkind: Size guide\n---\nx', 'misc.md')).toBe('size-guide');
  });

  it('uses the title slug as id without a file name, and handles CRLF front matter', () => {
    const parsed = parseMarkdown('---\r\ntitle: Gift wrapping\r\n---\r\nWe wrap for free.\r\n');
    expect(parsed.documents).toEqual([{ id: 'gift-wrapping', title: 'Gift wrapping', kind: 'guide', body: 'We wrap for free.' }]);
  });

  it('reports an empty document as skipped', () => {
    expect(parseMarkdown('---\ntitle: x\n---\n\n', { fileName: 'x.md' })).toEqual({
      products: [],
      documents: [],
      skipped: [{ row: 1, reason: 'the document is empty' }],
    });
  });
});
