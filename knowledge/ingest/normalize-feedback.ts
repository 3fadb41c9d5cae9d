import type { QuestionAnswer, Review } from '../catalog/product.ts';
import { FieldReader } from './field-reader.ts';
import { isRecord, readPlainText, readRichText, readText } from './read-values.ts';

// Reviews are customer-written: only the text, rating and date are kept. Reviewer names and
// e-mails are never read, and e-mail addresses typed into the text itself are masked, because
// everything in the catalog may be spoken on a public stream.
const emailPattern = /[\w.+-]+@[\w-]+(\.[\w-]+)+/g;

function maskEmails(text: string): string {
  return text.replace(emailPattern, '[e-mail removed]');
}

function readRating(value: unknown): number | undefined {
  const rating = typeof value === 'number' ? value : typeof value === 'string' ? Number(value.trim()) : NaN;
  // A rating outside 0–5 is another scale or a typo: drop the rating, keep the review text.
  return Number.isFinite(rating) && rating >= 0 && rating <= 5 ? rating : undefined;
}

function readDate(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) {
    // Epoch milliseconds vs seconds: anything below 1e11 is seconds (before year 5138 either way).
    const date = new Date(value < 1e11 ? value * 1000 : value);
    return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
  }
  return readText(value);
}

/** Reviews from objects (`comment|text|body`, `rating`, `date`) or plain strings. */
export function normalizeReviews(value: unknown): Review[] {
  if (!Array.isArray(value)) return [];
  const reviews: Review[] = [];
  for (const item of value) {
    if (!isRecord(item)) {
      const text = readRichText(item);
      if (text !== undefined) reviews.push({ text: maskEmails(text) });
      continue;
    }
    const fields = new FieldReader(item);
    const text = readRichText(fields.take(['comment', 'text', 'body', 'review', 'content']));
    if (text === undefined) continue;
    const review: Review = { text: maskEmails(text) };
    const rating = readRating(fields.take(['rating', 'stars', 'score']));
    if (rating !== undefined) review.rating = rating;
    const date = readDate(fields.take(['date', 'createdAt', 'created_at', 'submittedAt']));
    if (date !== undefined) review.date = date;
    reviews.push(review);
  }
  return reviews;
}

/** Questions and answers from `{question?, answer}` objects (also `q`/`a`). */
export function normalizeFaqs(value: unknown): QuestionAnswer[] {
  if (!Array.isArray(value)) return [];
  const faqs: QuestionAnswer[] = [];
  for (const item of value) {
    if (!isRecord(item)) continue;
    const fields = new FieldReader(item);
    const answer = readRichText(fields.take(['answer', 'a', 'text', 'body']));
    if (answer === undefined) continue;
    const question = readPlainText(fields.take(['question', 'q', 'title']));
    faqs.push(question === undefined ? { answer } : { question, answer });
  }
  return faqs;
}
