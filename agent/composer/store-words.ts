import { normaliseText } from './text-tools.ts';

/** Shoppers' phrases in the store's words: "send it back" is a return, "goes missing" a lost parcel, "over there" abroad. */
const PHRASES: [RegExp, string][] = [
  [/\b(send|give|take|bring|post|mail|ship) ((it|them|this|that|these|those|stuff|things|something|anything|items?|an? [a-z]+|the [a-z]+|my [a-z]+) )?back\b/g, ' return '],
  [/\bchange (my|your|their|her|his) mind\b/g, ' return '],
  [/\bmoney (is |be |gets? |comes? )?back\b|\bback (on|to) my (card|account)\b|\bget refunded\b/g, ' refund '],
  [/\b(goes|go|went|gone|got|is|was) (missing|lost)\b|\bnever (arrived|came|showed up|turned up)\b|\bdid ?n[o']?t (arrive|come|show up|turn up)\b/g, ' lost parcel '],
  [/\b(show|shows|turn|turns) up\b|\bgets? (here|to me)\b|\breach(es)? me\b/g, ' arrive '],
  [/\b(normal|regular|basic|cheapest|slow|usual) (delivery|shipping|postage|option)\b/g, ' standard shipping '],
  [/\b(delivered|deliver|shipped|ship|sent|get (it|them|something|my order)) (quickly|quick|fast|faster|asap|sooner|urgently|tomorrow)\b|\b(next day|rush|urgent|speedy) (delivery|shipping)\b/g, ' express shipping '],
  [/\b(post|send|deliver) (stuff |things |orders |it |them )?(to|abroad|overseas|internationally)\b/g, ' ship to '],
  [/\bwhat (does|do|would|will) (it|that|this|shipping|delivery|postage) cost\b/g, ' price '],
  [/\b(found it |find it |seen it |saw it |its |theyre |it is |they are )?cheaper (somewhere|elsewhere|at|on|online)( else)?\b|\bmatch (that|the|their|a|this) price\b|\bmatch (it|that)\b/g, ' price match '],
  [/\b(box|package|parcel|packaging)\b.{0,30}\b(say|show|have|mention|display)\b.{0,30}\b(store|shop|brand) name\b|\bstore name on\b/g, ' discreet unbranded packaging '],
  [/\btoo late to (change|cancel)\b|\bstill (change|cancel)\b/g, ' change cancel order within '],
  [/\bover there\b/g, ' abroad '],
  [/\b(pay|pay it|pay for it|pay (this|that) ?off|pay off( the [a-z0-9 ]{1,30})?) (in|into|over) (chunks|parts|bits|installments|instalments|payments|stages)\b|\bpay (it )?off over time\b|\bsplit (the )?(payment|cost|bill)\b/g, ' pay in instalments '],
  [/\b(sell|share|give) (my|your|our) (info|information|details|data|email)\b/g, ' sell your data '],
  [/\bbetween charges\b|\b(on|from) (a|one) (single |full )?charge\b|\bper charge\b/g, ' battery '],
  [/\b(go|goes|going|get|gets|be) (out|shipped|sent|dispatched) (today|the same day|same day)\b|\bship(ped)? (out )?today\b/g, ' leave the same day '],
  [/\b(use|apply|stack|combine|have)? ?(2|two|multiple|several|more than one) (promo |discount |coupon )?(codes|coupons|vouchers|discounts)\b/g, ' combine codes '],
  [/\b(mexico|brazil|india|china|russia|south africa|argentina|chile|nigeria|egypt|turkey|israel|thailand|vietnam|philippines|indonesia|malaysia|canada|australia|new zealand|japan|singapore|south korea|switzerland|norway|germany|france|italy|spain|netherlands|ireland|uk|united kingdom|britain|england)\b/g, ' $1 international '],
  [/\b(every ?day|each day|every morning|every night)\b/g, ' daily '],
  [/\b(what|which) size\b|\bsize (up|down)\b|\bmy size\b/g, ' fit '],
  [/\bhow much (is|are|does|do|would)\b/g, ' price '],
];

/** The question in the store's words: "send stuff back" → "return", "goes missing" → "lost parcel". */
export function inStoreWords(rawQuestion: string): string {
  let question = normaliseText(rawQuestion);
  for (const [pattern, word] of PHRASES) question = question.replace(pattern, word);
  return question.replace(/\s+/g, ' ').trim();
}
