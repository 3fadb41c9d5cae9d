import type { Participant } from '../../../core/index.ts';

interface CallStageProps {
  stylistName: string;
  customerName: string;
  self: Participant | null;
  /** The AI concierge is writing a reply right now. */
  speaking: boolean;
  takeover: { active: boolean; by: string | null };
  /** Someone handed the conversation back to the AI after a takeover. */
  handedBack: boolean;
}

/** The video-call look of a call: the AI concierge tile, the stylist's, and the shopper's own. */
export function CallStage({ stylistName, customerName, self, speaking, takeover, handedBack }: CallStageProps) {
  const human = takeover.by ?? stylistName;
  // Staff see the customer's tile where the customer sees their own.
  const staff = self?.role === 'host' || self?.role === 'admin';
  const humanIsSelf = staff && takeover.active && takeover.by === self?.name;
  return (
    <section className="call-stage" aria-label="Call">
      <div className={`call-tile main${takeover.active ? ' paused' : ''}${speaking ? ' speaking' : ''}`} data-tile="concierge">
        <div className="call-avatar ai" aria-hidden="true">
          <span>AI</span>
        </div>
        <p className="call-tile-name">
          AI concierge <span className="badge ai">AI</span>
        </p>
        <p className="call-tile-state" aria-live="polite">
          {takeover.active ? 'Paused' : speaking ? 'Answering…' : 'Listening'}
        </p>
      </div>
      <div className="call-tiles-small">
        <div className={`call-tile${takeover.active ? ' live' : ''}`} data-tile="stylist">
          <div className="call-avatar" aria-hidden="true">
            {initials(human)}
          </div>
          <p className="call-tile-name">
            {human}
            {humanIsSelf ? ' (you)' : ''} <span className="badge">stylist</span>
          </p>
          <p className="call-tile-state">{takeover.active ? 'In the call' : 'Not in the chat'}</p>
        </div>
        {staff ? (
          <div className="call-tile" data-tile="customer">
            <div className="call-avatar self" aria-hidden="true">
              {initials(customerName)}
            </div>
            <p className="call-tile-name">
              {customerName} <span className="badge">customer</span>
            </p>
            <p className="call-tile-state">Camera off</p>
          </div>
        ) : (
          <div className="call-tile" data-tile="self">
            <div className="call-avatar self" aria-hidden="true">
              {initials(self?.name ?? 'You')}
            </div>
            <p className="call-tile-name">{self ? `${self.name} (you)` : 'You'}</p>
            <p className="call-tile-state">Camera off</p>
          </div>
        )}
      </div>
      <div className="call-banner-slot" aria-live="polite">
        {takeover.active ? (
          <p className="call-banner takeover" role="status">
            <strong>{human} (stylist) has joined</strong> — the AI concierge is paused
          </p>
        ) : handedBack ? (
          <p className="call-banner" role="status">
            {human} handed the conversation back to the AI concierge.
          </p>
        ) : null}
      </div>
    </section>
  );
}

function initials(name: string): string {
  const letters = name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((word) => word[0]!.toUpperCase());
  return letters.join('') || '?';
}
