import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Role } from '@webcare/shared';
import type { Request } from 'express';

/** Who is calling: the JWT's subject, and the address for the access log. */
export interface Actor {
  id: string;
  role: Role;
  name: string;
  ip: string | null;
}

export interface AuthenticatedRequest extends Request {
  /** `mfa`: the session passed the second factor. */
  user?: { id: string; role: Role; name: string; mfa?: boolean };
  correlationId?: string;
}

export function actorOf(request: AuthenticatedRequest): Actor {
  if (!request.user) throw new Error('actorOf called on a public route');
  const { id, role, name } = request.user;
  return { id, role, name, ip: request.ip ?? null };
}

export const CurrentActor = createParamDecorator((_data: unknown, context: ExecutionContext): Actor =>
  actorOf(context.switchToHttp().getRequest<AuthenticatedRequest>()),
);
