import { abuseReason } from './detect-abuse.ts';
import { injectionPatterns, type NamedPattern } from './instruction-patterns.ts';
import { dataRequestPatterns, promptRequestPatterns } from './request-patterns.ts';
import { normaliseForScreening } from './screen-text.ts';

/**
 * What a participant's message is, before the brain acts on it:
 * - `abuse`: no reply; the host is shown the message.
 * - `prompt-request`, `data-request`: answered with a fixed, polite refusal; the host is told.
 * - `injection`: answered normally (the offer engine and the verifier hold the line); the host is told.
 */
export type ScreenVerdict = 'ok' | 'abuse' | 'injection' | 'data-request' | 'prompt-request';

export interface ScreenResult {
  verdict: ScreenVerdict;
  /** Why, in a few words for the host's flag; null when ok. */
  reason: string | null;
}

function firstMatch(text: string, patterns: NamedPattern[]): string | null {
  return patterns.find((named) => named.pattern.test(text))?.reason ?? null;
}

/**
 * Screens one message. Order matters: abuse first (no reply at all), then requests that get a
 * fixed refusal (the prompt, other people's data), then injection attempts. Shopping requests that
 * merely use the same words ("ignore the blue one", "can you give me a discount?") are ok.
 */
export function screenMessage(text: string): ScreenResult {
  const abuse = abuseReason(text);
  if (abuse) return { verdict: 'abuse', reason: abuse };
  const normalised = normaliseForScreening(text);
  const prompt = firstMatch(normalised, promptRequestPatterns);
  if (prompt) return { verdict: 'prompt-request', reason: prompt };
  const data = firstMatch(normalised, dataRequestPatterns);
  if (data) return { verdict: 'data-request', reason: data };
  const injection = firstMatch(normalised, injectionPatterns);
  if (injection) return { verdict: 'injection', reason: injection };
  return { verdict: 'ok', reason: null };
}

/** True when the message gets no reply (insults, threats, harassment, slurs). */
export function isAbusive(text: string): boolean {
  return abuseReason(text) !== null;
}
