import { randomUUID } from 'node:crypto';
import type { NextFunction, Response } from 'express';
import type { AuthenticatedRequest } from './current-user';

/** Gives every request an id, echoed in the response header and in error bodies, for support. */
export function correlationId(request: AuthenticatedRequest, response: Response, next: NextFunction): void {
  const incoming = request.header('x-correlation-id');
  const id = incoming && /^[\w-]{8,64}$/.test(incoming) ? incoming : randomUUID();
  request.correlationId = id;
  response.setHeader('x-correlation-id', id);
  next();
}
