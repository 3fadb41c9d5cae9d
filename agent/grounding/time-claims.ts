import type { CalendarDate, Claim, DurationUnit } from './claim.ts';
import { numberSource, parseNumber } from './number-words.ts';
import { allMatches } from './all-matches.ts';

type DurationClaim = Extract<Claim, { kind: 'duration' }>;
type DateClaim = Extract<Claim, { kind: 'date' }>;
type TimeClaim = Extract<Claim, { kind: 'time' }>;

/** "30-day", "3–5 business days", "1 or 2 years", "two weeks", "a 30-minute call", "5 extra business days". */
const durationPattern = new RegExp(
  String.raw`(?<![\w.$€£-])(${numberSource})(?:\s*(?:-|–|to|or)\s*(${numberSource}))?(?:\s+|-)(?:(?:extra|more|additional|full|whole|calendar)\s+)?(?:(?:business|working)[\s-]+)?(minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\b`,
  'gi',
);

const unitScale: Record<string, [DurationUnit, number]> = {
  min: ['minute', 1],
  hou: ['minute', 60],
  hr: ['minute', 60],
  hrs: ['minute', 60],
  day: ['day', 1],
  wee: ['day', 7],
  mon: ['month', 1],
  yea: ['month', 12],
};

/** A duration in its family's unit: 2 years → 24 months, 2 weeks → 14 days, 2 hours → 120 minutes. */
export function normaliseDuration(value: number, unitWord: string): { unit: DurationUnit; value: number } {
  const key = unitWord.toLowerCase();
  const [unit, scale] = unitScale[key.slice(0, 3)] ?? unitScale[key] ?? ['day', 1];
  return { unit, value: value * scale };
}

/** Every duration stated in `text` (return windows, delivery times, warranties, battery life, offer windows). */
export function durationClaims(text: string): DurationClaim[] {
  const claims: DurationClaim[] = [];
  for (const match of allMatches(durationPattern, text)) {
    const first = parseNumber(match[1]!);
    const second = match[2] === undefined ? first : parseNumber(match[2]);
    if (!Number.isFinite(first) || !Number.isFinite(second)) continue;
    const low = normaliseDuration(Math.min(first, second), match[3]!);
    const high = normaliseDuration(Math.max(first, second), match[3]!);
    claims.push({ kind: 'duration', start: match.index, end: match.index + match[0].length, text: match[0], unit: low.unit, low: low.value, high: high.value });
  }
  return claims;
}

const months = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
// Month names must be capitalised: "May 5" is a date, "you may 2…" is not.
const month = String.raw`(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`;
const monthFirst = new RegExp(String.raw`\b${month}\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(\d{4})\b)?`, 'g');
const dayFirst = new RegExp(String.raw`\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?${month}(?![a-z])(?:,?\s+(\d{4})\b)?`, 'g');
const isoDate = /\b(\d{4})-(\d{2})-(\d{2})\b/g;
const slashDate = /\b(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})\b/g;
/** "by 11/30": without a year, a slash date counts only after a date word ("3/4 sleeves" is not a date). */
const shortSlashDate = /\b(?:by|on|until|till|before|through|thru|expires?|ends?|from)\s+(\d{1,2})\/(\d{1,2})\b(?!\/)/gi;

function monthIndex(name: string): number {
  return months.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

function validDate(date: CalendarDate): boolean {
  return date.month >= 1 && date.month <= 12 && date.day >= 1 && date.day <= 31;
}

/** Every calendar date stated in `text`; a slash date is read month-first and day-first. */
export function dateClaims(text: string): DateClaim[] {
  const claims: DateClaim[] = [];
  const push = (start: number, end: number, candidates: CalendarDate[]) => {
    const valid = candidates.filter(validDate);
    if (valid.length === 0 || claims.some((claim) => start < claim.end && end > claim.start)) return;
    claims.push({ kind: 'date', start, end, text: text.slice(start, end), candidates: valid });
  };
  const year = (value: string | undefined) => (value === undefined ? null : value.length === 2 ? 2000 + Number(value) : Number(value));
  for (const match of allMatches(isoDate, text)) {
    push(match.index, match.index + match[0].length, [{ year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) }]);
  }
  for (const match of allMatches(monthFirst, text)) {
    push(match.index, match.index + match[0].length, [{ year: year(match[3]), month: monthIndex(match[1]!), day: Number(match[2]) }]);
  }
  for (const match of allMatches(dayFirst, text)) {
    push(match.index, match.index + match[0].length, [{ year: year(match[3]), month: monthIndex(match[2]!), day: Number(match[1]) }]);
  }
  for (const pattern of [slashDate, shortSlashDate]) {
    for (const match of allMatches(pattern, text)) {
      const first = Number(match[1]);
      const second = Number(match[2]);
      const start = match.index + match[0].indexOf(match[1]!);
      push(start, match.index + match[0].length, [
        { year: year(match[3]), month: first, day: second },
        { year: year(match[3]), month: second, day: first },
      ]);
    }
  }
  return claims;
}

/** "3 pm", "3:45 PM", "3pm", "3 p.m." */
const twelveHour = /(?<![\w:.])(\d{1,2})(?::([0-5]\d))?\s*([ap])(?:\.\s?m\.|\s?m\b)/gi;
/** "15:45", "9:30" (not followed by am/pm, which the pattern above reads). */
const twentyFourHour = /(?<![\w:.])([01]?\d|2[0-3]):([0-5]\d)(?![\d:])(?!\s*[ap]\.?\s?m\b)/gi;
const namedTime = /\b(?:at|until|till|by|before|after|from)\s+(noon|midday|midnight)\b/gi;

/** Every clock time stated in `text`, as candidate minutes after midnight. */
export function timeClaims(text: string): TimeClaim[] {
  const claims: TimeClaim[] = [];
  for (const match of allMatches(twelveHour, text)) {
    const hour = Number(match[1]);
    if (hour < 1 || hour > 12) continue;
    const minute = Number(match[2] ?? 0);
    const base = (hour % 12) + (match[3]!.toLowerCase() === 'p' ? 12 : 0);
    claims.push({ kind: 'time', start: match.index, end: match.index + match[0].length, text: match[0], candidates: [base * 60 + minute] });
  }
  for (const match of allMatches(twentyFourHour, text)) {
    const hour = Number(match[1]);
    const minute = Number(match[2]);
    const candidates = hour >= 1 && hour <= 12 ? [(hour % 12) * 60 + minute, ((hour % 12) + 12) * 60 + minute] : [hour * 60 + minute];
    claims.push({ kind: 'time', start: match.index, end: match.index + match[0].length, text: match[0], candidates });
  }
  for (const match of allMatches(namedTime, text)) {
    const word = match[1]!.toLowerCase();
    const candidates = word === 'midnight' ? [0, 23 * 60 + 59] : [12 * 60];
    claims.push({ kind: 'time', start: match.index, end: match.index + match[0].length, text: match[0], candidates });
  }
  return claims;
}
