import type { z } from 'zod';

// Merchants read these reasons in the `vitrine ingest` report: "title is missing", never a
// JSON dump of zod issues.
const fieldLabels: Record<string, string> = {
  compareAtPrice: 'compare-at price',
  faqs: 'FAQ',
  variants: 'variant',
  reviews: 'review',
  images: 'image',
  tags: 'tag',
  features: 'feature',
  related: 'related product',
};

function describePath(path: readonly PropertyKey[]): string {
  const parts: string[] = [];
  for (const segment of path) {
    if (typeof segment === 'number') parts.push(String(segment + 1));
    else parts.push(fieldLabels[String(segment)] ?? String(segment));
  }
  return parts.join(' ') || 'value';
}

/** One readable phrase for one zod issue. */
export function describeIssue(issue: z.core.$ZodIssue): string {
  const field = describePath(issue.path);
  const missing =
    (issue.code === 'invalid_type' && /received undefined/.test(issue.message)) ||
    (issue.code === 'too_small' && issue.origin === 'string' && issue.minimum === 1);
  if (missing) return `${field} is missing`;
  // Messages written in the schema (currency, variants) already read well; zod's defaults do not.
  if (!/^(Invalid|Too (small|big)|Unrecognized)/.test(issue.message)) return issue.message;
  return `${field} is invalid (${issue.message.charAt(0).toLowerCase()}${issue.message.slice(1)})`;
}

/** All issues of a failed parse as one sentence-like reason, repeats removed. */
export function describeIssues(error: z.ZodError): string {
  return [...new Set(error.issues.map(describeIssue))].join('; ');
}
