import type { Answer, ComposerTurn } from './composer-turn.ts';
import { type DocumentHit, isProductHit } from './composer-tools.ts';
import { documentCandidates, selectAnswer } from './knowledge-match.ts';
import { endSentence, sentences } from './phrasing.ts';

/** "Can I talk to a person?": queue the conversation for the team and say so. */
export async function answerHuman(turn: ComposerTurn): Promise<Answer> {
  const queued = await turn.tools.requestHuman(`Shopper asked for a person: ${turn.text}`);
  const who = turn.context.mode === 'concierge' ? 'a stylist from our team' : turn.context.mode === 'assist' ? 'the host' : 'a person from the team';
  const text = queued
    ? turn.say('human', [
        `Of course — I've asked ${who} to pick this up; they'll reply here shortly.`,
        `Sure thing. I've passed your conversation to ${who}, who will join you here soon.`,
        `No problem — ${who} will take it from here. I've let them know.`,
      ])
    : "I couldn't reach the team just now — please try again in a moment, or contact customer care.";
  return { text, productIds: [], handoff: queued };
}

/**
 * "Book a video call": where to book (book_consultation), with the concierge terms quoted from
 * the store's own page. When booking is not open, the request goes to the team.
 */
export async function answerBooking(turn: ComposerTurn): Promise<Answer> {
  const booking = await turn.tools.booking();
  const hits = await turn.tools.search({ query: 'concierge video call appointment book free minutes stylist', limit: 4 });
  const documents = hits.filter((hit): hit is DocumentHit => !isProductHit(hit));
  const selection = selectAnswer('book free video call appointment minutes stylist', [], documentCandidates(documents), { maxQuotes: 1 });
  const terms = selection.quotes[0] && /free|minute/i.test(selection.quotes[0].text) ? endSentence(selection.quotes[0].text) : null;
  if (booking?.available) {
    return {
      text: sentences(
        terms,
        turn.say('booking', [`You can pick a time that suits you here: ${booking.url}`, `Book your slot here: ${booking.url}`, `Here's the booking page: ${booking.url}`]),
      ),
      productIds: [],
    };
  }
  const queued = await turn.tools.requestHuman(`Shopper wants to book a video call: ${turn.text}`);
  return {
    text: sentences(
      terms,
      queued
        ? turn.say('booking-queued', ["I can't book the slot myself yet, so I've passed your request to the team — they'll get back to you here to set it up.", "Booking isn't open in this chat yet; I've asked the team to arrange it with you."])
        : "Booking isn't available right now — please try again later.",
    ),
    productIds: [],
    handoff: queued,
  };
}
