import { type Knowledge, writeCatalog } from '../../knowledge/index.ts';

/**
 * Keeps a host's answer as an FAQ document of the store, so the bot answers the same question
 * itself next time — from the catalog, through the same retrieval and grounding as everything else.
 */
export async function learnAnswer(knowledge: Knowledge, question: { id: string; text: string }, answer: string) {
  const title = question.text.length > 120 ? `${question.text.slice(0, 117)}…` : question.text;
  await writeCatalog(knowledge.db, knowledge.embedder, {
    products: [],
    documents: [{ id: `learned-${question.id}`, title, kind: 'faq', body: `${question.text}\n\n${answer}` }],
  });
}
