import { randomBytes } from 'node:crypto';
import { createShop } from '../../agent/index.ts';
import { AppError, loadConfig } from '../../core/index.ts';
import { openKnowledge } from '../../knowledge/index.ts';
import { TokenIssuer } from '../auth/index.ts';
import { BookingDesk } from '../bookings/index.ts';
import type { CliIo } from './cli-io.ts';

export interface TokenOptions {
  role: 'admin' | 'host';
  name?: string;
  staff?: string;
}

/**
 * `vitrine token --role admin`: a staff sign-in link for this store, signed with its secret. On a
 * server database `vitrine start` prints no token (its logs are read by others): this is how the
 * first admin signs in; the admin page then makes links for everyone else.
 */
export async function tokenCommand(options: TokenOptions, io: CliIo): Promise<number> {
  const config = loadConfig(io.env);
  const knowledge = await openKnowledge(config);
  try {
    const shop = await createShop(config, knowledge);
    const stylist = options.staff ? (await new BookingDesk({ db: knowledge.db, clock: () => new Date() }).listStaff()).find((member) => member.id === options.staff) : undefined;
    if (options.staff && !stylist) throw new AppError('not-found', `No stylist with id ${options.staff}`);
    const name = stylist?.name ?? options.name ?? (options.role === 'admin' ? 'Admin' : 'Host');
    const id = stylist ? `staff:${stylist.id}` : `staff:${randomBytes(6).toString('base64url')}`;
    const token = await new TokenIssuer(shop.secret).issue({ id, name, role: stylist ? 'host' : options.role, room: null });
    const page = options.role === 'admin' && !stylist ? 'admin' : 'dashboard';
    io.stdout(`${config.publicUrl}/${page}#token=${token}\n`);
    return 0;
  } finally {
    await knowledge.close();
  }
}
