import { Injectable, UnauthorizedException } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import type { Role } from '@webcare/shared';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { AppConfig } from '../config/app-config';
import { UsersService } from '../users/users.service';

export interface TokenPayload {
  sub: string;
  role: Role;
  name: string;
  /** Session version: a token whose version is not the user's current one was revoked. */
  sv?: number;
  /** The login passed the second factor. */
  mfa?: boolean;
}

@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy) {
  constructor(
    config: AppConfig,
    private readonly users: UsersService,
  ) {
    super({ jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(), secretOrKey: config.jwtSecret });
  }

  /** Every request checks the user is still active and the session not revoked (deactivation is at once). */
  async validate(payload: TokenPayload): Promise<{ id: string; role: Role; name: string; mfa: boolean }> {
    if ((payload as { purpose?: string }).purpose) throw new UnauthorizedException('Not an access token');
    const state = await this.users.sessionState(payload.sub);
    if (!state || !state.active || (payload.sv ?? 0) !== state.sessionVersion) {
      throw new UnauthorizedException('Your session has ended: log in again');
    }
    return { id: payload.sub, role: state.role, name: state.name, mfa: payload.mfa === true };
  }
}
