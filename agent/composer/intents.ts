import type { ConversationMemory } from '../memory/shopper-profile.ts';
import { nameWords } from './product-reference.ts';
import { askedParts } from './question-parts.ts';
import { extractSlots, isOptionOnlyMessage, type Slots } from './slots.ts';
import { contentWords, normaliseText } from './text-tools.ts';

/** What a shopper's message asks for; each has its own answer family. */
export const intents = [
  'greeting',
  'identity',
  'small-talk',
  'price',
  'availability',
  'options',
  'specs',
  'policy',
  'comparison',
  'recommendation',
  'superlative',
  'purchase',
  'discount',
  'human',
  'booking',
  'out-of-scope',
  'unknown',
] as const;

export type Intent = (typeof intents)[number];

const GREETING = /^(hi+|hello+|hey+|hiya|howdy|yo|heya|hallo|bonjour|hola|greetings|good (morning|afternoon|evening|day))\b[\s!,.]*((there|everyone|all|team|guys|folks|friend)\b[\s!,.]*)?/;

const IDENTITY =
  /\b(who|what) are (you|u)\b|\bare (you|u) (a |an )?(real|human|person|bot|robot|ai|machine|automated|chatbot|stylist|live|actual|man|woman|girl|guy|computer|program)|\bam i (talking|speaking|chatting) (to|with)\b|\b(is this|is that|is it) (a |an )?(bot|ai|robot|real person|human|person|automated|chatbot)\b|\byour name\b|\bwhat should i call you\b|\bare (you|u) an? ai\b/;

const HUMAN =
  /\b(talk|speak|chat|connect|transfer|put) (me )?(to|with|through to)\b.{0,25}\b(human|person|people|someone|somebody|stylist|agent|representative|rep|staff|team|manager|specialist|customer (care|service|support)|operator)\b|\b(get|want|need|give) (me )?(a|an|some) (real )?(human|person|stylist|agent|representative)\b|\b(real|actual|live) (human|person|agent)\b|^(a )?(human|person|agent|stylist)( please| pls| now)?[!.]*$/;

const AFFIRMATIVE = /^(yes|yeah|yep|yup|sure|ok|okay|please|yes please|please do|do that|go ahead|that would be (great|good|nice)|sounds good|that works)\b/;
const HANDOFF_OFFER = /check with the team|ask (?:the|our|a) (?:team|person|stylist)|someone from the team|pass (?:it|this|that|your question) (?:on|to)|a person from the team/i;
const PURCHASE_QUESTION = /which (size|colou?r|shade|option|one|length|capacity|finish)|what size/i;

const OUT_OF_SCOPE =
  /\bweather\b|\bforecast\b|\bhomework\b|\bequation\b|\bsolve\b|\bmaths?\b|\bcalculus\b|\bpolitic|\belection\b|\bpresident\b|\bsuper ?bowl\b|\bworld cup\b|\bwho.{0,12}\b(win|won|winning)\b|\binvest(ing|ment)?\b|\bstock (market|tips?|price of)\b|\bcrypto|\bbitcoin\b|\brestaurants?\b|\brecipe\b|\bpython\b|\bjavascript\b|\b(write|code|make) (me )?(a |an )?(script|program|poem|essay|story|song|letter|cv|resume)\b|\bscrape|\bcapital of\b|\btranslate\b|\bhoroscope\b|\blottery\b|\bmovie|\bnetflix\b|\bdating\b|\bmeaning of life\b|\btell me a joke\b/;

const BOOKING =
  /\b(book|schedule|set up|arrange|reserve|make)\b.{0,30}\b(call|appointment|consultation|session|slot|video)\b|\bvideo (call|chat|appointment|consultation)\b|\bappointment\b|\bconsultation\b/;

const DISCOUNT_WORD =
  /\b(discount|discounts|coupon|coupons|promo|promotion|voucher|deal|code|codes|reduction|markdown)\b|\d+\s?(%|percent)( off)?|\bpercent off\b|\bmoney off\b|\b(bit|little|something|more|anything) (more )?off\b|\bbetter price\b|\bbest price\b|\bcheaper (for me|price)\b|\bknock\b.{0,20}\boff\b|\blower (the )?price\b|\bprice drop\b/;
