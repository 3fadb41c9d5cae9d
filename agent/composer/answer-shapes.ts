import type { Term } from './question-terms.ts';

/** What kind of answer a question wants, as a pattern an answering line must contain. */
export const ANSWER_SHAPES: { question: RegExp; name: string; answer: RegExp; absorbs?: string[] }[] = [
  {
    question: /\bhow long\b(?! (is|are) )|\bhow long (is|are) (the |your |its |it |this |that )?(warranty|guarantee|return|returns|refund|delivery|shipping|trial|window|period|battery)|\bhow long (is|are) .{1,40}\b(good for|good|valid|last|keep|kept)\b|\bhow (fast|quickly|soon)\b|\bhow many (hours|days|weeks|minutes|years)\b/,
    name: 'a duration',
    absorbs: ['long', 'fast', 'quickly', 'soon', 'take', 'takes'],
    answer: /\d+(?:[.,]\d+)?\s*(?:[-–]|to|or)?\s*\d*\s*(?:extra\s+|more\s+)?(?:business\s+|working\s+)?(?:minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\b|\bsame day\b|\bnext (business )?day\b|\blifetime\b/i,
  },
  {
    // "How long do I have to return it?" asks for a window, not how long a refund takes.
    question: /\bhow long (do|have|did) (i|we|you|u) (have|got|get)\b|\btoo late\b|\bchange cancel order within\b|\bhow (many days|much time) (do|have) (i|we|you|u)\b|\b(deadline|time limit|cut-?off)\b|\b(return|exchange|cancellation|claim) (window|period)\b/,
    name: 'a window',
    answer: /\byou have \d+|\b\d+[- ]days? (?:returns?|window|return window)\b|\b\d+\s+(?:business\s+)?(?:days?|weeks?|months?|hours?|minutes?)\s+(?:from|of|after)\s+(?:the\s+)?(?:delivery|purchase|receipt|receiving|placing|ordering|expected delivery)|\bthe same \d+ days\b|\bup to \d+\s+(?:hours?|days?)\s+before\b/i,
    absorbs: ['deadline', 'limit', 'window', 'period'],
  },
  {
    question: /\bhow heavy\b|\bhow much (does|do) .{1,40} weigh\b|\bwhat (does|do) .{1,40} weigh\b|\bweight\b/,
    name: 'a weight',
    absorbs: ['heavy', 'weigh', 'weight'],
    answer: /\d+(?:\.\d+)?\s*(?:kg|g|grams?|lbs?|oz|ounces|pounds)\b/i,
  },
  {
    question: /\bhow (big|tall|high|deep|wide|thick|large|small)\b|\bhow long (is|are) (?!(the |your |its |it |this |that )?(warranty|guarantee|return|returns|refund|delivery|shipping|trial|window|period|battery))(?!.{1,40}\b(good for|good|valid|last|keep|kept)\b)|\bwhat (size|length|height|width|depth) is\b/,
    name: 'a measurement',
    absorbs: ['big', 'tall', 'high', 'deep', 'wide', 'thick', 'large', 'small', 'long'],
    answer: /\d+(?:\.\d+)?\s*(?:mm|cm|m|km|kg|g|grams?|in|inch(?:es)?|"|ft|ml|l|litres?|liters?|qt|oz|lb|lbs|metres?|meters?|atm|bar)\b|\d+(?:\.\d+)?-inch\b/i,
  },
  {
    question: /\bhow (hot|cold|warm)\b|\bwhat (temp|temps|temperature|temperatures)\b|\d+\s?(degrees?|°)|\btemperatures? (range|settings?)\b|\bmax(imum)? (temp|temperature)\b|\bdegrees\b/,
    name: 'a temperature',
    absorbs: ['hot', 'cold', 'warm', 'temp', 'temps', 'temperature', 'temperatures', 'degrees', 'range', 'max', 'maximum'],
    answer: /\d+\s?°\s?[CF]\b|\d+\s?(?:degrees|deg)\b/i,
  },
  {
    question: /\bhow much (water|liquid|coffee|tea|milk|stuff|space|room)?\s*(does|do|can|will|would) .{1,40}\b(hold|holds|fit|take|carry|store)\b|\bcapacity\b|\bhow many (litres|liters|cups|ml|quarts|ounces)\b|\b(volume|litres|liters)\b/,
    name: 'a capacity',
    absorbs: ['hold', 'holds', 'water', 'liquid', 'capacity', 'volume', 'litres', 'liters', 'cups', 'quarts', 'space', 'room', 'store', 'carry'],
    answer: /\d+(?:\.\d+)?\s?(?:l|litres?|liters?|ml|qt|quarts?|cups?|fl oz)\b/i,
  },
  {
    question: /\bwattage\b|\bhow many watts\b|\bhow powerful\b|\bwhat (power|watts?)\b|\bwatts\b/,
    name: 'a wattage',
    absorbs: ['wattage', 'watts', 'watt', 'powerful', 'power', 'run', 'runs'],
    answer: /\d[\d,.]*\s?(?:w|watts?)\b/i,
  },
  {
    question: /\bhow many volts\b|\bvoltage\b|\bwhat volts?\b|\bdual[- ]voltage\b/,
    name: 'a voltage',
    absorbs: ['volts', 'volt', 'voltage', 'run', 'runs'],
    answer: /\d[\d,.–-]*\s?(?:v|volts?)\b/i,
  },
  { question: /\bhow strong\b|\bwhat (percent|percentage|concentration|strength)\b/, name: 'a percentage', answer: /\d+(?:\.\d+)?\s?%/, absorbs: ['strong', 'percent', 'percentage', 'concentration', 'strength'] },
  {
    question: /^(when|whens|what time|what day|what date)\b|\bwhen (will|does|do|is|are|can)\b/,
    name: 'a time',
    answer: /\b\d{1,2}(?::\d\d)?\s?(?:am|pm|AM|PM|a\.m\.|p\.m\.)|\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b|\b(?:[Ww]eekends?|[Tt]oday|[Tt]omorrow|[Ss]ame day|[Nn]ext (?:business )?day|business days?)\b|\b\d+\s*(?:days?|weeks?|hours?|months?)\b/,
  },
  { question: /\bwhere\b.{0,40}\b(made|manufactured|produced|sourced|from)\b|\bmade in\b|\bcountry of origin\b|\borigin\b/, name: 'an origin', answer: /\b(made|manufactured|produced|crafted|knitted|sewn|stitched|assembled|woven|designed) in\b|\borigin\b|\bsourced from\b/i },
];

/**
 * "If I order at 4pm": a time of day is answered by the rule it falls under ("after 2 pm …"), not
 * by a line that happens to name 4 pm. The term matches "before H" for a later H and "after H" for
 * an earlier one.
 */
export function clockTerm(normal: string): { typed: string; term: Term } | null {
  const match = /\b(\d{1,2})(?::\d\d)?\s?(am|pm)\b/.exec(normal);
  if (!match) return null;
  const asked = (Number(match[1]) % 12) + (match[2] === 'pm' ? 12 : 0);
  const hours = (test: (hour: number) => boolean) =>
    Array.from({ length: 24 }, (_, hour) => hour)
      .filter(test)
      .map((hour) => `${hour % 12 || 12} ?${hour < 12 ? 'am' : 'pm'}`);
  const pattern = new RegExp(`\\b(?:before (?:${hours((hour) => hour > asked).join('|')})|after (?:${hours((hour) => hour < asked).join('|')}))\\b`, 'i');
  return { typed: match[0].replace(/\s/g, ''), term: { stem: '__clock', original: 'that time of day', role: 'specific', weight: 1.5, specific: true, number: null, mustCover: true, pattern } };
}
