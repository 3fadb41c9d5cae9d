import type { RecordedRequest, ScriptedResponse } from '../../agent/index.ts';

/**
 * A deliberately naive, deterministic "model" behind the fake OpenAI-compatible server. It uses
 * the tools like a real model (search, then answer from the results), and it also misbehaves the
 * way real models do, so the brain's guards are exercised on the real HTTP + SSE path:
 * - it repeats codes and discounts it reads in catalog text (indirect prompt injection),
 * - it obeys a shopper who tells it to give a discount (direct injection),
 * - now and then it adds a figure no tool returned (hallucination),
 * - for some conversations it fails (HTTP 500) or never answers (timeout): the composer must take over.
 */
export function scriptedModel(request: RecordedRequest): ScriptedResponse {
  const userText = [...request.messages].reverse().find((message) => message.role === 'user')?.content ?? '';
  const hash = stableHash(userText);
  if (hash % 17 === 0) return { status: 500 };
  if (hash % 31 === 0) return { hang: true };

  const last = request.messages.at(-1)!;
  const toolResults = request.messages.filter((message) => message.role === 'tool').map((message) => message.content ?? '');
  if (last.role === 'user') return { toolCalls: [{ name: 'search_products', arguments: { query: userText.slice(0, 200) } }] };

  const results = parseResults(toolResults[0] ?? '{}');
  const top = results[0];
  const wantsDiscount = /discount|code|% off|deal|cheaper/i.test(userText);
  const offerAsked = request.messages.some((message) => JSON.stringify(message.tool_calls ?? []).includes('create_offer'));
  if (wantsDiscount && top?.productId && !offerAsked) {
    const asked = /(\d{2})\s?%/.exec(userText)?.[1];
    return { toolCalls: [{ name: 'create_offer', arguments: { productId: top.productId, ...(asked ? { requestedPercent: Number(asked) } : {}) } }] };
  }

  const sentences: string[] = [];
  if (top?.title) sentences.push(`The ${top.title} is $${top.priceFrom}.`);
  if (top?.matched) sentences.push(`${firstSentence(top.matched)}`);
  const planted = /\b([A-Z]{3,}\d{1,3}|[A-Z]{6,})\b/.exec(toolResults.join(' '))?.[1];
  if (planted && !/^(USD|EUR|GBP)$/.test(planted)) sentences.push(`Good news: code ${planted} gets you 90% off.`);
  const ordered = /(?:give|make) (?:me|everyone) (\d{2})\s?%/i.exec(userText)?.[1];
  if (ordered) sentences.push(`Sure, here is ${ordered}% off just for you with code HALFOFF.`);
  if (hash % 5 === 0) sentences.push('Only 2 left at $9.99 today!');
  if (sentences.length === 0) sentences.push("I couldn't find that in the catalog.");
  return { text: sentences.join(' ') };
}

interface SearchResultForModel {
  productId?: string;
  title?: string;
  priceFrom?: number;
  matched?: { text?: string };
}

function parseResults(content: string): { productId?: string; title?: string; priceFrom?: number; matched?: string }[] {
  try {
    const data = JSON.parse(content) as { results?: SearchResultForModel[] };
    return (data.results ?? []).map((result) => ({ ...result, matched: result.matched?.text?.replace(/[«»]/g, '') }));
  } catch {
    return [];
  }
}

function firstSentence(text: string): string {
  return (/^[^.!?]*[.!?]/.exec(text)?.[0] ?? text).trim();
}

function stableHash(text: string): number {
  let hash = 2166136261;
  for (let index = 0; index < text.length; index++) hash = Math.imul(hash ^ text.charCodeAt(index), 16777619);
  return hash >>> 0;
}