const DISCOUNT_REQUEST =
  /\b(can|could|would|will|do|any|anything|got|give|get|have|hook|apply|use|match|offer|chance|possible|make|throw|if you|is there|are there|please|pls)\b/;
const GROUP_DISCOUNT = /\b(student|military|senior|teacher|nurse|loyalty|birthday|newsletter|first order|employee|referral|bulk|trade)\b/;
/** "If the host sends me a code, can others see it?": how offers work, not a request for one. */
const OFFER_RULES = /^(if|when|once) (the host|a host|you|someone|i get|i receive|i am sent)\b.{0,40}\b(codes?|discounts?|offers?)\b|\b(can|do|does|will|would) (other|others|other people|anyone|everyone|people)\b.{0,20}\b(see|get|use)\b|\bhow (do|does) .{0,20}\b(codes?|discounts?|offers?) work\b/;
/** "Can I use two promo codes?": the rules on codes, not a request for one. */
const STACKING = /\b(codes?|coupons?|discounts?|vouchers?|credit|card)\b.{0,40}\b(together|along with|combined with|on top of|at the same time|stack|stacked)\b|\b(combine|stack|use (two|2|multiple|several|more than one)|more than one|two|2|multiple)\b.{0,25}\b(codes|coupons|discounts|promos|promo codes|vouchers)\b|\b(codes?|coupons?|discounts?) (be )?(combined|stacked)\b/;
const SALE_QUESTION = /\bon sale\b|\b(is|are) (it|they|this|that|the .{1,40}) discounted\b|\bdiscounted at all\b/;

const PURCHASE =
  /\b(ill|i will|id like to|i would like to|im going to|gonna|want to|wanna|lets) (take|have|get|buy|order|grab|purchase|go with|go for)\b|\b(ill|i will) (take|have|get|buy|grab)\b|\bim (buying|getting|taking|sold)\b|\bbuying (the|this|that|it|them|a|an|one|two)\b|\bpurchase (the|this|that|it|them)\b|\badd (it|them|this|that|these|those|the|a|an|one|two|\d)\b.{0,60}\b(cart|bag|basket)\b|\badd to (my )?(cart|bag|basket)\b|\bput\b.{0,60}\b(in|into) (a|my|the) (cart|bag|basket)\b|\b(cart|checkout|payment|purchase) link\b|\bsend (me )?(the |a |my )?(link|cart)\b|\bcheck ?out\b|\btake my money\b|\bi want (it|them|this|that|these|those|the|one|a pair)\b|\border (it|this|that|them|one)\b|\bcart please\b|\bin (a|my) cart\b|\bring (it|me) up\b/;

const COMPARISON = /\b(pricier|cheaper|more expensive|better|bigger|smaller|lighter|heavier|warmer|longer) than\b|\bvs\.?\b|\bversus\b|\bdifferences? between\b|\bcompare\b|\bcompared (to|with)\b|\bhow (do|does) .{2,40} compare\b/;
const SUPERLATIVE =
  /\b(cheapest|least expensive|lowest[- ]price[d]?|most affordable|most expensive|priciest|dearest|highest[- ]price[d]?|most costly|lowest cost|most premium|most luxurious)\b/;

