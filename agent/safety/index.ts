export { abuseReason } from './detect-abuse.ts';
export { injectionPatterns, plantedInstructionPatterns, type NamedPattern } from './instruction-patterns.ts';
export { containsHiddenInstruction, quoteCatalogText, visibleText, type QuoteOptions } from './quote-catalog-text.ts';
export { dataRequestPatterns, promptRequestPatterns } from './request-patterns.ts';
export { isAbusive, screenMessage, type ScreenResult, type ScreenVerdict } from './screen-message.ts';
export { dropPlantedInstructions } from './drop-planted-instructions.ts';
