import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { promisify } from 'node:util';
import { brotliDecompress, gunzip, inflate } from 'node:zlib';
import { Logger } from '@nestjs/common';
import { ERROR_CODES, type ApiErrorBody } from '@webcare/shared';
import { errorBody } from '../common/http-exception.filter';
import type { MetricsService } from '../health/metrics.service';
import type { WebhookIntakeService } from './webhook-intake.service';

/** Webhook bodies up to 5 MiB (WhatsApp deliveries reach 3 MB). */
export const WEBHOOK_BODY_LIMIT = 5 * 1024 * 1024;

const INFLATE: Record<string, (input: Buffer) => Promise<Buffer>> = {
  gzip: promisify(gunzip),
  'x-gzip': promisify(gunzip),
  deflate: promisify(inflate),
  br: promisify(brotliDecompress),
};

class BodyError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** Reads the request's bytes, refusing more than `limit` (413) and inflating gzip/deflate/br bodies. */
function readBody(request: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const declared = Number(request.headers['content-length']);
    let tooLarge = Number.isFinite(declared) && declared > limit;
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      if (tooLarge) return;
      size += chunk.length;
      if (size > limit) {
        tooLarge = true;
        chunks.length = 0;
        return;
      }
      chunks.push(chunk);
    });
    request.on('error', reject);
    request.on('end', () => {
      if (tooLarge) return reject(new BodyError(413, 'The body is larger than allowed'));
      const raw = chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, size);
      const encoding = String(request.headers['content-encoding'] ?? 'identity').toLowerCase();
      if (encoding === 'identity') return resolve(raw);
      const inflate = INFLATE[encoding];
      if (!inflate) return reject(new BodyError(415, `Content encoding "${encoding}" is not supported`));
      inflate(raw).then(
        (body) => {
          if (body.length > limit) reject(new BodyError(413, 'The body is larger than allowed'));
          else resolve(body);
        },
        () => reject(new BodyError(400, 'The compressed body could not be read')),
      );
    });
  });
}

function bodyErrorBody(error: BodyError): ApiErrorBody {
  return {
    statusCode: error.status,
    code: error.status === 413 ? ERROR_CODES.payloadTooLarge : ERROR_CODES.validation,
    message: error.message,
  };
}

/**
 * Webhook deliveries on a lean path in front of the framework: read the bytes, verify, parse, store
 * (group commit), answer. Mounted on the HTTP server itself (see `createApp`), because the framework's
 * request handling alone cost more than everything the answer needs (measured with `npm run chaos`:
 * the intake rate went from about 2,900 to 4,800 a second when it moved here). Everything else (GET
 * handshakes, the API, the console) goes on to the application as before. Errors are answered in the
 * API's error shape with a correlation id, like every other route.
 */
export function webhookFastPath(
  intake: WebhookIntakeService,
  metrics: MetricsService,
): (request: IncomingMessage, response: ServerResponse, next: () => void) => void {
  const logger = new Logger('WebhookIntake');
  return (request, response, next) => {
    if (request.method !== 'POST') return next();
    const url = request.url ?? '';
    const query = url.indexOf('?');
    let path = query === -1 ? url : url.slice(0, query);
    if (path.length > 1 && path.endsWith('/')) path = path.slice(0, -1);
    const route = intake.routes[path];
    if (!route) return next();

    const stop = metrics.httpDuration.startTimer();
    const incoming = request.headers['x-correlation-id'];
    const correlationId =
      typeof incoming === 'string' && /^[\w-]{8,64}$/.test(incoming) ? incoming : randomUUID();
    const answer = (status: number, contentType: string, body: string, provider: string) => {
      response.writeHead(status, {
        'content-type': contentType,
        'content-length': Buffer.byteLength(body),
        'x-correlation-id': correlationId,
        'x-content-type-options': 'nosniff',
        'cache-control': 'no-store',
      });
      response.end(body);
      stop({ method: 'POST', route: path, status: String(status) });
      metrics.webhookDeliveries.inc({ provider, status: String(status) });
    };
    const provider = path.split('/')[2];

    readBody(request, WEBHOOK_BODY_LIMIT)
      .then((raw) =>
        route({
          url,
          raw,
          header: (name) => {
            const value = request.headers[name];
            return Array.isArray(value) ? value[0] : value;
          },
        }),
      )
      .then(
        (reply) => answer(200, reply.contentType, reply.body, reply.provider),
        (error: unknown) => {
          const body = error instanceof BodyError ? bodyErrorBody(error) : errorBody(error);
          body.correlationId = correlationId;
          if (body.statusCode >= 500) {
            // The error's name only: messages of driver errors can quote parameters (content).
            const name = error instanceof Error ? error.name : typeof error;
            logger.error(
              `POST ${path} failed: ${name}`,
              (error as Error)?.stack?.split('\n').slice(1, 6).join('\n'),
            );
          }
          answer(body.statusCode, 'application/json; charset=utf-8', JSON.stringify(body), provider);
        },
      );
  };
}