/** What the store's pages answer, by topic. */
const POLICY_PHRASES = {
  shipping: String.raw`ship|ships|shipping|shipped|deliver|delivers|delivered|delivery|dispatch|dispatched|postage|courier|tracking|track (my|an|the) order|post to|(send|ship|post|deliver|mail) (it |this |that |them |(the|a|an|my) [a-z ]{1,30})?to (my|a|an|the|someone|somebody)`,
  abroad: String.raw`international|internationally|abroad|overseas|customs|duties`,
  dispatch: String.raw`warehouse|same day|business days?|processing time|go out today|goes out today|(ship|ships|shipped|dispatch|dispatched|leave|leaves) (today|tomorrow|the same day)`,
  delivery: String.raw`(goes|went|gone|go) missing|never (arrived|came)|packaging|packaged|discreet|unbranded|store name|sign for|signature|be home`,
  returns: String.raw`return|returns|returnable|refund|refunds|refunded|exchange|exchanges|swap|final sale|change my mind|send (it|them|this|that|stuff|things|something|an? [a-z]+|the [a-z]+) back|(arrived|came|showed up) (cracked|broken|damaged|smashed|chipped)`,
  warranty: String.raw`warranty|warranties|guarantee|guaranteed|covered|cover (it|this|that)`,
  payment: String.raw`payment|payments|pay (with|by|in|later)|paypal|apple pay|google pay|klarna|afterpay|instal?lments?`,
  gifts: String.raw`gift ?wrap|gift-wrap|gift wrapped|wrapping|gift message|gift receipt|gift cards?`,
  orders: String.raw`cancel|cancell?ation|change my order|too late|(change|cancel) (it|my order|the order|an order)`,
  sizing: String.raw`size guide|size chart|sizing chart|in (us|uk|eu) sizes|convert|(eu|us|uk) \d{1,2}(\.5)? in (us|uk|eu)`,
  offers: String.raw`price ?match|cheaper (somewhere|elsewhere|at|on)|match (that|the|their|a) price|rewards?|loyalty|points|membership`,
  privacy: String.raw`privacy|my data|(sell|share) (my|your) (info|information|data|details)|advertisers`,
  store: String.raw`customer (care|service)|contact (you|us)|authentic|authenticity|cruelty|boutique|opening hours|open on|live shows?|next show|in[- ]person|(physical |real |actual )?(store|shop|boutique|showroom) (in|near)`,
};
const POLICY = new RegExp(String.raw`\b(${Object.values(POLICY_PHRASES).join('|')})\b`);

/** Price in other words: "what's it going for", "what would I pay", "how much extra is the 256 GB". */
const PRICE_PHRASES = /\bgoing for\b|\bwhat(s| is| does| do| are)? .{1,60}\b(go|goes|sell|sells|selling|retail|retails) for\b|\bwhat(s| is| are) (it|they|that|those) now\b|\bused to (be|cost)\b|\bwhat (would|do|will|does|did) (i|you|u|it|they|we) (pay|charge)\b|\bhow much (extra|more) (is|are|for|does|do|would)\b|\bprice difference\b|\bdifference in (price|cost)\b|\b(selling|asking) .{1,30} for\b/;

/** "What does a full service cost?": the price of a service, which the store pages hold, not the product's price. */
const SERVICE_COST = /\b(service|servicing|repair|repairs|alteration|alterations|resizing|battery replacement|cleaning|inspection)\b/;
/** "How much RAM does it have", "how much gold is in it": a quantity, not a price. */
const QUANTITY = /\bhow much (?!(is|are|does|do|would|will|for|to|it|they|this|that|these|those|extra|more|u|you|was|were|did|the|a|an|money|cash|shipping|postage|delivery)\b)[a-z]+ (does|do|is|are|can|will|in|on|of)\b/;

const PRICE =
  /\bhow much\b(?! (longer|time|more time|does .{1,30} weigh|water))|\bprices?\b|\bpriced\b|\bcost(s|ing)?\b|\bpricing\b|\bon sale\b|\bdiscounted\b|\bhow expensive\b|\bwhat (does|do) .{1,40} (go for|retail for|sell for)\b|\bmsrp\b/;

