export type { CalendarDate, Claim, ClaimKind, CodeContext, DurationUnit } from './claim.ts';
export { extractClaims, type ExtractOptions } from './extract-claims.ts';
export { FactBook, type FactBookOptions, type NumberKind } from './fact-book.ts';
export { splitSentences, type Segment } from './sentences.ts';
export {
  findViolations,
  groundingFallback,
  verifyReply,
  type VerifiedReply,
  type VerifyOptions,
  type Violation,
  type ViolationKind,
} from './verify-reply.ts';
