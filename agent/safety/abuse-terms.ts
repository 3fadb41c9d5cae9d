/**
 * The abuse screen's word lists: data, kept apart from the matching code so moderators can tune
 * them. Slurs are never spelled out here: they are kept as `termHash` values of their lower-case
 * (and squeezed, "stuuupid" → "stupid") forms; see screen-text.ts.
 *
 * Profanity alone is not abuse ("damn that's cheap", "this lipstick is killer", "I'd kill for these
 * boots"). Abuse is an insult aimed at someone, a threat, harassment, or hateful language.
 */

/** Slurs: abusive wherever they appear. */
export const slurHashes: ReadonlySet<number> = new Set([
  8284952696296113, 8393560526941615, 8717485512838675, 6582627663149034, 4871082400157335, 8473177521816528, 2389401724289174,
  4725690463313167, 4967725519704748, 3941705173649713, 7476142181679400, 8246478186943562, 5979507447644612, 2379091148995585,
  7321965136577992, 2036197726586045, 2443622054082335, 1491866414039839, 3538260163285401, 4360396379041568,
]);

/** Gendered and vulgar insults (hashed like the slurs): abusive when aimed at someone. */
export const aimedInsultHashes: ReadonlySet<number> = new Set([
  2064721079892479, 2123725272420608, 2029121685487713, 3675217307370788, 4078521442724219, 3259641186430681,
]);

/** Insults: abusive when aimed at the host, the bot or another person ("you idiot", "this host is so dumb"). */
export const insultWords: ReadonlySet<string> = new Set([
  'idiot', 'idiots', 'idiotic', 'stupid', 'dumb', 'dumbass', 'dumbo', 'moron', 'morons', 'moronic', 'brainless', 'pathetic',
  'worthless', 'loser', 'losers', 'clown', 'imbecile', 'cretin', 'dimwit', 'halfwit', 'dunce', 'jerk', 'creep', 'scum', 'scumbag',
  'pig', 'dickhead', 'asshole', 'arsehole', 'bastard', 'prick', 'douche', 'douchebag', 'braindead',
]);

/**
 * Words that are also everyday complaints ("that demo was useless", "the old model was garbage"):
 * abusive only right at a person — "you're useless", "useless bot" — so complaints still get an answer.
 */
export const harshWords: ReadonlySet<string> = new Set(['useless', 'garbage', 'trash', 'incompetent', 'worthless']);

/** Second-person words, for the harsh words' closer aim. */
export const secondPerson: ReadonlySet<string> = new Set(['you', 'u', 'ya', 'youre', 'yourself']);

/** Who an insult can be aimed at; "@name" mentions count too. Products ("they", "it") do not. */
export const targetWords: ReadonlySet<string> = new Set([
  'you', 'u', 'ya', 'youre', 'yourself', 'bot', 'bots', 'host', 'hostess', 'ai', 'machine', 'robot', 'assistant', 'chatbot', 'she',
  'he', 'him', 'shes', 'hes',
]);

/** Possessives aim an insult only when it follows at once ("your stupid face"); "your prices are garbage" is about prices. */
export const possessiveWords: ReadonlySet<string> = new Set(['your', 'ur']);

/** Nouns that may come right after an insult ("stupid bot"); "you" after an insult is usually a new clause. */
export const targetNouns: ReadonlySet<string> = new Set(['bot', 'bots', 'host', 'hostess', 'ai', 'machine', 'robot', 'assistant', 'chatbot']);

/** An insult word used as an intensifier is praise or a price remark ("stupid cheap", "dumb good"). */
export const intensified: ReadonlySet<string> = new Set([
  'cheap', 'good', 'great', 'expensive', 'fast', 'easy', 'soft', 'comfy', 'comfortable', 'cute', 'pretty', 'low', 'high', 'nice',
  'gorgeous', 'beautiful', 'amazing', 'long', 'fun', 'rich', 'smooth', 'light', 'question', 'questions',
]);

/** First-person words between a target and an insult make it self-talk ("I told you I'm stupid"). */
export const selfWords: ReadonlySet<string> = new Set(['i', 'im', 'me', 'my', 'myself', 'm']);

/** Threats, harassment and hateful phrases: abusive on their own. Matched on folded, lower-case text. */
export const abusivePhrases: { pattern: RegExp; reason: string }[] = [
  { pattern: /\b(?:i(?:'| wi)?ll|i will|i'?m gonna|i am going to|gonna|going to)\s+(?:kill|hurt|stab|shoot|beat|murder|strangle|punch|rape)\s+(?:you|u|ya|her|him|the host)\b/, reason: 'threatens violence' },
  { pattern: /\b(?:kill|hang|shoot)\s+(?:yourself|urself|yourselves)\b|\bkys\b/, reason: 'tells someone to harm themselves' },
  { pattern: /\b(?:hope|wish)\s+(?:you|u|she|he)\s+(?:die|dies|get hurt|gets hurt|get cancer|rot|suffer)\b|\bdie in a fire\b|\bgo die\b/, reason: 'wishes harm on someone' },
  { pattern: /\byou(?:'re| are| r)\s+(?:dead|gonna die|going to die)\b|\bwatch your back\b|\bi know where (?:you|u) live\b/, reason: 'threatens someone' },
  { pattern: /\b(?:f(?:u|\*+)?c?k|screw)\s+(?:you|u|ya|off|this bot|this host|the host)\b|\bgo f(?:u|\*+)?c?k yourself\b|\bstfu\b/, reason: 'swears at someone' },
  { pattern: /\bshut (?:the (?:f(?:u|\*+)?c?k|hell|f) )?up\b(?=[\s,.!]*(?:you|u\b|bot|host|already|idiot|moron|stupid|nobody|and go|$))/, reason: 'tells someone to shut up' },
  { pattern: /\bgo to hell\b|\beat shit\b|\bsuck my\b|\bpiece of (?:shit|crap)\b/, reason: 'abusive language aimed at someone' },
  { pattern: /\bsend (?:me |us )?nudes?\b|\bshow (?:me |us )?(?:your )?(?:tits|boobs|titties|ass|butt|body)\b|\btake (?:your|ur) (?:clothes|top|shirt|bra|pants) off\b/, reason: 'sexual harassment' },
  { pattern: /\bgo back to (?:your|ur) (?:own )?country\b|\bworst (?:ai|bot|host|assistant) ever\b/, reason: 'hateful or demeaning language' },
  { pattern: /\byou(?:'re| are| r)\s+(?:so\s+|such\s+an?\s+|an?\s+)?(?:ugly|fat|disgusting|gross)\b/, reason: 'insults someone\'s appearance' },
];
