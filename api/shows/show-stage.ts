import type { Logger } from 'pino';
import { ShowRunner, toProductCard } from '../../agent/index.ts';
import type { ProductCard } from '../../core/index.ts';
import { getProduct, type Queryable } from '../../knowledge/index.ts';
import type { RoomHub } from '../rooms/room-hub.ts';
import type { ShowDirectory } from './show-directory.ts';

/**
 * Runs the AI host of every stream show: its runner starts when the first viewer arrives and
 * stops when the room empties. Keeps what each show is featuring for the show page.
 */
export class ShowStage {
  private readonly runners = new Map<string, ShowRunner>();
  private readonly featured = new Map<string, ProductCard>();

  constructor(private readonly deps: { hub: RoomHub; shows: ShowDirectory; db: Queryable; logger: Logger }) {
    deps.hub.onPresence((roomId, viewers) => {
      this.presenceChanged(roomId, viewers).catch((error) => deps.logger.error({ err: error, roomId }, 'show presence change failed'));
    });
  }

  /** The product on stage: the last one presented or pinned. */
  featuring(showId: string): ProductCard | null {
    return this.featured.get(showId) ?? null;
  }

  /** Puts a product on stage for everyone (the runner's beat or a host's pin). */
  async pin(showId: string, card: ProductCard, by: string) {
    this.featured.set(showId, card);
    const show = await this.deps.shows.get(showId);
    if (show) await this.deps.hub.publish(show.roomId, { type: 'product-pin', card, by }, { audience: 'public' });
  }

  stopAll() {
    for (const runner of this.runners.values()) runner.stop();
    this.runners.clear();
  }

  private async presenceChanged(roomId: string, viewers: number) {
    if (!roomId.startsWith('show:')) return;
    const showId = roomId.slice('show:'.length);
    // One runner per show for the life of the process: it pauses in an empty room and picks up
    // where it left off (no second welcome) when viewers come back.
    let runner = this.runners.get(showId);
    if (viewers === 0) return runner?.stop();
    if (runner?.isRunning) return;
    if (!runner) {
      runner = this.runnerFor(showId);
      this.runners.set(showId, runner);
    }
    const show = await this.deps.shows.get(showId);
    if (show?.mode === 'stream' && this.deps.hub.viewerCount(show.roomId) > 0) runner.start();
  }

  private runnerFor(showId: string) {
    const { shows, hub, db, logger } = this.deps;
    return new ShowRunner({
      script: async () => {
        const show = await shows.get(showId);
        return show && show.mode === 'stream' ? { hostName: show.hostName, title: show.title, welcome: show.settings.welcome, beatSeconds: show.settings.beatSeconds, lineup: show.settings.lineup } : null;
      },
      product: async (id) => {
        const product = await getProduct(db, id);
        return product ? { product, card: toProductCard(product) } : null;
      },
      say: async (text, card) => {
        const roomId = `show:${showId}`;
        // A person hosting (takeover) has the floor: the AI host waits.
        if (hub.takeover(roomId).active) return;
        await hub.publish(roomId, { type: 'host-say', text, productId: card?.productId ?? null }, { audience: 'public' });
        if (card) await this.pin(showId, card, (await shows.get(showId))?.hostName ?? 'AI host');
      },
      onError: (error) => logger.error({ err: error, showId }, 'show beat failed'),
    });
  }
}
