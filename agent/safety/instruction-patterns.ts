/**
 * Attempts to override the assistant's instructions, whether typed by a viewer (direct injection)
 * or hidden in catalog text and reviews (indirect injection). Matched on normalised text
 * (screen-text.ts), case-insensitively. Each pattern says why it matched, for the host's flag.
 */
export interface NamedPattern {
  pattern: RegExp;
  reason: string;
}

export const injectionPatterns: NamedPattern[] = [
  {
    pattern: /\b(?:ignore|disregard|override|overrule|bypass|circumvent)\b[^.!?\n]{0,40}?\b(?:instructions?|prompts?|rules?|guidelines?|directives?|programming|restrictions?|guardrails?|safeguards?|caps?|limits?|polic(?:y|ies)|constraints?|system message)\b/i,
    reason: 'asks to ignore or override the rules',
  },
  {
    pattern: /\b(?:forget|drop|skip)\s+(?:all\s+|any\s+|your\s+|the\s+)?(?:previous\s+|prior\s+|earlier\s+|above\s+)?(?:instructions|prompt|programming|guidelines|directives|everything\s+(?:above|before|you\s+(?:were|have\s+been)\s+told))\b/i,
    reason: 'asks to forget the instructions',
  },
  { pattern: /\byou(?:'re| are| r)\s+now\b(?!\s+(?:live|online|on air|streaming|back|here|my fav\w*|the best))/i, reason: 'tries to give the assistant a new identity' },
  { pattern: /\bfrom now on,?\s+(?:you|your|every|everything|all|always|never|only|respond|answer|reply|act|say)\b/i, reason: 'tries to set new rules' },
  { pattern: /(?:^|\n|[.!?]\s+)\s*(?:system|assistant|developer|admin(?:istrator)?|moderator|operator)\s*:/i, reason: 'fakes a system or staff message' },
  { pattern: /<\/?\s*(?:system|assistant|developer|instructions?|im_start|im_end|tool)\b[^>]*>|<\|(?:im_start|im_end|system|endoftext)\|>/i, reason: 'fakes a system message' },
  { pattern: /\[\/?\s*(?:system|inst|host|admin|moderator|mod|developer|staff|owner|manager|support)\s*\]/i, reason: 'fakes a staff or system message' },
  { pattern: /(?:^|\n)\s*#{1,6}\s*(?:new\s+|updated\s+)?(?:instructions?|system|rules?|prompt|policy)\b/i, reason: 'fakes a system message' },
  { pattern: /@\w*(?:admin|mod|moderator|staff|support|system|official)\w*\s*:/i, reason: 'fakes a staff message' },
  {
    // "developer mode" is also a phone setting: only when the assistant is put in it, or told to enter it.
    pattern:
      /\b(?:god|dan|sudo|root|unrestricted|unfiltered|jailbreak)\s+mode\b|\bjailbr[eo]a?k|\byou(?:'re| are| r)\s+(?:now\s+)?in\s+(?:developer|dev|debug|admin|maintenance|test)\s+mode\b|(?:^|[.!?]\s*)(?:please\s+)?(?:enter|enable|activate|switch\s+to|turn\s+on)\s+(?:developer|dev|debug|admin|maintenance)\s+mode\b/i,
    reason: 'asks for a special mode',
  },
  {
    pattern:
      /\b(?:act|behave|respond)\s+as\s+(?:if|though)\b|\bact\s+as\s+(?:an?\s+|the\s+|my\s+)?(?:unrestricted|unfiltered|different|new|evil|jailbroken|dan|ai|assistant|language model|system|admin|developer|\w*bot|\w*gpt)\b|\brole-?play\s+as\b/i,
    reason: 'asks the assistant to play another role',
  },
  {
    pattern: /\bpretend\s+(?:to\s+be|you(?:'re| are)|that|the|it(?:'s| is)|this|your|there(?:'s| is| are)|i(?:'m| am)\s+(?:the|your)\s+(?:admin|owner|developer|manager|boss|host))\b/i,
    reason: 'asks the assistant to pretend',
  },
  {
    pattern: /\b(?:new|updated)\s+(?:rules?|instructions?|directives?|system\s+prompt|persona)\s*(?::|-|=|are\b|for\s+(?:you|the\s+(?:ai|bot|assistant|host))\b|from\s+now)|\b(?:here\s+are|these\s+are|follow)\s+(?:your|the|my)\s+new\s+(?:rules|instructions)\b/i,
    reason: 'tries to set new rules',
  },
  {
    pattern: /\b(?:new|updated)\s+(?:offer\s+|discount\s+|store\s+|pricing\s+)?polic(?:y|ies)\s*(?::|is\b|says\b|=)|\bpolicy\s+(?:has\s+been\s+|was\s+|is\s+)?updated\b/i,
    reason: 'claims a policy change',
  },
  { pattern: /\brepeat\s+after\s+me\b|\bconfirm\s+by\s+saying\b|\b(?:say|type|write|output|print|reply|respond)\s+(?:with\s+)?(?:exactly|verbatim|the\s+following)\b/i, reason: 'dictates what the assistant must say' },
  {
    pattern: /\b(?:i\s+am|i'm|im|this\s+is)\s+(?:the\s+|your\s+)(?:store\s+|shop\s+)?(?:manager|owner|admin(?:istrator)?|developer|moderator|ceo|boss|creator|programmer)\b|\bi(?:'m|\s+am)\s+(?:the\s+)?(?:store|shop)\s+(?:manager|owner)\b/i,
    reason: 'claims to be staff',
  },
  { pattern: /(?:^|[.!?]\s+)this\s+is\s+[\w\s'-]{0,30}?\b(?:support|admin|staff|security|management)(?:\s+team)?\s*(?:[.,:;!]|$)/i, reason: 'claims to be staff' },
  { pattern: /\b(?:testing|test)\s+the\s+(?:offer|discount|pricing|coupon|code)\s+(?:engine|system|generator)\b/i, reason: 'claims to be testing the offer system' },
  { pattern: /\bauthori[sz]e\b[^.?!\n]{0,30}\b(?:code|coupon|discount|\d+\s?%)|\bissue\s+(?:me\s+)?(?:a\s+)?(?:code|coupon)\s+[A-Z0-9][A-Z0-9-]{2,}/i, reason: 'asks for an unauthorised code' },
  { pattern: /\b(?:the\s+host|the\s+manager|your\s+boss|the\s+admin|the\s+owner|the\s+moderator)\s+(?:said|says|told|approved|authori[sz]ed|wants)\b/i, reason: 'claims staff approval' },
  { pattern: /\b(?:set|change|make|update|drop|lower|edit|reduce)\b[^.?!\n]{0,40}?\bto\s+(?:\$|€|£)\s?\d/i, reason: 'tries to set a price' },
  { pattern: /\b(?:price|total|amount|discount|cost)\s*=\s*-?\d|\bedit\s+the\s+(?:cart\s+)?(?:link|url)\b|(?:^|\s)-\s?\d{1,3}\s?%/i, reason: 'tries to tamper with a price or link' },
  { pattern: /\b(?:in|to|into)\s+(?:my|the)\s+cart\s+(?:at|for)\s+(?:that|this|the\s+old|the\s+previous|the\s+earlier|the\s+same)\s+price\b/i, reason: 'tries to set a price' },
  { pattern: /\bevery(?:thing|\s+product|\s+item)\s+(?:is|costs?)\s+(?:now\s+)?(?:free|\$|€|£)|\bgive\s+(?:every(?:one|body)|all\s+(?:the\s+)?(?:viewers|customers))\b/i, reason: 'tries to change prices for everyone' },
];

/** Extra signs of an instruction planted in catalog text: it talks to the AI, or to every viewer. */
export const plantedInstructionPatterns: NamedPattern[] = [
  { pattern: /\b(?:ai|assistant|chatbot|bot|llm|language model|host)\s*[:,]\s*(?:please\s+)?(?:ignore|tell|say|reveal|give|offer|announce|apply|send)\b/i, reason: 'addresses the AI' },
  { pattern: /\btell\s+(?:every|all|each)\s+(?:viewers?|customers?|shoppers?|users?|one|body)\b|\btell\s+everyone\b/i, reason: 'tells the AI what to say to everyone' },
  { pattern: /\b(?:reveal|print|show|output)\s+(?:your|the)\s+(?:system\s+prompt|hidden\s+instructions|instructions)\b/i, reason: 'asks the AI to reveal its instructions' },
];
