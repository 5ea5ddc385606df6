import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ERROR_CODES } from '@webcare/shared';
import { AppException } from '../common/app.exception';
import type { AuthenticatedRequest } from '../common/current-user';
import { IS_PUBLIC } from '../common/public.decorator';
import { AppConfig } from '../config/app-config';
import { ALLOW_WITHOUT_SECOND_FACTOR, REQUIRES_SECOND_FACTOR } from './two-factor.decorators';

export class SecondFactorRequiredException extends AppException {
  constructor(message: string) {
    super(ERROR_CODES.twoFactorRequired, 403, message);
  }
}

/** Roles that must use two-factor login where the policy is on. */
export const SECOND_FACTOR_ROLES = new Set(['supervisor', 'admin']);

/**
 * The two-factor policy (TWO_FACTOR_REQUIRED, on outside demo mode): supervisors and admins work only with
 * a session that passed the second factor — until they have set it up they may only enrol — and nobody
 * reads the access log without one.
 */
@Injectable()
export class TwoFactorGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly config: AppConfig,
  ) {}

  canActivate(context: ExecutionContext): boolean {
    if (!this.config.twoFactorRequired) return true;
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;
    const user = context.switchToHttp().getRequest<AuthenticatedRequest>().user;
    if (!user || user.mfa) return true;
    if (this.reflector.getAllAndOverride<boolean>(REQUIRES_SECOND_FACTOR, targets)) {
      throw new SecondFactorRequiredException(
        'Reading the access log needs a login with two-factor verification',
      );
    }
    if (
      SECOND_FACTOR_ROLES.has(user.role) &&
      !this.reflector.getAllAndOverride<boolean>(ALLOW_WITHOUT_SECOND_FACTOR, targets)
    ) {
      throw new SecondFactorRequiredException(
        'Your role needs two-factor login: set it up first, then log in again',
      );
    }
    return true;
  }
}
