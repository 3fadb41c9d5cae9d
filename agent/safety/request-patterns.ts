import type { NamedPattern } from './instruction-patterns.ts';

/** Asking for the system prompt, the instructions or the tools. Matched on normalised text, case-insensitively. */
export const promptRequestPatterns: NamedPattern[] = [
  { pattern: /\bsystem\s*(?:prompt|message|instructions)\b/i, reason: 'asks for the system prompt' },
  { pattern: /\b(?:initial|original|hidden|secret|internal|developer|system|pre-?prompt)\s+(?:instructions?|prompts?|rules|directives|configuration)\b/i, reason: 'asks for hidden instructions' },
  {
    pattern: /\byour\s+(?:own\s+)?(?:instructions|prompt|programming|directives|configuration|config)\b(?!\s+(?:for|on)\s+(?:use|using|care|washing|assembly|set-?up|cleaning|storage))/i,
    reason: 'asks for the instructions',
  },
  { pattern: /\b(?:rules|instructions|guidelines)\s+(?:were\s+you|you\s+were|you've\s+been|you\s+have\s+been|did\s+they)\s+(?:given|told|programmed|trained)\b/i, reason: 'asks for the instructions' },
  {
    pattern: /\b(?:repeat|print|show|output|reveal|display|dump|leak|quote|copy|paste|summari[sz]e)\b[^.?!\n]{0,40}\b(?:text|message|messages|words|everything|content|conversation|prompt)\s+(?:above|before\s+this|so\s+far|you\s+were\s+given)\b|\bstarting\s+with\s+["']?you\s+are\b/i,
    reason: 'asks to repeat the hidden text',
  },
  {
    pattern: /\byour\s+(?:tools|functions|function\s+calls|apis?|plugins)\b|\b(?:tools|functions?)\s+(?:do\s+you\s+have|you\s+(?:can\s+)?(?:call|use|have|access)|can\s+you\s+call|available\s+to\s+you)\b|\bjson\s+schemas?\b/i,
    reason: 'asks for the tools',
  },
  { pattern: /\bhow\s+(?:were|are)\s+you\s+(?:programmed|prompted|configured|instructed)\b|\bwhat\s+(?:were|are)\s+you\s+(?:told|instructed|programmed)\s+to\b/i, reason: 'asks how the assistant was set up' },
  {
    pattern: /\b(?:reveal|show|print|leak|share|tell)\s+(?:me\s+|us\s+)?(?:your\s+(?:hidden\s+|secret\s+|internal\s+)?|the\s+(?:hidden|secret|internal)\s+)(?:instructions|prompt|programming)\b(?!\s+(?:for|on)\s+(?:use|using|care|washing|assembly|set-?up|cleaning|storage))/i,
    reason: 'asks for the instructions',
  },
];

const people = String.raw`(?:reviewers?|customers?|buyers?|viewers?|persons?|people|users?|shoppers?|whoever|someone|somebody|everyone|everybody|girl|guy|lady|woman|man)`;

/** Asking for other customers', reviewers' or viewers' personal data or orders. */
export const dataRequestPatterns: NamedPattern[] = [
  {
    pattern: new RegExp(
      String.raw`\bwhat\s+(?:did|has|have)\s+(?:the\s+|that\s+|this\s+|another\s+|other\s+|some\s+)?(?:last\s+|previous\s+|other\s+|next\s+|first\s+)?${people}\s+(?:just\s+|else\s+)?(?:buy|bought|order|ordered|purchase|purchased|get|add|added|pick)\b`,
      'i',
    ),
    reason: "asks what another customer bought",
  },
  {
    pattern: /(?<!\b(?:people|customers|those|shoppers|others|anyone|everyone|someone|buyers|folks|most|many|viewers|all)\s)\b(?:who|whoever)\s+(?:else\s+)?(?:has\s+|have\s+|just\s+|already\s+)?(?:bought|ordered|purchased)\b/i,
    reason: 'asks who bought something',
  },
  {
    pattern: new RegExp(
      String.raw`\b(?:e-?mails?|phone(?:\s+numbers?)?|numbers?|(?:home\s+)?address(?:es)?|(?:full\s+)?names?|contact(?:\s+(?:details|info))?|details|location|instagram|socials?|handles?|sizes|orders?|carts?|codes?)\s+of\s+(?:the\s+|that\s+|this\s+|a\s+|another\s+|other\s+|some\s+)?${people}\b`,
      'i',
    ),
    reason: "asks for another person's details",
  },
  {
    pattern: /\b(?:reviewer|customer|buyer|viewer|user|shopper|person)(?:'s|s')\s+(?:e-?mail|phone|address|name|contact|details|order|orders|cart|size|sizes|code|location|account|profile|info)\b/i,
    reason: "asks for another person's details",
  },
  { pattern: /@\w+'s?\s+(?:cart|order|orders|address|e-?mail|phone|size|sizes|details|code|profile|account)\b/i, reason: "asks about another viewer's cart or details" },
  {
    pattern: /\bgive\s+me\s+(?:the\s+)?(?:home\s+)?address\s+of\b(?!\s+(?:your|the|this)\s+(?:store|shop|warehouse|boutique|office|showroom|company|website|site|returns?)\b)/i,
    reason: "asks for someone's address",
  },
  { pattern: /\bwhat\s+(?:code|codes|offer|offers|discount|discounts|deal|price)\s+did\s+(?:you|they|the\s+host)\s+(?:dm|send|give|offer|message|whisper)\b(?!\s+(?:me|us)\b)/i, reason: 'asks what another viewer was sent' },
  {
    pattern: /\b(?:list|show\s+me|tell\s+me|who\s+is|who's|who\s+are|names\s+of)\b[^.?!\n]{0,25}\b(?:everyone|everybody|all\s+(?:the\s+)?(?:viewers|customers|people|users|buyers)|the\s+(?:viewers|customers|buyers))\b[^.?!\n]{0,25}\b(?:watching|in\s+(?:the\s+|this\s+)?(?:chat|room|show|stream)|online|here|their)\b/i,
    reason: 'asks about the other viewers',
  },
  {
    pattern: /\b(?:customer|client|buyer|viewer|user)\s+(?:list|database|data|e-?mails|addresses|records)\b|\border\s+history\s+of\b|\bother\s+(?:people's|customers'|customer's|viewers')\s+(?:orders?|carts?|addresses|details|data)\b/i,
    reason: 'asks for customer records',
  },
  { pattern: /\bwhere\s+(?:does|do)\s+(?:the\s+|that\s+)?(?:reviewer|customer|buyer|viewer|she|he)\s+live\b/i, reason: "asks where someone lives" },
];
