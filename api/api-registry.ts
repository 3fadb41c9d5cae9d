import type { RequestHandler } from 'express';
import { z } from 'zod';
import type { ParticipantRole } from '../core/index.ts';
import { requireRole } from './auth/authenticate.ts';
import { validate } from './validate.ts';

/** One route's contract: the single source for its checks and for /api/openapi.json. */
export interface RouteContract {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  /** Express-style path (`/api/shows/:id`). */
  path: string;
  summary: string;
  /** Who may call it; omitted = anyone, no token needed. */
  roles?: ParticipantRole[];
  body?: z.ZodType;
  query?: z.ZodType;
  /** A body that is not JSON (catalog upload): its media type, for the document. */
  rawBody?: string;
  tag: string;
}

/**
 * Collects route contracts. `route(contract)` gives the middlewares that enforce them (roles, then
 * body and query validated with zod into `response.locals`); `openApi()` describes them all.
 */
export class ApiRegistry {
  private readonly contracts: RouteContract[] = [];

  route(contract: RouteContract): RequestHandler[] {
    this.contracts.push(contract);
    const checks: RequestHandler[] = [];
    if (contract.roles) checks.push(requireRole(...contract.roles));
    checks.push((request, response, next) => {
      if (contract.body) response.locals.body = validate(contract.body, request.body, 'body');
      if (contract.query) response.locals.query = validate(contract.query, request.query, 'query');
      next();
    });
    return checks;
  }

  openApi(info: { title: string; version: string }) {
    const paths: Record<string, Record<string, unknown>> = {};
    for (const contract of this.contracts) {
      const path = contract.path.replace(/:(\w+)/g, '{$1}');
      const parameters = [
        ...[...contract.path.matchAll(/:(\w+)/g)].map((match) => ({ name: match[1], in: 'path', required: true, schema: { type: 'string' } })),
        ...queryParameters(contract.query),
      ];
      paths[path] ??= {};
      paths[path][contract.method] = {
        summary: contract.summary,
        tags: [contract.tag],
        ...(contract.roles ? { security: [{ bearer: [] }], description: `Roles: ${contract.roles.join(', ')}.` } : {}),
        ...(parameters.length ? { parameters } : {}),
        ...(contract.body ? { requestBody: { required: true, content: { 'application/json': { schema: jsonSchema(contract.body) } } } } : {}),
        ...(contract.rawBody ? { requestBody: { required: true, content: { [contract.rawBody]: { schema: { type: 'string' } } } } } : {}),
        responses: {
          '200': { description: 'OK (JSON)' },
          '400': { $ref: '#/components/responses/Error' },
          ...(contract.roles ? { '401': { $ref: '#/components/responses/Error' }, '403': { $ref: '#/components/responses/Error' } } : {}),
        },
      };
    }
    return {
      openapi: '3.1.0',
      info,
      paths,
      components: {
        securitySchemes: { bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } },
        responses: {
          Error: {
            description: 'An error: `{ "error": { "kind", "message" } }`',
            content: {
              'application/json': {
                schema: { type: 'object', properties: { error: { type: 'object', properties: { kind: { type: 'string' }, message: { type: 'string' } }, required: ['kind', 'message'] } } },
              },
            },
          },
        },
      },
    };
  }
}

function jsonSchema(schema: z.ZodType) {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  return rest;
}

function queryParameters(query: z.ZodType | undefined) {
  if (!query) return [];
  const schema = jsonSchema(query) as { properties?: Record<string, unknown>; required?: string[] };
  return Object.entries(schema.properties ?? {}).map(([name, property]) => ({ name, in: 'query', required: schema.required?.includes(name) ?? false, schema: property }));
}
