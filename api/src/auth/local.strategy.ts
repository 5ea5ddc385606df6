import { Injectable, UnauthorizedException } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { ERROR_CODES } from '@webcare/shared';
import type { Request } from 'express';
import { Strategy } from 'passport-local';
import { AppException } from '../common/app.exception';
import type { UserEntity } from '../users/user.entity';
import { UsersService } from '../users/users.service';
import { LoginRateLimiter } from './login-rate-limiter';

export function loginKeys(request: Request, email: string): string[] {
  return [`ip:${request.ip ?? 'unknown'}`, `email:${email.trim().toLowerCase()}`];
}

@Injectable()
export class LocalStrategy extends PassportStrategy(Strategy) {
  constructor(
    private readonly usersService: UsersService,
    private readonly rateLimiter: LoginRateLimiter,
  ) {
    super({ usernameField: 'email', passReqToCallback: true });
  }

  async validate(request: Request, email: string, password: string): Promise<UserEntity> {
    const keys = loginKeys(request, email);
    if (this.rateLimiter.isBlocked(keys)) {
      throw new AppException(ERROR_CODES.rateLimited, 429, 'Too many failed logins; try again in 15 minutes');
    }
    const user = await this.usersService.verifyCredentials(email, password);
    if (!user) {
      this.rateLimiter.recordFailure(keys);
      throw new UnauthorizedException({ message: 'E-mail address or password is wrong' });
    }
    this.rateLimiter.reset(keys);
    return user;
  }
}
