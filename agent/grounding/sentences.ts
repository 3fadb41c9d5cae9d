/** One sentence (or list line) of a reply, with the whitespace that follows it; the segments of a text concatenate back to it. */
export interface Segment {
  text: string;
  start: number;
  end: number;
}

const terminators = new Set(['.', '!', '?', '…']);
const closers = new Set(['"', "'", ')', ']', '*', '_', '”', '’', '»']);
/** Abbreviations whose full stop does not end a sentence. */
const abbreviations = /(?:^|[\s(])(?:e\.g|i\.e|etc|vs|approx|incl|mr|mrs|ms|dr)$/i;
const clockSuffix = /\b[ap]\.m$/i;

/**
 * Splits a reply into sentences and list lines. A full stop ends a sentence only before whitespace
 * (so "$12.50" and "3.5" stay whole), not after "e.g."/"approx."; "3 p.m." ends one only when a
 * capital follows. Every line break ends a segment, so bullet lists split per item.
 */
export function splitSentences(text: string): Segment[] {
  const segments: Segment[] = [];
  let start = 0;
  let index = 0;
  const close = (end: number) => {
    let stop = end;
    while (stop < text.length && /\s/.test(text[stop]!)) stop += 1;
    segments.push({ text: text.slice(start, stop), start, end: stop });
    start = stop;
    return stop;
  };
  while (index < text.length) {
    const character = text[index]!;
    if (character === '\n') {
      index = close(index + 1);
      continue;
    }
    if (terminators.has(character)) {
      let end = index + 1;
      while (end < text.length && (terminators.has(text[end]!) || closers.has(text[end]!))) end += 1;
      const atBoundary = end >= text.length || /\s/.test(text[end]!);
      if (atBoundary && character === '.' && !endsSentence(text, index, end)) {
        index = end;
        continue;
      }
      if (atBoundary) {
        index = close(end);
        continue;
      }
      index = end;
      continue;
    }
    index += 1;
  }
  if (start < text.length) segments.push({ text: text.slice(start), start, end: text.length });
  return segments;
}

function endsSentence(text: string, dot: number, end: number): boolean {
  const before = text.slice(Math.max(0, dot - 8), dot);
  if (!abbreviations.test(before) && !clockSuffix.test(before)) return true;
  // "e.g. the", "3 p.m. today" go on; "…etc. The", "3 p.m. Then" end the sentence.
  const next = text.slice(end).trimStart()[0];
  return next === undefined || (next === next.toUpperCase() && next !== next.toLowerCase());
}
