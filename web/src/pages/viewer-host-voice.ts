import { useEffect, useRef, useState } from 'react';
import type { RoomEvent } from '../../../core/index.ts';
import { createHostVoice, type HostVoice } from '../lib/speech.ts';
import type { RoomStatus } from '../lib/use-room.ts';
import { spokenText } from './viewer-show-state.ts';

/** Roughly how long a caption takes to say: the mouth moves that long when the sound is off. */
const captionMsPerCharacter = 65;

/**
 * The host's voice and mouth. Only events that arrive live are spoken: the history of a
 * (re)connection is marked as heard, so joining never replays old replies.
 */
export function useHostVoice(events: RoomEvent[], status: RoomStatus, soundOn: boolean): { speaking: boolean; supported: boolean } {
  const voiceRef = useRef<HostVoice | null>(null);
  voiceRef.current ??= createHostVoice();
  const voice = voiceRef.current;
  const heard = useRef(new WeakSet<RoomEvent>());
  const turnsSpokenByDelta = useRef(new Set<string>());
  const lastStatus = useRef<RoomStatus | null>(null);
  const [voiceSpeaking, setVoiceSpeaking] = useState(false);
  const [freshUntil, setFreshUntil] = useState(0);
  const [, setTick] = useState(0);

  useEffect(() => voice.onSpeakingChange(setVoiceSpeaking), [voice]);
  useEffect(() => () => voice.cancel(), [voice]);
  useEffect(() => {
    if (!soundOn) voice.cancel();
  }, [soundOn, voice]);

  useEffect(() => {
    // The welcome frame replaces the events with history and opens the room in one update.
    const welcomed = status === 'open' && lastStatus.current !== 'open';
    lastStatus.current = status;
    let added = 0;
    for (const item of events) {
      if (heard.current.has(item)) continue;
      heard.current.add(item);
      if (welcomed) continue;
      const text = spokenText(item, turnsSpokenByDelta.current);
      if (!text) continue;
      if (soundOn) voice.speak(text);
      added += text.length;
    }
    if (added > 0) setFreshUntil((until) => Math.max(until, Date.now()) + Math.min(12_000, 600 + added * captionMsPerCharacter));
  }, [events, status, soundOn, voice]);

  // Re-render once the fresh caption has been "said", so the mouth closes.
  useEffect(() => {
    const wait = freshUntil - Date.now();
    if (wait <= 0) return;
    const timer = setTimeout(() => setTick((tick) => tick + 1), wait + 20);
    return () => clearTimeout(timer);
  }, [freshUntil]);

  const speaking = soundOn && voice.supported ? voiceSpeaking : Date.now() < freshUntil;
  return { speaking, supported: voice.supported };
}
