// Catalog descriptions arrive as HTML (Shopify `Body (HTML)`, `body_html`); retrieval and the
// AI host need plain text. Hand-written on purpose: the input is short merchant markup, and a
// full HTML parser would be a new dependency for a few regular expressions.

const namedEntities: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  bull: '•',
  middot: '·',
  copy: '©',
  reg: '®',
  trade: '™',
  deg: '°',
  times: '×',
  frac12: '½',
  frac14: '¼',
  frac34: '¾',
  sup2: '²',
  sup3: '³',
  plusmn: '±',
  euro: '€',
  pound: '£',
  yen: '¥',
  cent: '¢',
};

/** Decodes named (common ones) and numeric HTML entities; unknown entities are left as written. */
export function decodeHtmlEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z][a-z0-9]*);/gi, (entity, name: string) => {
    if (name.startsWith('#')) {
      const hex = name[1] === 'x' || name[1] === 'X';
      const codePoint = Number.parseInt(name.slice(hex ? 2 : 1), hex ? 16 : 10);
      // Invalid code points (and NUL) would corrupt the text: keep the entity as written.
      if (!Number.isFinite(codePoint) || codePoint <= 0 || codePoint > 0x10ffff) return entity;
      const character = String.fromCodePoint(codePoint);
      return character === '\u00a0' ? ' ' : character;
    }
    return namedEntities[name.toLowerCase()] ?? entity;
  });
}

/** True when the text contains markup or entities worth converting. */
export function looksLikeHtml(text: string): boolean {
  return /<\/?[a-z][^>]*>|<!--|&(#x?[0-9a-f]+|[a-z]+);/i.test(text);
}

/**
 * Turns an HTML fragment into readable plain text: paragraphs and headings become blank-line
 * separated blocks, `<br>` a line break, each `<li>` its own "- " line; entities are decoded.
 */
export function htmlToText(html: string): string {
  const text = html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(script|style|template)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, '')
    // Source line breaks are not visible in HTML; only tags decide where lines break.
    .replace(/\s*\n\s*/g, ' ')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<li\b[^>]*>/gi, '\n- ')
    .replace(/<\/(p|div|h[1-6]|ul|ol|table|blockquote|section|article|header|footer)\s*>/gi, '\n\n')
    .replace(/<(p|div|h[1-6]|ul|ol|table|blockquote|section|article|header|footer)\b[^>]*>/gi, '\n\n')
    // `<li>` already starts a line; ending one too would put blank lines between items.
    .replace(/<\/(tr|dt|dd)\s*>/gi, '\n')
    .replace(/<\/t[dh]\s*>/gi, ' ')
    .replace(/<[^>]*>/g, '');
  return decodeHtmlEntities(text)
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
