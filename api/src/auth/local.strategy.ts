import { Injectable, UnauthorizedException } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { ERROR_CODES } from '@webcare/shared';
import type { Request } from 'express';
import { Strategy } from 'passport-local';
import { AppException } from '../common/app.exception';
import type { UserEntity } from '../users/user.entity';
import { UsersService } from '../users/users.service';
import { LoginLimiter } from './login-limiter';

@Injectable()
export class LocalStrategy extends PassportStrategy(Strategy) {
  constructor(
    private readonly usersService: UsersService,
    private readonly limiter: LoginLimiter,
  ) {
    super({ usernameField: 'email', passReqToCallback: true });
  }

  async validate(request: Request, email: string, password: string): Promise<UserEntity> {
    const attempt = await this.limiter.begin('password', email, request.ip ?? 'unknown');
    if (!attempt.allowed) {
      request.res?.setHeader('Retry-After', String(attempt.retryAfterS));
      throw new AppException(
        ERROR_CODES.rateLimited,
        429,
        `Too many failed logins; try again in ${attempt.retryAfterS} seconds`,
      );
    }
    const user = await this.usersService.verifyCredentials(email, password);
    if (!user) throw new UnauthorizedException({ message: 'E-mail address or password is wrong' });
    await this.limiter.succeeded(attempt);
    return user;
  }
}
