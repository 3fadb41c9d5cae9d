import { z } from 'zod';
import { AppError, type BrainEvent, loadConfig, sessionModeSchema } from '../../core/index.ts';
import { openKnowledge } from '../../knowledge/index.ts';
import { createBrain } from '../../agent/index.ts';
import { batchLines, readInputFile } from './cli-input.ts';
import type { CliIo } from './cli-io.ts';

export interface AskOptions {
  session: string;
  viewer: string;
  mode: string;
  batch?: string;
  json?: boolean;
}

const batchLineSchema = z.object({
  id: z.union([z.string(), z.number()]).transform(String),
  question: z.string().trim().min(1, 'question is empty'),
  session: z.string().optional(),
  viewer: z.string().optional(),
});

/** `vitrine ask "<question>"` or `vitrine ask --batch file.jsonl --json`, against the ingested catalog. */
export async function askCommand(question: string | undefined, options: AskOptions, io: CliIo): Promise<number> {
  const mode = sessionModeSchema.safeParse(options.mode);
  if (!mode.success) throw new AppError('invalid-input', '--mode must be stream, concierge or assist');
  if (!options.batch && !question?.trim()) throw new AppError('invalid-input', 'Give a question, e.g. vitrine ask "is the serum fragrance free?", or --batch <file.jsonl>');
  const batch = options.batch ? await readInputFile(options.batch) : undefined;
  const config = loadConfig(io.env);
  const knowledge = await openKnowledge(config);
  try {
    const brain = await createBrain(config, knowledge);
    const ask = async (text: string, session = options.session, viewer = options.viewer) =>
      summarise(await brain.respond({ sessionId: session, participantId: viewer, mode: mode.data, text }));
    if (batch === undefined) {
      const answer = await ask(question!);
      io.stdout(options.json ? `${JSON.stringify(answer)}\n` : formatAnswer(answer));
      return 0;
    }
    for (const parsed of batchLines(batch, batchLineSchema)) {
      if (!parsed.ok) {
        io.stdout(`${JSON.stringify({ id: parsed.id, line: parsed.line, error: parsed.error })}\n`);
        continue;
      }
      const { id, question: text, session, viewer } = parsed.value;
      io.stdout(`${JSON.stringify({ id, ...(await ask(text, session, viewer)) })}\n`);
    }
    return 0;
  } finally {
    await knowledge.close();
  }
}

/** The `ask --json` contract: answer, products, offer, cart link, handoff. */
export function summarise(events: BrainEvent[]) {
  const reply = events.find((event) => event.type === 'reply');
  const cards = events.flatMap((event) => (event.type === 'product-card-show' ? [event.card] : []));
  const offer = events.find((event) => event.type === 'offer-create')?.offer;
  const cart = events.find((event) => event.type === 'cart-link-create');
  return {
    answer: reply?.text ?? '',
    products: cards.map((card) => ({ id: card.productId, title: card.title, price: card.price })),
    offer: offer ? { code: offer.code, productId: offer.productId, discountPercent: offer.discountPercent, expiresAt: offer.expiresAt } : null,
    cartUrl: cart?.url ?? null,
    handoff: events.some((event) => event.type === 'handoff-request'),
  };
}

function formatAnswer(answer: ReturnType<typeof summarise>): string {
  const lines = [answer.answer || '(no reply: the message was flagged for the host)'];
  for (const product of answer.products) lines.push(`  • ${product.title} — $${product.price.toLocaleString('en-US')} [${product.id}]`);
  if (answer.offer) lines.push(`  Offer: ${answer.offer.discountPercent}% off with ${answer.offer.code}, until ${answer.offer.expiresAt}`);
  if (answer.cartUrl) lines.push(`  Cart: ${answer.cartUrl}`);
  if (answer.handoff) lines.push('  → passed to a person on the team');
  return `${lines.join('\n')}\n`;
}
