import { afterEach, describe, expect, it, vi } from 'vitest';
import { createHostVoice, splitForSpeech } from './speech.ts';

/** A browser's speech synthesis reduced to what the voice uses; utterances end when the test says. */
class FakeSynthesis {
  spoken: { text: string; onend: (() => void) | null }[] = [];
  cancelled = 0;
  speak(utterance: { text: string; onend: (() => void) | null }) {
    this.spoken.push(utterance);
  }
  cancel() {
    this.cancelled += 1;
  }
  getVoices() {
    return [
      { lang: 'fr-FR', default: true, localService: true, name: 'Amélie' },
      { lang: 'en-GB', default: false, localService: true, name: 'Daniel' },
    ];
  }
  finishCurrent() {
    this.spoken.at(-1)?.onend?.();
  }
}

class FakeUtterance {
  onend: (() => void) | null = null;
  onerror: (() => void) | null = null;
  voice: unknown = null;
  lang = '';
  rate = 1;
  constructor(readonly text: string) {}
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('splitForSpeech', () => {
  it('splits sentences without breaking prices', () => {
    expect(splitForSpeech('It is $38.50 for 30 ml. Want it?  Yes!')).toEqual(['It is $38.50 for 30 ml.', 'Want it?', 'Yes!']);
  });

  it('cuts a very long sentence at a space', () => {
    const pieces = splitForSpeech(`${'word '.repeat(80)}end.`);
    expect(pieces.length).toBeGreaterThan(1);
    expect(pieces.every((piece) => piece.length <= 220)).toBe(true);
  });
});

describe('createHostVoice', () => {
  it('is a silent no-op without speech synthesis', () => {
    const voice = createHostVoice(undefined);
    expect(voice.supported).toBe(false);
    expect(() => voice.speak('Hello.')).not.toThrow();
    expect(() => voice.cancel()).not.toThrow();
  });

  it('queues sentences one at a time in an English voice and reports speaking', () => {
    vi.stubGlobal('SpeechSynthesisUtterance', FakeUtterance);
    const synthesis = new FakeSynthesis();
    const voice = createHostVoice(synthesis as unknown as SpeechSynthesis);
    const states: boolean[] = [];
    voice.onSpeakingChange((speaking) => states.push(speaking));
    voice.speak('First. Second.');
    voice.speak('Third.');
    expect(synthesis.spoken.map((utterance) => utterance.text)).toEqual(['First.']);
    expect((synthesis.spoken[0] as unknown as FakeUtterance).voice).toMatchObject({ lang: 'en-GB' });
    synthesis.finishCurrent();
    synthesis.finishCurrent();
    expect(synthesis.spoken.map((utterance) => utterance.text)).toEqual(['First.', 'Second.', 'Third.']);
    synthesis.finishCurrent();
    expect(states).toEqual([true, false]);
  });

  it('drops the queue when cancelled', () => {
    vi.stubGlobal('SpeechSynthesisUtterance', FakeUtterance);
    const synthesis = new FakeSynthesis();
    const voice = createHostVoice(synthesis as unknown as SpeechSynthesis);
    voice.speak('One. Two. Three.');
    voice.cancel();
    synthesis.finishCurrent();
    expect(synthesis.spoken).toHaveLength(1);
    expect(synthesis.cancelled).toBe(1);
  });
});