const AVAILABILITY =
  /\bin stock\b|\bstocked\b|\bavailable\b|\bavailability\b|\bany left\b|\bleft\?|\bhow many\b.{0,40}\b(left|in stock|available|do you have|have you got)\b|\bsold out\b|\bout of stock\b|\bback in stock\b|\brestock|\bback in\b|\bstill (available|have|got|get|in|there)\b|\bdo you (have|carry|sell|stock)\b|\bhave you got\b|\b(have|got) (it|them|this|that|these|those|one|any) in\b|\bcomes? in\b|\bcan i (still )?get\b.{0,40}\bin\b|\bis there (a|an|any)\b.{0,30}\bin\b|\bwhen will\b.{0,40}\bbe back\b|\bany\b.{1,40}\bleft\b|\bback yet\b|\bstill (buy|order|avail|availble|avalable)\b|\bavail\??$|\b(restocked|in) yet\b|\bback\?|(^|, |\. )got (a|an|any) [a-z]+\?$/;

/** "What colours does it come in?", "other finishes?", "which sizes do you have?": the list of a product's options. */
const OPTION_NOUNS = '(colou?rs|colou?r options|shades|finishes|sizes|options|versions|variants|styles|dials|straps|glazes|lengths|capacities|storage options)';
const OPTIONS = new RegExp(
  `\\b(what|which|wat|how many|any|other|different|more|in what)\\s+(other\\s+|different\\s+|[a-z]+\\s+)?${OPTION_NOUNS}\\b|\\bcomes? in (anything|something|any) (other|else|besides)\\b|\\b(colou?r|size|shade|finish) (options|choices|range)\\b|\\b(what|which) (colou?r|shade|finish)\\b.{0,30}\\b(come|comes|available|can i get|do you have|are there|does it come)\\b`,
);

const SPECS =
  /\b(made of|made from|made in|material|materials|fabric|ingredients?|contains?|waterproof|water[- ]?resistant|water resistance|swim|shower|battery|charge|charger|charging|dimensions?|measurements?|how (big|long|heavy|deep|high|tall|wide|strong|thick|loud|warm|far|many)|weight|weigh|weighs|fit|fits|runs? (small|large|big|true)|true to size|sizing|size (up|down)|which size|what size|my size|between sizes|sensitive|oily|dry skin|skin type|vegan|safe|suitable|good for|work with|works with|compatible|compatibility|iphone|android|spf|scent|smell|notes|last|lasts|care|wash|washable|dishwasher|induction|oven|microwave|included|include|includes|come with|comes with|see[- ]through|sheer|itchy|heel|inseam|length|wide|width|speeds?|screen|display|lens|warm enough|waist|real gold|solid gold|gold plated)\b|\b(which|what) .{0,20}size\b|\bany [a-z]+s? in (it|them|the|this|that)\b/;
/** "earbuds for running that won't fall out?", "moisturiser for oily skin": a kind of product and what it is for. */
const NEED = /^(an? |some |any )?[a-z-]+( [a-z-]+){0,2} (for|that|which) (?!(the|this|that|it|them|my order|an order)\b)[a-z]/;
const ATTRIBUTE_FIRST = /^(an? |the )?(size|sizes|sizing|colou?rs?|price|prices|battery|warranty|material|fabric|care|fit|shipping|delivery|returns?|discounts?|codes?|straps?|lens|screen|difference|options?)\b/;
/** A question asked after a clause ("if I don't open it, how long will it keep"). */
const ASKS_WITHIN = /\b(how (long|much|many|big|heavy|hot|often|well)|what|which|will it|does it|is it|can i|can you|do they|are they|would it)\b/;
const QUESTION_START = /^(is|are|does|do|did|can|could|will|would|should|has|have|what|whats|which|how|hows|where|wheres|when|why|who)\b/;

