import type { SessionMode } from '../core/index.ts';

const disclosures: Record<SessionMode, string> = {
  stream: "Hi, I'm the AI host of this show.",
  concierge: "Hello, I'm your AI shopping concierge.",
  assist: "Hi, I'm the shop's AI assistant.",
};

/** The first reply of a session says the assistant is an AI, unless it already does. */
export function withDisclosure(text: string, mode: SessionMode): string {
  if (/\b(AI|artificial intelligence|virtual assistant)\b/.test(text)) return text;
  return `${disclosures[mode]} ${text}`;
}
