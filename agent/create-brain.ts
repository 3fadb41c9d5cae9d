import type { Config } from '../core/index.ts';
import type { Knowledge } from '../knowledge/index.ts';
import { createShop, type ShopOptions } from './create-shop.ts';

/** The brain alone, wired from configuration (the CLI and the evals need nothing else). */
export async function createBrain(config: Config, knowledge: Knowledge, options: ShopOptions = {}) {
  return (await createShop(config, knowledge, options)).brain;
}
