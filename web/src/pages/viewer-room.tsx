import { useEffect, useMemo, useRef, useState } from 'react';
import type { CartLinkCreated, Offer, ProductCard as Card, ShowDetails } from '../../../core/index.ts';
import { ChatPanel } from '../components/chat-panel.tsx';
import { api, errorMessage } from '../lib/api.ts';
import type { StoredSession } from '../lib/session.ts';
import { useRoom } from '../lib/use-room.ts';
import { useHostVoice } from './viewer-host-voice.ts';
import { ViewerJoin } from './viewer-join.tsx';
import { checkoutHref } from '../lib/checkout-link.ts';
import { rememberShowForCheckout, ViewerShop } from './viewer-shop.tsx';
import { cardsFromEvents, latestCaption, latestCartLink, liveOfferFor, myOffers, showcaseCards } from './viewer-show-state.ts';
import { ViewerStage } from './viewer-stage.tsx';

const askForPersonText = "I'd like to talk to a person, please.";

interface ViewerRoomProps {
  details: ShowDetails;
  session: StoredSession | null;
  onJoined: (session: StoredSession) => void;
  /** Forget this viewer (refused token, or "change name"). */
  onLeave: () => void;
}

/** The show once loaded: stage, shop and chat; the chat column asks for a name until the viewer joins. */
export function ViewerRoom({ details, session, onJoined, onLeave }: ViewerRoomProps) {
  const { show, featured, lineup } = details;
  const room = useRoom(session ? show.roomId : null, session?.token ?? null);
  const [soundOn, setSoundOn] = useState(false);
  const voice = useHostVoice(room.events, room.status, soundOn);
  const [fetched, setFetched] = useState<ReadonlyMap<string, Card>>(new Map());
  const requested = useRef(new Set<string>());
  const [buying, setBuying] = useState<string | null>(null);
  const [buyError, setBuyError] = useState<string | null>(null);
  const [handoffAsked, setHandoffAsked] = useState(false);
  // Said only once the server has queued the question (the private handoff-queued event), also when the shopper typed the request.
  const handoffQueued = room.events.some((event) => event.event.type === 'handoff-queued');
  const [sendError, setSendError] = useState<string | null>(null);

  const known = useMemo(() => {
    const cards = new Map<string, Card>(fetched);
    for (const card of lineup) cards.set(card.productId, card);
    if (featured) cards.set(featured.productId, featured);
    for (const [productId, card] of cardsFromEvents(room.events)) cards.set(productId, card);
    return cards;
  }, [fetched, lineup, featured, room.events]);
  const showcase = useMemo(() => showcaseCards(room.events, featured, known), [room.events, featured, known]);
  const cards = useMemo(() => {
    const shown = new Set(showcase.cards.map((card) => card.productId));
    return [...showcase.cards, ...lineup.filter((card) => !shown.has(card.productId))];
  }, [showcase.cards, lineup]);
  const offers = useMemo(() => myOffers(room.events), [room.events]);
  const cartLink = useMemo(() => latestCartLink(room.events), [room.events]);
  const caption = useMemo(() => latestCaption(room.events), [room.events]);
  useRerenderAtExpiry(offers);

  // A product presented or offered without a card in the lineup: fetch its card once.
  const missingKey = showcase.missing.join(',');
  useEffect(() => {
    for (const productId of showcase.missing) {
      if (requested.current.has(productId)) continue;
      requested.current.add(productId);
      api<{ card: Card }>(`/api/products/${encodeURIComponent(productId)}`)
        .then(({ card }) => setFetched((current) => new Map(current).set(card.productId, card)))
        .catch(() => undefined); // The offer banner still shows without the card; Buy now then explains.
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [missingKey]);

  const buy = async (productId: string, variantId: string, offer: Offer | null) => {
    if (!session) {
      setBuyError('Enter a display name in the chat to join the show, then press Buy now again.');
      document.querySelector<HTMLInputElement>('.viewer-join input')?.focus();
      return;
    }
    setBuying(productId);
    setBuyError(null);
    try {
      const cart = await api<CartLinkCreated>('/api/carts', {
        token: session.token,
        body: { roomId: show.roomId, lines: [{ productId, variantId, quantity: 1 }], ...(offer ? { offerCode: offer.code } : {}) },
      });
      rememberShowForCheckout();
      location.assign(checkoutHref(cart.url));
    } catch (caught) {
      setBuyError(errorMessage(caught, 'Could not start the checkout. Try again.'));
      setBuying(null);
    }
  };

  const buyCard = (card: Card, variantId: string) => void buy(card.productId, variantId, liveOfferFor(offers, card.productId, Date.now()));
  const buyOffer = (offer: Offer) => {
    const card = known.get(offer.productId);
    const variantId = offer.variantId ?? card?.variants.find((variant) => variant.inventory === null || variant.inventory > 0)?.id;
    if (!variantId) {
      setBuyError('This product is not available to buy right now.');
      return;
    }
    void buy(offer.productId, variantId, Date.parse(offer.expiresAt) > Date.now() ? offer : null);
  };

  const send = (text: string): boolean => {
    const sent = room.send(text) !== null;
    setSendError(sent ? null : 'Not connected, so your message was not sent. Reconnecting…');
    return sent;
  };

  const connected = room.status === 'open';
  const viewerCount = connected ? room.viewerCount : details.viewerCount;
  const selfId = room.participant?.id ?? session?.participant.id ?? null;
  const idleCaption = !session || connected ? show.settings.welcome || `Ask ${show.hostName} about anything in the show.` : 'Connecting to the show…';

  return (
    <main className="viewer">
      <div className="viewer-layout">
        <div className="viewer-main">
          <ViewerStage
            title={show.title}
            hostName={show.hostName}
            viewerCount={viewerCount}
            caption={caption}
            idleCaption={idleCaption}
            speaking={voice.speaking}
            soundOn={soundOn}
            soundSupported={voice.supported}
            onSoundToggle={() => setSoundOn((on) => !on)}
          />
          {room.status === 'reconnecting' ? (
            <p className="notice viewer-connection" role="status">
              Connection lost — reconnecting…
            </p>
          ) : null}
          <ViewerShop cards={cards} offers={offers} cartLink={cartLink} known={known} buying={buying} buyError={buyError} onBuy={buyCard} onBuyOffer={buyOffer} />
        </div>
        <aside className="viewer-chat" aria-label={`Chat with ${show.hostName}`}>
          {!session ? (
            <ViewerJoin hostName={show.hostName} onJoined={onJoined} />
          ) : room.status === 'refused' ? (
            <div className="card stack" role="alert">
              <p className="error">{room.refusal ?? 'The show refused this session.'}</p>
              <button type="button" onClick={onLeave}>
                Join again
              </button>
            </div>
          ) : (
            <>
              <div className="viewer-chat-head">
                <p className="muted">
                  Chatting as <strong>{session.participant.name}</strong>{' '}
                  <button type="button" className="link-button" onClick={onLeave}>
                    Not you?
                  </button>
                </p>
                <button type="button" className="secondary" disabled={!connected || handoffAsked || handoffQueued} onClick={() => setHandoffAsked(send(askForPersonText))}>
                  Talk to a person
                </button>
              </div>
              {handoffQueued ? (
                <p className="notice" role="status">
                  A host has been asked to join you.
                </p>
              ) : handoffAsked ? (
                <p className="muted" role="status">
                  Asking a host…
                </p>
              ) : null}
              {room.takeover.active ? (
                <p className="notice" role="status">
                  A person from the shop is answering now{room.takeover.by ? ` (${room.takeover.by})` : ''}.
                </p>
              ) : null}
              {sendError ? (
                <p className="notice error" role="alert">
                  {sendError}
                </p>
              ) : null}
              <ChatPanel
                events={room.events}
                selfId={selfId}
                onSend={(text) => void send(text)}
                disabled={!connected}
                placeholder={connected ? `Ask ${show.hostName} about a product…` : 'Connecting…'}
                botName={show.hostName}
              />
            </>
          )}
        </aside>
      </div>
    </main>
  );
}

/** Re-renders when the next live offer expires, so cards stop promising it. */
function useRerenderAtExpiry(offers: Offer[]) {
  const [, setTick] = useState(0);
  const next = Math.min(...offers.map((offer) => Date.parse(offer.expiresAt)).filter((time) => time > Date.now()));
  useEffect(() => {
    if (!Number.isFinite(next)) return;
    const timer = setTimeout(() => setTick((tick) => tick + 1), Math.min(next - Date.now() + 50, 2 ** 31 - 1));
    return () => clearTimeout(timer);
  }, [next]);
}
