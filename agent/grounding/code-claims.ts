import type { Claim, CodeContext } from './claim.ts';
import { allMatches } from './all-matches.ts';

type CodeClaim = Extract<Claim, { kind: 'code' }>;

const token = /[A-Za-z0-9]+(?:[-_][A-Za-z0-9]+)*/g;
const codeWordBefore = /(?<!\b(?:zip|postal|post|area|country|qr|colou?r|style|product|source|error|dress)[\s-])\b(?:code|coupon|promo|voucher)s?(?:\s+(?:is|was|of|word))?\s*[:=,—–-]?\s*["'“‘`*(]*$/i;
const actionBefore = /\b(?:use|enter|apply|redeem|type|paste)\s+(?:the\s+|your\s+|my\s+|this\s+)?(?:code\s+)?["'“‘`*(]*$/i;
const actionAfter = /^["'”’`*)]*\s*(?:at\s+(?:the\s+)?checkout|code\b|coupon\b|promo\b|for\s+\d+\s?%|to\s+(?:get|save|unlock|claim))/i;

/** Technical tokens that are never discount codes: ratings, standards, sizes, units, clock times. */
const technical =
  /^(?:IPX?\d{1,2}|SPF\d{1,3}|USB(?:-?[A-C]\d?)?|(?:EU|US|UK)-?\d{1,2}|\d+(?:GB|TB|MB|MP|MM|CM|ML|KG|W|V|MAH|HZ|KHZ|K|P|AM|PM|FT|OZ|LB|LBS|QT|CTW|XL|XS)|\d*X{1,3}[LS])$/;

/** Shouted words that are not codes even right after "code" ("USE CODE NOW"). */
const shoutedWords = new Set(
  'CODE CODES PROMO COUPON VOUCHER FREE SALE DEAL DEALS NOW TODAY ONLY HERE BELOW ABOVE LINK CART CHECKOUT SHOP LIVE SHOW OFFER WITH THIS THAT THE AND FOR YOUR JUST SAVE WHEN THEN ALSO VALID EXPIRES ENDS ONCE EACH'.split(' '),
);

export function isTechnicalToken(value: string): boolean {
  return technical.test(value.toUpperCase());
}

export function isShoutedWord(value: string): boolean {
  return shoutedWords.has(value.toUpperCase());
}

function contextAt(text: string, start: number, end: number): CodeContext {
  const before = text.slice(Math.max(0, start - 32), start);
  if (codeWordBefore.test(before)) return 'code-word';
  if (actionBefore.test(before) || actionAfter.test(text.slice(end, end + 24))) return 'action';
  return 'none';
}

/**
 * Tokens that could be discount codes: upper-case tokens of 4+ characters with a letter
 * ("FREE90", "TOTEFREE", "LIVE-7KQ2MX"), and any letter+digit token right after "code"/"use".
 * Which of them are violations is the verifier's call (it knows the turn's codes and product names).
 */
export function codeClaims(text: string): CodeClaim[] {
  const claims: CodeClaim[] = [];
  for (const match of allMatches(token, text)) {
    const value = match[0];
    if (value.length < 4 || !/[A-Za-z]/.test(value)) continue;
    const upper = value === value.toUpperCase();
    const start = match.index;
    const end = start + value.length;
    if (!upper && !/\d/.test(value)) continue;
    const context = contextAt(text, start, end);
    if (!upper && context === 'none') continue;
    claims.push({ kind: 'code', start, end, text: value, code: value.toUpperCase(), context });
  }
  return claims;
}

const urlPattern = /\bhttps?:\/\/[^\s<>)\]]+|\bwww\.[^\s<>)\]]+|[\w.+-]+@[\w-]+\.[\w.-]+/g;
const codeParameter = /[?&](?:discount|code|coupon|promo|promo_code|voucher)=([^&#\s]+)/gi;

/**
 * URLs and e-mail addresses blanked out (same length, so offsets still match the original), and the
 * codes carried in their query strings ("?discount=FREE90"), which are claims like any other.
 */
export function maskLinks(text: string): { masked: string; codes: CodeClaim[] } {
  const codes: CodeClaim[] = [];
  const masked = text.replace(urlPattern, (link, offset: number) => {
    for (const parameter of allMatches(codeParameter, link)) {
      const raw = parameter[1]!;
      let value = raw;
      try {
        value = decodeURIComponent(raw);
      } catch {
        // A malformed escape is checked as written.
      }
      const start = offset + parameter.index + parameter[0].length - raw.length;
      codes.push({ kind: 'code', start, end: start + raw.length, text: value, code: value.toUpperCase(), context: 'code-word' });
    }
    return ' '.repeat(link.length);
  });
  return { masked, codes };
}