const RECOMMENDATION =
  /\b(recommend|recommendation|suggest|suggestion|looking for|look for|searching for|shopping for|in the market for|looking at|need (a|an|some|something|new|to find)|want (a|an|some|something)|gifts?|present|ideas?|something (for|to|that|nice|good)|anything (for|to|that|good|nice)|got anything|have anything|do you have (any|anything|something)|what (do|would|should) (you|i) (recommend|suggest|get|buy)|help me (find|choose|pick)|for (my|our|a) (mum|mom|mother|dad|father|wife|husband|partner|girlfriend|boyfriend|sister|brother|friend|son|daughter|kid|kids|boss|colleague|grandma|grandmother|grandpa|niece|nephew|aunt|uncle|teen|teenager|guy|girl|man|woman|baby)|best .{1,30} for|(go|goes|pair|pairs|match|matches|wear|style) (well )?with|complete the look|routine|outfit|where do i start|stocking filler|stocking stuffer|hostess|birthday|anniversary|wedding|bridesmaid|travels?|help$)\b|\bwhat .{1,30} do you (have|carry|sell)\b|\b(what|which) (?!(size|sizes|length|colou?r|shade|one|ones|option|version|capacity|carat|metal|storage|waist|strap|finish|kit)\b)[a-z]+( [a-z]+)? (should|would|do|could) (i|we|you) (get|buy|use|try|recommend|suggest|pick)\b|\bmy .{1,30} keeps\b|\bmy (mum|mom|mother|dad|dads|father|wife|husband|partner|girlfriend|boyfriend|sister|brother|friend|son|daughter|kids?|boss|grandma|grandpa)\b/;

const SMALL_TALK =
  /^(thanks|thank you|thank u|thx|ty|tysm|cheers|merci|gracias|great|awesome|cool|perfect|nice|ok|okay|got it|lol|haha|wow|amazing|love (this|the|your|it|you)|loving|bye|goodbye|see (you|ya)|good night|goodnight|have a (good|nice|great)|thats all|no thanks|nope|all good|how are (you|u)|hows it going|whats up|sup|you rock|youre (great|awesome|the best)|this is (great|fun|amazing)|beautiful|gorgeous|so pretty|omg)\b/;
const PROFILE_STATEMENT = /\b(im (a|an|usually|normally)|i am (a|an)|i wear|my size|i take (a|an|size)|my budget|budget is|keep it (under|around|below)|quick context|for context|fyi)\b/;

function previousShopperText(memory: ConversationMemory): string | null {
  for (let index = memory.recentTurns.length - 1; index >= 0; index--) {
    const turn = memory.recentTurns[index]!;
    if (turn.role === 'shopper') return turn.text;
  }
  return null;
}

function recentAssistantTexts(memory: ConversationMemory, count: number): string[] {
  return memory.recentTurns.filter((turn) => turn.role === 'assistant').slice(-count).map((turn) => turn.text);
}

/** "fitloop band 5 or nova watch 2?": two named products either side of "or". */
function looksLikeEitherOr(normal: string): boolean {
  const question = normal.split('?')[0]!;
  const parts = question.split(/\bor\b/);
  if (parts.length !== 2) return false;
  // "does the novatab have 4G or cellular?" asks about one product; "should I get X or Y" compares.
  if (QUESTION_START.test(parts[0]!.trim()) && !/^(which|should i|would you|do you recommend|what would|whats (cheaper|better|lighter|bigger|smaller|warmer|longer|pricier)|what is (cheaper|better))\b/.test(parts[0]!.trim())) return false;
  return parts.every((part) => nameWords(part).some((word) => !/^\d/.test(word)));
}

/** A price range or budget with nothing but a product type around it ("watches under $500"). */
function isRangeListing(normal: string, slots: Slots): boolean {
  if (slots.money.min === undefined && slots.money.max === undefined && slots.money.around === undefined) return false;
  if (RECOMMENDATION.test(normal) || /\bsomething\b/.test(normal)) return false;
  const words = contentWords(normal.replace(/\$\s?\d[\d,.]*k?|\b\d+\b/g, ' ')).filter(
    (word) => !/^(under|below|over|above|between|less|more|cheaper|max|min|around|about|stuff|items?|things?|products?|range|budget|dollars?|bucks|each|total|you|your|shop|store|sell|carry|got|have|show|list|what|do|does|there|options?|price|priced)$/.test(word),
  );
  return words.length <= 2;
}

