import { normaliseReference } from './normalise-reference.ts';

/** 32 symbols without 0/O and 1/I, so a code read aloud on a stream or typed from a screen is unambiguous. */
export const offerCodeAlphabet = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';
export const offerCodePattern = /^LIVE-[2-9A-HJ-NP-Z]{6}$/;

/** A code like `LIVE-7KQ2MX`: 6 symbols, 30 bits; collisions are retried by the engine. */
export function generateOfferCode(randomBytes: (size: number) => Buffer): string {
  const bytes = randomBytes(6);
  let code = 'LIVE-';
  // 256 is a multiple of 32: taking a byte modulo 32 keeps every symbol equally likely.
  for (let index = 0; index < 6; index++) code += offerCodeAlphabet[bytes[index]! % 32];
  return code;
}

/** Codes are case-insensitive for shoppers and may come back quoted or bracketed from the model. */
export function normaliseOfferCode(code: string): string {
  return normaliseReference(code).toUpperCase();
}
