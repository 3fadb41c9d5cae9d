const STOP_WORDS = new Set(
  (
    'a an and are as at be but by can do does for from has have how i if in into is it its me my of on or our ' +
    'so that the their them then there these they this to was we what when where which who will with you your ' +
    'any some about also just very more most than too am been being did would could should off up out'
  ).split(' '),
);

/** Lower-cased words without accents or punctuation. */
export function words(text: string): string[] {
  return (
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .match(/[a-z0-9]+(?:['’][a-z]+)?/g) ?? []
  ).map((word) => word.replace(/['’]/g, ''));
}

export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(word);
}

/** Content words: words without stop words. */
export function contentWords(text: string): string[] {
  return words(text).filter((word) => !STOP_WORDS.has(word));
}

/** A deliberately light stemmer: folds plural and common inflections so "earbuds" meets "earbud". */
export function stem(word: string): string {
  if (word.length <= 3 || /^\d/.test(word)) return word;
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (/(ss|us|is)$/.test(word)) return word;
  if (/(sses|xes|ches|shes|zes)$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s')) return word.slice(0, -1);
  return word;
}
