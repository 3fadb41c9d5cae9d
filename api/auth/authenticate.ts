import type { RequestHandler, Response } from 'express';
import { AppError, type ParticipantRole } from '../../core/index.ts';
import type { Principal, TokenIssuer } from './tokens.ts';

/** Roles that may act as staff: whatever a host may do, an admin may do too. */
export const staffRoles: readonly ParticipantRole[] = ['host', 'admin'];

/** Reads the bearer token when there is one; routes decide with `requireRole` whether it is needed. */
export function authenticate(tokens: TokenIssuer): RequestHandler {
  return async (request, response, next) => {
    const header = request.headers.authorization;
    if (header) {
      const match = /^Bearer\s+(\S+)$/i.exec(header);
      if (!match) throw new AppError('unauthorized', 'The Authorization header must be "Bearer <token>".');
      response.locals.principal = await tokens.verify(match[1]!);
    }
    next();
  };
}

/** Lets the request through only for the given roles (401 without a token, 403 with another role). */
export function requireRole(...roles: ParticipantRole[]): RequestHandler {
  return (_request, response, next) => {
    const principal = response.locals.principal as Principal | undefined;
    if (!principal) throw new AppError('unauthorized', 'Sign in first: this needs a token (Authorization: Bearer <token>).');
    if (!roles.includes(principal.role)) throw new AppError('forbidden', `This needs the ${roles.join(' or ')} role; your token is for a ${principal.role}.`);
    next();
  };
}

/** The principal `authenticate` found; throws 401 when there is none. */
export function principalOf(response: Response): Principal {
  const principal = response.locals.principal as Principal | undefined;
  if (!principal) throw new AppError('unauthorized', 'Sign in first: this needs a token (Authorization: Bearer <token>).');
  return principal;
}

export function isStaff(principal: Pick<Principal, 'role'> | undefined): boolean {
  return principal !== undefined && staffRoles.includes(principal.role);
}
