import { useEffect, useRef } from 'react';
import { AiAvatar } from '../components/ai-avatar.tsx';

interface ViewerStageProps {
  title: string;
  hostName: string;
  viewerCount: number;
  caption: string | null;
  /** A line shown in place of captions before the host said anything (or before joining). */
  idleCaption: string;
  speaking: boolean;
  soundOn: boolean;
  soundSupported: boolean;
  onSoundToggle: () => void;
}

/** The stage: the AI host on a dark backdrop, LIVE and the audience, captions, and the sound switch. */
export function ViewerStage({ title, hostName, viewerCount, caption, idleCaption, speaking, soundOn, soundSupported, onSoundToggle }: ViewerStageProps) {
  const captionRef = useRef<HTMLDivElement>(null);
  // Long replies scroll inside the caption box; keep the newest sentence in view.
  useEffect(() => {
    const box = captionRef.current;
    if (!box) return;
    box.scrollTo({ top: box.scrollHeight });
    // Fade the top edge only when earlier words are scrolled away.
    box.toggleAttribute('data-overflow', box.scrollHeight > box.clientHeight + 1);
  }, [caption]);

  return (
    <section className="stage" aria-label="Live show">
      <div className="stage-top">
        <span className="badge live">LIVE</span>
        <span className="stage-viewers" aria-label={`${viewerCount} watching`}>
          <svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true">
            <path d="M12 5C6.5 5 2.7 9.2 1.5 12c1.2 2.8 5 7 10.5 7s9.3-4.2 10.5-7C21.3 9.2 17.5 5 12 5Zm0 11a4 4 0 1 1 0-8 4 4 0 0 1 0 8Z" fill="currentColor" />
          </svg>
          {viewerCount} watching
        </span>
        <button
          type="button"
          className={`stage-sound${soundOn ? ' on' : ''}`}
          aria-pressed={soundOn}
          onClick={onSoundToggle}
          disabled={!soundSupported}
          title={soundSupported ? 'Hear the AI host read its answers aloud' : 'This browser cannot read answers aloud'}
        >
          <SoundIcon on={soundOn} />
          {soundSupported ? (soundOn ? 'Sound on' : 'Sound off') : 'No sound'}
        </button>
      </div>
      <h1 className="stage-title">{title}</h1>
      <div className="stage-host">
        <AiAvatar name={hostName} speaking={speaking} />
      </div>
      <div className="stage-captions" ref={captionRef} aria-live="polite" aria-label="Captions" data-empty={caption ? undefined : true}>
        {caption ?? idleCaption}
      </div>
    </section>
  );
}

function SoundIcon({ on }: { on: boolean }) {
  return (
    <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true">
      <path d="M4 9h4l5-4v14l-5-4H4z" fill="currentColor" />
      {on ? (
        <path d="M16 8.5a5 5 0 0 1 0 7M18.5 6a8.5 8.5 0 0 1 0 12" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
      ) : (
        <path d="M16.5 9.5l5 5M21.5 9.5l-5 5" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
      )}
    </svg>
  );
}
