import { Controller, Get, HttpCode, Logger, Post, Query, Req, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ERROR_CODES, type LoginChallenge, type LoginResponse } from '@webcare/shared';
import type { Request, Response } from 'express';
import { AppException } from '../common/app.exception';
import { Public } from '../common/public.decorator';
import { AppConfig } from '../config/app-config';
import {
  FINISHED_TTL_S,
  OidcRefusedException,
  type OidcRefusal,
  OidcService,
  PENDING_TTL_S,
} from './oidc.service';

/** The attempt in progress (state, nonce, PKCE verifier), signed; only the callback path reads it. */
export const PENDING_COOKIE = 'webcare_oidc';
/** A random one-time code for the finished login; the console trades it once for a session. */
export const FINISHED_COOKIE = 'webcare_oidc_done';
const COOKIE_PATH = '/api/auth/oidc';

const REFUSAL_TEXT: Record<OidcRefusal, string> = {
  sso_off: 'Single sign-on is not configured',
  expired: 'The single sign-on step expired: start again',
  provider_error: 'The organisation login did not succeed',
  no_email: 'The organisation login gave no e-mail address',
  email_unverified: 'The organisation has not verified this e-mail address',
  no_role: 'Your organisation account has no role in this inbox: ask an admin',
  deactivated: 'This account is deactivated',
};

function readCookie(request: Request, name: string): string | undefined {
  for (const part of (request.headers.cookie ?? '').split(';')) {
    const at = part.indexOf('=');
    if (at > 0 && part.slice(0, at).trim() === name) return decodeURIComponent(part.slice(at + 1).trim());
  }
  return undefined;
}

/**
 * Single sign-on with OpenID Connect. The browser goes to /login, the provider sends it back to
 * /callback, which lands it on the console with `?sso=done` (or `?sso_error=<reason>`); the console then
 * posts /session and gets the same answer as a password login. No token ever travels in a URL.
 */
@ApiTags('auth')
@Public()
@Controller('api/auth/oidc')
export class OidcController {
  private readonly logger = new Logger(OidcController.name);

  constructor(
    private readonly oidc: OidcService,
    private readonly config: AppConfig,
  ) {}

  /** Tells the login page whether to offer "Log in with your organisation". */
  @Get()
  info(): { enabled: boolean; label: string } {
    return { enabled: this.oidc.enabled, label: this.oidc.label };
  }

  @Get('login')
  async login(@Res() response: Response): Promise<void> {
    if (!this.oidc.enabled) return this.toConsole(response, 'sso_error=sso_off');
    try {
      const { location, pending } = await this.oidc.begin();
      response.cookie(PENDING_COOKIE, pending, this.cookieOptions(PENDING_TTL_S));
      response.redirect(302, location);
    } catch (error) {
      this.logger.warn(`Single sign-on could not start: ${(error as Error).name}`);
      this.toConsole(response, 'sso_error=provider_error');
    }
  }

  @Get('callback')
  async callback(
    @Req() request: Request,
    @Res() response: Response,
    @Query() query: Record<string, string | undefined>,
  ): Promise<void> {
    response.clearCookie(PENDING_COOKIE, { path: COOKIE_PATH });
    try {
      const { code } = await this.oidc.finish(query, readCookie(request, PENDING_COOKIE));
      response.cookie(FINISHED_COOKIE, code, this.cookieOptions(FINISHED_TTL_S));
      this.toConsole(response, 'sso=done');
    } catch (error) {
      const reason = error instanceof OidcRefusedException ? error.reason : 'provider_error';
      if (!(error instanceof OidcRefusedException)) {
        this.logger.warn(`Single sign-on callback failed: ${(error as Error).name}`);
      }
      this.toConsole(response, `sso_error=${reason}`);
    }
  }

  /** The console's last step: a session, or `{challengeToken}` when the account's two-factor login applies. */
  @Post('session')
  @HttpCode(200)
  async session(
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<LoginResponse | LoginChallenge> {
    response.clearCookie(FINISHED_COOKIE, { path: COOKIE_PATH });
    try {
      return await this.oidc.session(readCookie(request, FINISHED_COOKIE), request.ip ?? null);
    } catch (error) {
      if (error instanceof OidcRefusedException) {
        throw new AppException(
          ERROR_CODES.ssoFailed,
          error.reason === 'deactivated' ? 403 : 401,
          REFUSAL_TEXT[error.reason],
        );
      }
      throw error;
    }
  }

  private cookieOptions(ttlS: number) {
    return {
      httpOnly: true,
      sameSite: 'lax' as const,
      secure: this.config.publicUrl.startsWith('https:'),
      path: COOKIE_PATH,
      maxAge: ttlS * 1000,
    };
  }

  private toConsole(response: Response, query: string): void {
    response.redirect(302, `/?${query}`);
  }
}
