import { createHmac } from 'node:crypto';
import { errors, jwtVerify, SignJWT } from 'jose';
import { AppError, type ParticipantRole, participantRoleSchema, type Participant } from '../../core/index.ts';
import type { TokenWithdrawals } from './token-withdrawals.ts';

/** Who a request or a socket speaks for, as signed into its token. */
export interface Principal extends Participant {
  /** The one call room a customer token admits (`call:<bookingId>`); null for other roles. */
  room: string | null;
}

/** How long each role's token lives: a viewer's a day, staff a working week, the agent service a year. */
export const tokenLifetimeMs: Record<ParticipantRole, number> = {
  viewer: 24 * 3_600_000,
  customer: 30 * 24 * 3_600_000,
  host: 7 * 24 * 3_600_000,
  admin: 7 * 24 * 3_600_000,
  agent: 365 * 24 * 3_600_000,
};

const issuer = 'vitrine';

/** Signs and checks participant tokens (HS256 JWTs) with a key derived from the store secret. */
export class TokenIssuer {
  private readonly key: Uint8Array;

  constructor(
    storeSecret: string,
    private readonly clock: () => Date = () => new Date(),
    /** Sign-ins an admin withdrew: their older tokens are refused. */
    private readonly withdrawals?: TokenWithdrawals,
  ) {
    // Its own key, so a cart-link signature can never pass as a token or the reverse.
    this.key = createHmac('sha256', storeSecret).update('vitrine:participant-tokens').digest();
  }

  /** A token for `principal`, valid for its role's lifetime unless `lifetimeMs` says otherwise. */
  issue(principal: Principal, lifetimeMs = tokenLifetimeMs[principal.role]): Promise<string> {
    const issuedAtMs = this.clock().getTime();
    const now = Math.floor(issuedAtMs / 1000);
    // `iat` has whole seconds; `issuedMs` tells a link minted just after a withdrawal from one just before it.
    return new SignJWT({ role: principal.role, name: principal.name, issuedMs: issuedAtMs, ...(principal.room ? { room: principal.room } : {}) })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(principal.id)
      .setIssuer(issuer)
      .setIssuedAt(now)
      .setExpirationTime(now + Math.ceil(lifetimeMs / 1000))
      .sign(this.key);
  }

  /** The principal of a valid token; an `unauthorized` AppError saying why otherwise. */
  async verify(token: string): Promise<Principal> {
    try {
      const { payload } = await jwtVerify(token, this.key, { issuer, algorithms: ['HS256'], currentDate: this.clock() });
      const role = participantRoleSchema.safeParse(payload.role);
      if (!role.success || typeof payload.sub !== 'string' || typeof payload.name !== 'string') throw new AppError('unauthorized', 'This token is not a vitrine participant token.');
      const issuedAtMs = typeof payload.issuedMs === 'number' ? payload.issuedMs : (payload.iat ?? 0) * 1000;
      if (this.withdrawals?.isWithdrawn(payload.sub, issuedAtMs)) throw new AppError('unauthorized', 'This sign-in was withdrawn by an admin: ask for a new link.');
      return { id: payload.sub, role: role.data, name: payload.name, room: typeof payload.room === 'string' ? payload.room : null };
    } catch (error) {
      if (error instanceof AppError) throw error;
      if (error instanceof errors.JWTExpired) throw new AppError('unauthorized', 'Your session token has expired: sign in again.');
      throw new AppError('unauthorized', 'This token is invalid (forged, damaged or from another store).');
    }
  }
}
