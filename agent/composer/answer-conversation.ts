import type { Answer, ComposerTurn } from './composer-turn.ts';

/** Greeting, identity, thanks and small talk, and a polite redirect for what is not shopping. */
export function answerGreeting(turn: ComposerTurn): Answer {
  const name = turn.displayName ? ` ${turn.displayName}` : '';
  // The brain adds the AI disclosure to the first reply; later greetings say it themselves.
  const who = turn.memory.firstReply ? '' : " I'm the shop's AI assistant.";
  const text = turn.say('greeting', [
    `Hi${name}!${who} What are you shopping for today?`,
    `Hello${name}, welcome!${who} Ask me about any product, size, stock or delivery.`,
    `Hey${name}!${who} Looking for anything in particular?`,
  ]);
  return { text, productIds: [] };
}

export function answerIdentity(turn: ComposerTurn): Answer {
  const human = turn.context.mode === 'concierge' ? 'a human stylist' : 'a person from the team';
  const text = turn.say('identity', [
    `I'm an AI shopping assistant, not a person. I can answer questions about products, sizes, stock and delivery — and bring in ${human} whenever you like.`,
    `I'm the shop's AI assistant — a bot, not a human. Ask me anything about the products, or say the word and I'll get ${human} for you.`,
    `You're chatting with an AI assistant. I know the catalog, sizes and policies, and I can hand you over to ${human} at any time.`,
  ]);
  return { text, productIds: [] };
}

const THANKS = /^(thanks|thank you|thank u|thx|ty|tysm|cheers|merci|gracias)\b/;
const BYE = /\b(bye|goodbye|see (you|ya)|good ?night|thats all|that is all|have a (good|nice|great))\b/;
const HOW_ARE_YOU = /\b(how are (you|u)|hows it going|whats up|sup)\b/;
const PROFILE = /\b(im (a|an|usually|normally)|i am (a|an)|i wear|my size|i take|budget|keep it|quick context|for context|fyi)\b/;

export function answerSmallTalk(turn: ComposerTurn): Answer {
  const text = turn.normal;
  if (PROFILE.test(text) && !THANKS.test(text)) {
    return {
      text: turn.say('profile', [
        "Thanks, that's really helpful — I'll keep your sizes and budget in mind. What would you like to look at first?",
        'Noted, thank you! I will stick to your sizes and budget. What can I find for you?',
      ]),
      productIds: [],
    };
  }
  if (BYE.test(text)) {
    return { text: turn.say('bye', ['Thanks for stopping by — enjoy the rest of the show!', 'You are welcome! Come back any time.', 'Happy shopping, and thanks for chatting!']), productIds: [] };
  }
  if (THANKS.test(text)) {
    return { text: turn.say('thanks', ["You're welcome! Anything else I can help with?", 'My pleasure! Let me know if you have any other questions.', 'Anytime! Is there anything else you would like to see?']), productIds: [] };
  }
  if (HOW_ARE_YOU.test(text)) {
    return { text: turn.say('how-are-you', ["I'm doing great, thanks for asking! What can I help you find today?", 'All good here, thank you! Are you shopping for anything special?']), productIds: [] };
  }
  return {
    text: turn.say('small-talk', ["So glad you're enjoying it! Is anything catching your eye?", 'Love that! Let me know if you want details on anything you see.', 'Thank you! Ask me anything about the products.']),
    productIds: [],
  };
}

export function answerOutOfScope(turn: ComposerTurn): Answer {
  return {
    text: turn.say('out-of-scope', [
      "That's outside what I can help with here — I'm the shop's assistant. I'm happy to help you find a product, check a size or answer delivery and returns questions, though!",
      "I can't help with that one, I'm afraid: I only know our shop. Want help finding something, or info on sizes or shipping?",
      "Sorry, that's not something I can answer — I can only help with shopping here. Is there a product I can tell you about?",
    ]),
    productIds: [],
  };
}

export function answerUnknown(turn: ComposerTurn): Answer {
  return {
    text: turn.say('unknown', [
      "Sorry, I didn't quite catch that. Are you looking for a product, a size, or information on delivery and returns?",
      'I want to make sure I help with the right thing — could you tell me a bit more about what you are looking for?',
    ]),
    productIds: [],
  };
}
