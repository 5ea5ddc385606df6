import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import type { LoginResponse } from '@webcare/shared';
import { AuditService } from '../audit/audit.service';
import type { UserEntity } from '../users/user.entity';
import { toUserSummary } from '../users/users.service';
import type { TokenPayload } from './jwt.strategy';

@Injectable()
export class AuthService {
  constructor(
    private readonly jwt: JwtService,
    private readonly audit: AuditService,
  ) {}

  async login(user: UserEntity, ip: string | null): Promise<LoginResponse> {
    const payload: TokenPayload = { sub: user.id, role: user.role, name: user.name };
    await this.audit.record({ actor: { id: user.id, role: user.role, ip }, action: 'login' });
    return { accessToken: await this.jwt.signAsync(payload), user: toUserSummary(user) };
  }

  /** For the socket handshake: the same token as REST. */
  verify(token: string): TokenPayload {
    return this.jwt.verify<TokenPayload>(token);
  }
}
