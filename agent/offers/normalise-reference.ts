/**
 * Ids and codes the model quotes back come decorated: `<id>`, "id", 'id', spaces. Products, variants
 * and offers are opaque references, so they are only cleaned, never matched by similarity.
 */
export function normaliseReference(reference: string): string {
  return reference
    .trim()
    .replace(/^[<"'`\u201c\u2018]+|[>"'`\u201d\u2019]+$/g, '')
    .trim();
}
