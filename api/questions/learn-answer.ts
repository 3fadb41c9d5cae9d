import type { QueuedQuestion } from '../../core/index.ts';
import { getProduct, type Knowledge, writeCatalog } from '../../knowledge/index.ts';

/**
 * Keeps a host's answer as knowledge the bot answers from next time, through the same retrieval
 * and grounding as everything else: a Q&A of the product the question was about, or an FAQ
 * document of the store when it was about no single product.
 */
export async function learnAnswer(knowledge: Knowledge, question: Pick<QueuedQuestion, 'id' | 'text' | 'productIds'>, answer: string) {
  const product = question.productIds.length === 1 ? await getProduct(knowledge.db, question.productIds[0]!) : null;
  if (product) {
    await writeCatalog(knowledge.db, knowledge.embedder, { products: [{ ...product, faqs: [...product.faqs, { question: question.text, answer }] }], documents: [] });
    return;
  }
  const title = question.text.length > 120 ? `${question.text.slice(0, 117)}…` : question.text;
  await writeCatalog(knowledge.db, knowledge.embedder, {
    products: [],
    documents: [{ id: `learned-${question.id}`, title, kind: 'faq', body: `${question.text}\n\n${answer}` }],
  });
}
