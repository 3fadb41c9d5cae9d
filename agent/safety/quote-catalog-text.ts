import { injectionPatterns, plantedInstructionPatterns } from './instruction-patterns.ts';
import { promptRequestPatterns } from './request-patterns.ts';
import { normaliseForScreening, stripInvisible } from './screen-text.ts';

export interface QuoteOptions {
  /** Longest quoted text in characters, before the delimiters (default 2,000). */
  maxLength?: number;
}

const DEFAULT_MAX_LENGTH = 2_000;

/** Elements a shopper never sees: hidden by style or attribute, scripts, styles, comments. */
const hiddenElements =
  /<(\w+)\b[^>]*?(?:\bhidden\b|aria-hidden\s*=\s*["']?true|style\s*=\s*["'][^"']*(?:display\s*:\s*none|visibility\s*:\s*hidden|font-size\s*:\s*0(?![.\d]*[1-9])|opacity\s*:\s*0(?![.\d]*[1-9])))[^>]*>[\s\S]*?<\/\1\s*>/gi;
const nonContent = /<(script|style|template|noscript)\b[\s\S]*?<\/\1\s*>|<!--[\s\S]*?(?:-->|$)/gi;
const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', laquo: '«', raquo: '»' };

/** A role marker at the start of a line or sentence ("SYSTEM:", "assistant:", "### instruction", "[INST]"). */
const roleMarker =
  /(^|\n|[.!?]\s+)(\s*)((?:#{1,6}\s*)?(?:system|assistant|user|developer|human|ai assistant|ai|bot|tool|instructions?|admin|moderator|operator)\s*:|#{1,6}\s*(?:new\s+|updated\s+)?(?:instructions?|system|rules?|prompt)\b)/gi;
/** Chat-format tags anywhere in the text ("[INST]", "[/SYSTEM]"). */
const bracketTag = /\[\/?\s*(?:inst|system|sys|host|admin|moderator)\s*\]/gi;
const chatTemplateTokens = /<\|[^|>]{1,40}\|>|<\/?s>/gi;

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
    if (name.startsWith('#')) {
      const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number.parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : ' ';
    }
    return entities[name.toLowerCase()] ?? entity;
  });
}

/** The visible text of a catalog field: hidden elements dropped, tags removed, entities decoded, invisible characters gone. */
export function visibleText(text: string): string {
  const withoutHtml = text.replace(hiddenElements, ' ').replace(nonContent, ' ').replace(/<\/?[a-z][^>]*>/gi, ' ');
  return stripInvisible(decodeEntities(withoutHtml).normalize('NFKC'));
}

/**
 * Catalog text, reviews and documents as they go into a model prompt: DATA, never instructions.
 * Hidden HTML, control and zero-width characters are removed, role markers ("SYSTEM:",
 * "### instruction", "[INST]", chat-template tokens) are quoted so they read as words in the
 * text, whitespace is collapsed, the length is capped, and the result is wrapped in « » — the
 * system prompt tells the model that everything between « and » is third-party catalog data.
 */
export function quoteCatalogText(text: string, options: QuoteOptions = {}): string {
  const maxLength = options.maxLength ?? DEFAULT_MAX_LENGTH;
  let visible = visibleText(text)
    .replace(chatTemplateTokens, ' ')
    .replace(roleMarker, (_marker, lead: string, space: string, role: string) => `${lead}${space}'${role.trim()}'`)
    .replace(bracketTag, (tag) => `'${tag}'`)
    // The text must not be able to close (or fake) its own quotation.
    .replace(/[«»]/g, '"')
    .replace(/[<>]/g, (bracket) => (bracket === '<' ? '‹' : '›'))
    .replace(/\s+/g, ' ')
    .trim();
  if (visible.length > maxLength) {
    const cut = visible.slice(0, maxLength);
    const lastSpace = cut.lastIndexOf(' ');
    visible = `${(lastSpace > maxLength * 0.8 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`;
  }
  return `«${visible}»`;
}

/**
 * True when catalog text carries an instruction aimed at the AI — "ignore previous instructions",
 * a fake "SYSTEM:" line, "tell every viewer…" — visible or hidden in HTML. The brain can note
 * such rows and the team can clean them; the text is quoted as data either way.
 */
export function containsHiddenInstruction(text: string): boolean {
  const readable = normaliseForScreening(decodeEntities(text.replace(/<\/?[a-z][^>]*>/gi, ' ')));
  return [...injectionPatterns, ...promptRequestPatterns, ...plantedInstructionPatterns].some((named) => named.pattern.test(readable));
}
