import { buildCartLink, bookConsultation, createOffer, requestHuman } from './commerce-tools.ts';
import {
  checkAvailability,
  compareProducts,
  findProductsByPrice,
  getComplementaryProducts,
  getProductDetails,
  searchProducts,
} from './catalog-tools.ts';
import type { Tool } from './tool.ts';

/** Every tool of the brain, defined once for all drivers. */
export const shoppingTools: Tool[] = [
  searchProducts,
  findProductsByPrice,
  getProductDetails,
  compareProducts,
  checkAvailability,
  getComplementaryProducts,
  createOffer,
  buildCartLink,
  requestHuman,
  bookConsultation,
] as Tool[];

export { loadProduct, loadProducts, describeForModel } from './catalog-tools.ts';
export { toProductCard } from './product-card.ts';
export { runTool, toFunctionDefinitions, normaliseId, type Tool, type ToolResult } from './tool.ts';