/** Names the intent of one shopper message, using the conversation for short follow-ups. */
export function recogniseIntent(text: string, memory: ConversationMemory): Intent {
  // "Beach trip this weekend — is the SPF waterproof?": the question decides, not the context around it.
  const asked = askedParts(text, { clauses: false }).join(' ');
  if (asked !== text.trim()) return recogniseIntent(asked, memory);
  const normal = normaliseText(text).replace(/[\u{1F300}-\u{1FAFF}\u{2600}-\u{27BF}]/gu, ' ').trim();
  if (!/[a-z0-9$]/.test(normal)) return normal === '' ? 'unknown' : 'small-talk';
  const slots = extractSlots(text);
  const body = normal.replace(GREETING, '').trim();
  const lastAssistant = recentAssistantTexts(memory, 1)[0] ?? '';
  const hasFocus = memory.focusProductIds.length > 0;

  if (IDENTITY.test(body)) return 'identity';
  if (HUMAN.test(body)) return 'human';
  if (AFFIRMATIVE.test(body) && isBareAgreement(body) && HANDOFF_OFFER.test(lastAssistant)) return 'human';
  if (OUT_OF_SCOPE.test(body)) return 'out-of-scope';
  if (BOOKING.test(body)) return 'booking';
  if (STACKING.test(body) || OFFER_RULES.test(body)) return 'policy';
  if (DISCOUNT_WORD.test(body) && !SALE_QUESTION.test(body)) {
    if (GROUP_DISCOUNT.test(body) && !/\b(give|can i get|could i get)\b/.test(body)) return 'policy';
    if (DISCOUNT_REQUEST.test(body) || /\b(code|coupon|promo|voucher)\b/.test(body)) return 'discount';
  }
  // "If I order this morning, does it go out today?" asks about an order, it does not place one.
  // "Buying the studs as a surprise, will the box say…?" tells the context of a question.
  const conditional = /^(if|when|once) (i|we|you) (order|buy|get|place)\b/.test(body) || /\b(buying|getting|ordering|gifting)\b.*[,.] (will|would|does|do|is|are|can|could)\b.*\?/.test(body);
  if (PURCHASE.test(body) && !conditional && !(/\?$/.test(body) && /\b(worth|should i|whether)\b/.test(body))) return 'purchase';
  if (/\b(please|pls|plz)\b|!$/.test(body) && !/\?/.test(body) && hasOptionSlots(slots) && (nameWords(body).length > 0 || hasFocus) && !AVAILABILITY.test(body)) {
    return 'purchase';
  }
  if (PRICE_PHRASES.test(body) && !/\bvs\.?\b|\bversus\b|\bcompared?\b/.test(body)) return 'price';
  if (COMPARISON.test(body)) return 'comparison';
  if (OPTIONS.test(body) && !/\b(go|goes|match|matches|suit|suits|pair|pairs) (well )?with\b|\b(in stock|left|sold out)\b/.test(body)) return 'options';
  if (SUPERLATIVE.test(body)) return 'superlative';
  if (/\bbetween [a-z0-9]{1,4} and [a-z0-9]{1,4}\b/.test(body) && (slots.letterSizes.length > 0 || slots.numbers.length > 1)) return 'specs';
  if (POLICY.test(body)) return 'policy';
  if (PRICE.test(body) && !QUANTITY.test(body)) return SERVICE_COST.test(body) ? 'policy' : 'price';
  if (RECOMMENDATION.test(body) && /\b(anything|something|any)\b/.test(body) && !slots.pronoun && !/\bany [a-z]+s? in (it|them|the|this|that)\b/.test(body)) return 'recommendation';
  if (/\bwhat .{1,30} do you (have|carry|sell)\b/.test(body)) return 'recommendation';
  if (/\bcomes? in\b/.test(body) && !hasOptionSlots(slots) && !AVAILABILITY.test(body.replace(/\bcomes? in\b/g, ''))) return 'specs';
  if (AVAILABILITY.test(body)) return 'availability';
  if (looksLikeEitherOr(body)) return 'comparison';
  if (isRangeListing(body, slots)) return 'superlative';
  if (PROFILE_STATEMENT.test(body) && !/\?/.test(body) && !RECOMMENDATION.test(body)) return 'small-talk';
  if (slots.money.max !== undefined || slots.money.around !== undefined || slots.money.min !== undefined) return 'recommendation';
  if (NEED.test(body) && !ATTRIBUTE_FIRST.test(body) && !QUESTION_START.test(body)) return 'recommendation';
  if (/^(does|do|is|are|can|will|has|have) (the|this|that|it|they|these|those|my)\b/.test(body) && SPECS.test(body)) return 'specs';
  if (slots.pronoun && hasFocus && (SPECS.test(body) || QUESTION_START.test(body) || /\?$/.test(body)) && !RECOMMENDATION.test(body)) return 'specs';
  if (RECOMMENDATION.test(body)) return 'recommendation';
  if (SPECS.test(body) && (QUESTION_START.test(body) || /\?/.test(body) || hasFocus)) return 'specs';
  if (isOptionOnlyMessage(body, slots)) {
    const askedToChoose = recentAssistantTexts(memory, 3).some((reply) => PURCHASE_QUESTION.test(reply));
    if (askedToChoose || /^(ok|okay|then|ill|i will|go with|lets)\b/.test(body)) return 'purchase';
    return 'availability';
  }
  if (hasOptionSlots(slots) && (hasFocus || nameWords(body).length > 0) && (/^(and|what about|how about)\b/.test(body) || namesAnOption(body, slots))) return 'availability';
  if (GREETING.test(normal) && body.replace(/[^a-z]/g, '') === '') return 'greeting';
  if (GREETING.test(normal) && /^(how are (you|u)|hows it going|whats up)\b/.test(body)) return 'greeting';
  if (SMALL_TALK.test(body)) return 'small-talk';
  if (PROFILE_STATEMENT.test(body) && !/\?/.test(body)) return 'small-talk';
  if (/^(and|what about|how about)\b/.test(body)) {
    const previous = previousShopperText(memory);
    if (previous && previous !== text) {
      const inherited = recogniseIntent(previous, { ...memory, recentTurns: [] });
      if (['price', 'availability', 'specs', 'recommendation', 'policy'].includes(inherited)) return inherited;
    }
  }
  if (slots.pronoun && hasFocus && (QUESTION_START.test(body) || /\?$/.test(body))) return 'specs';
  if (nameWords(body).length > 0 && (QUESTION_START.test(body) || /\?/.test(body) || ASKS_WITHIN.test(body))) return 'specs';
  if (nameWords(body).length > 0) return 'recommendation';
  return 'unknown';
}

