import {
  type ArgumentsHost,
  Catch,
  type ExceptionFilter,
  HttpException,
  HttpStatus,
  Logger,
} from '@nestjs/common';
import { ERROR_CODES, type ApiErrorBody, type ErrorCode } from '@webcare/shared';
import type { Response } from 'express';
import { AppException } from './app.exception';
import type { AuthenticatedRequest } from './current-user';

const STATUS_CODES: Partial<Record<number, ErrorCode>> = {
  400: ERROR_CODES.validation,
  401: ERROR_CODES.unauthorized,
  403: ERROR_CODES.forbidden,
  404: ERROR_CODES.notFound,
  413: ERROR_CODES.payloadTooLarge,
  429: ERROR_CODES.rateLimited,
  503: ERROR_CODES.databaseUnavailable,
};

/** The one place that turns errors into `{statusCode, code, message, correlationId}`. */
@Catch()
export class HttpExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger(HttpExceptionFilter.name);

  catch(exception: unknown, host: ArgumentsHost): void {
    const context = host.switchToHttp();
    const response = context.getResponse<Response>();
    const request = context.getRequest<AuthenticatedRequest>();
    const body = errorBody(exception);
    body.correlationId = request.correlationId;
    if (body.statusCode >= 500) {
      // The error's name and stack only: messages of driver errors can quote parameters (content).
      const name = exception instanceof Error ? exception.name : typeof exception;
      this.logger.error(
        `${request.method} ${request.route?.path ?? 'unknown route'} failed: ${name}`,
        (exception as Error)?.stack?.split('\n').slice(1, 6).join('\n'),
      );
    }
    if (response.headersSent) return;
    const retryAfter = (exception as { retryAfterSeconds?: unknown } | null)?.retryAfterSeconds;
    if (exception instanceof AppException && typeof retryAfter === 'number') {
      response.setHeader('Retry-After', String(retryAfter));
    }
    response.status(body.statusCode).json(body);
  }
}

/** Connection refused, terminated, or the pool timed out: the database is down, not the request wrong. */
export function isDatabaseUnavailable(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const driverError = (error as { driverError?: unknown }).driverError;
  if (driverError && driverError !== error && isDatabaseUnavailable(driverError)) return true;
  const code = String((error as { code?: unknown }).code ?? '');
  // Node socket errors; SQLSTATE class 08 (connection exception) and 57P (operator intervention).
  if (['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND'].includes(code)) return true;
  if (/^08/.test(code) || /^57P0/.test(code)) return true;
  return /Connection terminated|timeout exceeded when trying to connect|ECONNREFUSED|not currently accepting connections|terminating connection|Client has encountered a connection error|Connection is not established/i.test(
    error.message,
  );
}

/** The API's error shape for any thrown value (without the correlation id). */
export function errorBody(exception: unknown): ApiErrorBody {
  if (exception instanceof AppException) {
    return {
      ...exception.details,
      statusCode: exception.status,
      code: exception.code,
      message: exception.message,
    };
  }
  if (exception instanceof HttpException) {
    const status = exception.getStatus();
    const response = exception.getResponse();
    let message = exception.message;
    if (typeof response === 'object' && response !== null && 'message' in response) {
      const raw = (response as { message: unknown }).message;
      message = Array.isArray(raw) ? raw.join('; ') : String(raw);
    }
    return { statusCode: status, code: STATUS_CODES[status] ?? ERROR_CODES.internal, message };
  }
  if (isDatabaseUnavailable(exception)) {
    return {
      statusCode: HttpStatus.SERVICE_UNAVAILABLE,
      code: ERROR_CODES.databaseUnavailable,
      message: 'The database is not reachable; try again shortly',
    };
  }
  const status = (exception as { status?: unknown })?.status;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    // body-parser errors (413 too large, 400 bad JSON) carry a status of their own.
    return {
      statusCode: status,
      code: STATUS_CODES[status] ?? ERROR_CODES.validation,
      message: (exception as Error).message,
    };
  }
  return { statusCode: 500, code: ERROR_CODES.internal, message: 'Something went wrong on our side' };
}
