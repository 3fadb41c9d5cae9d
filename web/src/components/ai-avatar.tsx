import './ai-avatar.css';

interface AiAvatarProps {
  /** The AI host's display name, shown with the "AI host" label (empty while the show loads). */
  name: string;
  /** True while the host speaks: the mouth moves and the halo pulses. */
  speaking: boolean;
}

/**
 * The AI host drawn in SVG and animated in CSS: no image or video to download, so the stage is
 * ready with the page. Abstract on purpose: nobody should mistake it for a person, and the label
 * says so in words too.
 */
export function AiAvatar({ name, speaking }: AiAvatarProps) {
  return (
    <figure className={`ai-avatar${speaking ? ' speaking' : ''}`}>
      <svg viewBox="0 0 200 200" role="img" aria-label={`${name ? `${name}, the AI host` : 'The AI host'}${speaking ? ', speaking' : ''}`}>
        <defs>
          <radialGradient id="ai-avatar-halo" cx="50%" cy="45%" r="50%">
            <stop offset="0%" stopColor="#7d8cff" stopOpacity="0.55" />
            <stop offset="100%" stopColor="#7d8cff" stopOpacity="0" />
          </radialGradient>
          <linearGradient id="ai-avatar-head" x1="0" y1="0" x2="0.4" y2="1">
            <stop offset="0%" stopColor="#c9d2ff" />
            <stop offset="100%" stopColor="#8f9cf5" />
          </linearGradient>
          <linearGradient id="ai-avatar-body" x1="0" y1="0" x2="0" y2="1">
            <stop offset="0%" stopColor="#e6866f" />
            <stop offset="100%" stopColor="#9a3b2e" />
          </linearGradient>
        </defs>
        <circle className="ai-avatar-halo" cx="100" cy="96" r="96" fill="url(#ai-avatar-halo)" />
        <circle className="ai-avatar-ring" cx="100" cy="86" r="62" fill="none" stroke="#a9b4ff" strokeWidth="2" />
        <g className="ai-avatar-figure">
          <path d="M34 200 C36 156 66 138 100 138 C134 138 164 156 166 200 Z" fill="url(#ai-avatar-body)" />
          <path d="M86 138 Q100 152 114 138" fill="none" stroke="#fbe3da" strokeWidth="3" strokeLinecap="round" />
          <circle cx="100" cy="84" r="50" fill="url(#ai-avatar-head)" />
          <ellipse cx="84" cy="64" rx="16" ry="9" fill="#ffffff" opacity="0.35" />
          <g className="ai-avatar-eyes">
            <ellipse cx="82" cy="82" rx="6" ry="8" fill="#1e2252" />
            <ellipse cx="118" cy="82" rx="6" ry="8" fill="#1e2252" />
            <circle cx="84" cy="79" r="2" fill="#ffffff" />
            <circle cx="120" cy="79" r="2" fill="#ffffff" />
          </g>
          <ellipse cx="70" cy="100" rx="8" ry="4.5" fill="#ff9db0" opacity="0.55" />
          <ellipse cx="130" cy="100" rx="8" ry="4.5" fill="#ff9db0" opacity="0.55" />
          <path className="ai-avatar-smile" d="M88 104 Q100 114 112 104" fill="none" stroke="#1e2252" strokeWidth="4" strokeLinecap="round" />
          <ellipse className="ai-avatar-mouth" cx="100" cy="107" rx="10" ry="6" fill="#1e2252" />
          <path className="ai-avatar-spark" d="M152 40 l4 10 10 4 -10 4 -4 10 -4 -10 -10 -4 10 -4 Z" fill="#ffe28a" />
        </g>
      </svg>
      <figcaption className="ai-avatar-label">
        {name ? (
          <>
            <span className="ai-avatar-name">{name}</span> ·{' '}
          </>
        ) : null}
        <span className="badge ai">AI host</span>
      </figcaption>
    </figure>
  );
}
