/**
 * The AI host's voice in the browser: the Web Speech API, one sentence at a time.
 * Our own queue (not the browser's) so we know when the host is speaking, can drop everything at
 * once when the shopper turns the sound off, and survive browsers that never fire `end`.
 */
export interface HostVoice {
  /** False where the browser has no speech synthesis (some headless or embedded browsers). */
  readonly supported: boolean;
  /** Queues a text to be spoken after what is already queued. */
  speak(text: string): void;
  /** Stops the current sentence and forgets the queue. */
  cancel(): void;
  /** Called with true when speech starts and false when the queue is empty; returns an unsubscribe. */
  onSpeakingChange(listener: (speaking: boolean) => void): () => void;
}

// Chrome cuts utterances that run longer than ~15 s; sentences stay well under that.
const longestPiece = 220;

/** Creates the voice; pass a synthesis object in tests, the browser's is used otherwise. */
export function createHostVoice(synthesis: SpeechSynthesis | undefined = globalThis.speechSynthesis): HostVoice {
  const supported = Boolean(synthesis) && typeof globalThis.SpeechSynthesisUtterance === 'function';
  const queue: string[] = [];
  const listeners = new Set<(speaking: boolean) => void>();
  let current: SpeechSynthesisUtterance | null = null;
  let watchdog: ReturnType<typeof setTimeout> | undefined;
  let speaking = false;

  const setSpeaking = (value: boolean) => {
    if (value === speaking) return;
    speaking = value;
    for (const listener of listeners) listener(value);
  };

  const next = () => {
    clearTimeout(watchdog);
    current = null;
    const text = queue.shift();
    if (!text || !synthesis) {
      setSpeaking(false);
      return;
    }
    const utterance = new SpeechSynthesisUtterance(text);
    const voice = englishVoice(synthesis);
    if (voice) utterance.voice = voice;
    utterance.lang = voice?.lang ?? 'en-US';
    utterance.rate = 1.03;
    // Kept in a variable: Chrome drops `end` for utterances that were garbage-collected.
    current = utterance;
    const finish = () => {
      if (current === utterance) next();
    };
    utterance.onend = finish;
    utterance.onerror = finish;
    // Without voices (headless, some Linux browsers) `end` may never come: move on after a generous estimate.
    watchdog = setTimeout(finish, 4_000 + text.length * 120);
    setSpeaking(true);
    try {
      synthesis.speak(utterance);
    } catch {
      finish();
    }
  };

  return {
    supported,
    speak(text) {
      if (!supported) return;
      const pieces = splitForSpeech(text);
      if (pieces.length === 0) return;
      queue.push(...pieces);
      if (!current) next();
    },
    cancel() {
      queue.length = 0;
      clearTimeout(watchdog);
      current = null;
      try {
        synthesis?.cancel();
      } catch {
        // Nothing to stop.
      }
      setSpeaking(false);
    },
    onSpeakingChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** An English voice when the browser has one, preferring the platform's default, then on-device ones. */
function englishVoice(synthesis: SpeechSynthesis): SpeechSynthesisVoice | null {
  let voices: SpeechSynthesisVoice[];
  try {
    voices = synthesis.getVoices();
  } catch {
    return null;
  }
  const english = voices.filter((voice) => voice.lang.toLowerCase().startsWith('en'));
  return english.find((voice) => voice.default) ?? english.find((voice) => voice.localService) ?? english[0] ?? null;
}

/** Sentences, with very long ones cut at a comma or space, so each utterance is short. */
export function splitForSpeech(text: string): string[] {
  // Split after end punctuation followed by a space, so "$38.50" stays whole.
  const sentences = text.replace(/\s+/g, ' ').trim().split(/(?<=[.!?])\s+/);
  const pieces: string[] = [];
  for (const sentence of sentences) {
    let rest = sentence.trim();
    while (rest.length > longestPiece) {
      const cut = Math.max(rest.lastIndexOf(', ', longestPiece), rest.lastIndexOf(' ', longestPiece));
      const at = cut > 40 ? cut + 1 : longestPiece;
      pieces.push(rest.slice(0, at).trim());
      rest = rest.slice(at).trim();
    }
    if (rest) pieces.push(rest);
  }
  return pieces;
}