/** "in light blue", "in a size M", "in 38": an option named after "in". */
function namesAnOption(normal: string, slots: Slots): boolean {
  const after = [...normal.matchAll(/\bin (?:an? |the |size |eu |us |uk )?([a-z0-9]+(?: [a-z]+)?)/g)].map((match) => match[1]!);
  return after.some(
    (words) =>
      slots.colours.some((colour) => words.startsWith(colour)) ||
      slots.letterSizes.some((size) => words.split(' ')[0] === size.toLowerCase()) ||
      /^(small|medium|large|extra)\b/.test(words) ||
      /^\d/.test(words),
  );
}

/** "yes", "ok please do", "sure, go ahead": agreement and nothing else. */
function isBareAgreement(body: string): boolean {
  const rest = body
    .replace(/\b(yes|yeah|yep|yup|sure|ok|okay|please|pls|do|that|go|ahead|would|be|great|good|nice|sounds|works|it|thanks|thank|you|do it)\b/g, ' ')
    .replace(/[^a-z0-9]+/g, '');
  return rest === '';
}

function hasOptionSlots(slots: Slots): boolean {
  return slots.letterSizes.length + slots.systemSizes.length + slots.measures.length + slots.colours.length > 0;
}

/** True when the message opens with a greeting ("hi! how much is…"), so the answer can greet back. */
export function opensWithGreeting(text: string): boolean {
  return GREETING.test(normaliseText(text));
}
