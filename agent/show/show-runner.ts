import type { ProductCard } from '../../core/index.ts';
import type { Product } from '../../knowledge/index.ts';
import { presentProduct } from './present-product.ts';

/** What the runner needs to know about its show, read fresh at every beat (settings can change live). */
export interface ShowScript {
  hostName: string;
  title: string;
  welcome: string;
  beatSeconds: number;
  lineup: string[];
}

export interface ShowRunnerDependencies {
  script: () => Promise<ShowScript | null>;
  /** The product and its card, from the same catalog record; null when the id is not in the catalog. */
  product: (id: string) => Promise<{ product: Product; card: ProductCard } | null>;
  /** Says something to the whole room, presenting a product (its card goes with it). */
  say: (text: string, card: ProductCard | null) => Promise<void>;
  onError: (error: unknown) => void;
  timers?: { setTimeout: typeof setTimeout; clearTimeout: typeof clearTimeout };
}

/**
 * The AI host's own pace in a 24/7 show: a welcome, then one product every beat while viewers
 * are present; quiet in an empty room. One failed beat never stops the show.
 */
export class ShowRunner {
  private timer: ReturnType<typeof setTimeout> | null = null;
  private beat = 0;
  private running = false;
  private welcomed = false;
  /** Bumped by every start and stop: a beat from before a restart must not schedule a second chain of beats. */
  private generation = 0;
  private readonly timers;

  constructor(private readonly deps: ShowRunnerDependencies) {
    this.timers = deps.timers ?? { setTimeout, clearTimeout };
  }

  get isRunning() {
    return this.running;
  }

  /** Starts (with a welcome the first time) and presents a product; no-op when already running. */
  start() {
    if (this.running) return;
    this.running = true;
    void this.tick(++this.generation);
  }

  stop() {
    this.running = false;
    this.generation += 1;
    if (this.timer) this.timers.clearTimeout(this.timer);
    this.timer = null;
  }

  /** Presents the next product of the lineup now (also what every beat does). */
  async presentNext(): Promise<void> {
    const script = await this.deps.script();
    if (!script || script.lineup.length === 0) return;
    for (let tries = 0; tries < script.lineup.length; tries++) {
      const id = script.lineup[this.beat % script.lineup.length]!;
      this.beat += 1;
      const found = await this.deps.product(id);
      if (found) {
        await this.deps.say(presentProduct(found.product, found.card, this.beat), found.card);
        return;
      }
    }
  }

  private async tick(generation: number) {
    let beatSeconds = 45;
    try {
      const script = await this.deps.script();
      if (script) beatSeconds = script.beatSeconds;
      if (!this.welcomed && script) {
        this.welcomed = true;
        await this.deps.say(`${script.welcome ? `${script.welcome} ` : ''}I'm ${script.hostName}, the AI host of ${script.title}. Ask me anything about what you see — I answer from the shop's catalog.`, null);
      }
      await this.presentNext();
    } catch (error) {
      this.deps.onError(error);
    } finally {
      // Always schedule the next beat: one error must not silence the host for good.
      if (this.running && generation === this.generation) this.timer = this.timers.setTimeout(() => void this.tick(generation), beatSeconds * 1000);
    }
  }
}
