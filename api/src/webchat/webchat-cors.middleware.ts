import { Injectable, type NestMiddleware } from '@nestjs/common';
import { ERROR_CODES } from '@webcare/shared';
import type { NextFunction, Request, Response } from 'express';
import { WebchatService } from './webchat.service';

/**
 * CORS for the widget's API, per widget account: every request from a site that is not on the account's
 * allow-list is refused with 403 ORIGIN_NOT_ALLOWED before it reaches the widget's API (the answer is
 * readable, so the widget can tell the visitor); allowed sites get their origin echoed.
 */
@Injectable()
export class WebchatCorsMiddleware implements NestMiddleware {
  constructor(private readonly webchat: WebchatService) {}

  async use(request: Request, response: Response, next: NextFunction): Promise<void> {
    const origin = request.header('origin');
    const key = /^\/api\/widget\/([^/?]+)/.exec(request.originalUrl)?.[1];
    if (!origin || !key) return next();
    const account = await this.webchat.account(decodeURIComponent(key)).catch(() => null);
    response.setHeader('Vary', 'Origin');
    if (account) {
      // Readable by the page (also the refusal, so the widget can say why); the allow-list is enforced
      // on every request below, never only by the browser.
      response.setHeader('Access-Control-Allow-Origin', origin);
      response.setHeader('Access-Control-Expose-Headers', 'Retry-After');
    }
    if (request.method === 'OPTIONS') {
      if (account) {
        response.setHeader('Access-Control-Allow-Methods', 'GET, POST');
        response.setHeader('Access-Control-Allow-Headers', 'Content-Type, X-Webcare-Visitor');
        response.setHeader('Access-Control-Max-Age', '600');
      }
      response.status(204).end();
      return;
    }
    if (account && !WebchatService.originAllowed(account, origin)) {
      response.status(403).json({
        statusCode: 403,
        code: ERROR_CODES.originNotAllowed,
        message: 'This web chat may not be used on this site',
      });
      return;
    }
    next();
  }
}
