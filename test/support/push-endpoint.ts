import {
  createECDH,
  createHmac,
  createDecipheriv,
  createPublicKey,
  randomBytes,
  verify,
  type ECDH,
} from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

const b64url = (buffer: Buffer): string => buffer.toString('base64url');
const hmac = (key: Buffer, data: Buffer): Buffer => createHmac('sha256', key).update(data).digest();

export interface ReceivedPush {
  /** The decrypted payload. */
  text: string;
  headers: Record<string, string | string[] | undefined>;
  /** The VAPID token's claims, after its ES256 signature checked out against `k`. */
  vapid: { aud: string; exp: number; sub: string; publicKey: string };
}

/**
 * A push service on loopback that speaks Web Push as a browser's push service does: it takes the POST,
 * checks the VAPID `Authorization: vapid t=…, k=…` token (ES256 over the application server key), and
 * decrypts the aes128gcm body (RFC 8188, keys per RFC 8291) with the subscriber's own private key.
 */
export class PushEndpoint {
  readonly received: ReceivedPush[] = [];
  readonly errors: string[] = [];
  private readonly ecdh: ECDH = createECDH('prime256v1');
  private readonly authSecret = randomBytes(16);
  private server: Server | null = null;
  private base = '';

  constructor() {
    this.ecdh.generateKeys();
  }

  async start(): Promise<void> {
    this.server = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        try {
          const vapid = this.checkVapid(String(request.headers.authorization ?? ''));
          if (request.headers['content-encoding'] !== 'aes128gcm') throw new Error('not aes128gcm');
          if (!request.headers.ttl) throw new Error('no TTL');
          const text = this.decrypt(Buffer.concat(chunks));
          this.received.push({ text, headers: request.headers, vapid });
          response.writeHead(201).end();
        } catch (error) {
          this.errors.push(String(error));
          response.writeHead(400).end();
        }
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.base = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    await new Promise((resolve) => this.server?.close(resolve));
  }

  /** What the browser's `PushSubscription.toJSON()` would give for this endpoint. */
  subscription(): { endpoint: string; keys: { p256dh: string; auth: string } } {
    return {
      endpoint: `${this.base}/push/${b64url(randomBytes(12))}`,
      keys: { p256dh: b64url(this.ecdh.getPublicKey()), auth: b64url(this.authSecret) },
    };
  }

  private checkVapid(header: string): ReceivedPush['vapid'] {
    const match = /^vapid t=([^,\s]+),\s*k=([A-Za-z0-9_-]+)$/.exec(header);
    if (!match) throw new Error('no VAPID authorization');
    const [, token, k] = match;
    const [head, claims, signature] = token.split('.');
    const point = Buffer.from(k, 'base64url');
    if (point.length !== 65 || point[0] !== 4) throw new Error('k is not an uncompressed P-256 point');
    const key = createPublicKey({
      key: { kty: 'EC', crv: 'P-256', x: b64url(point.subarray(1, 33)), y: b64url(point.subarray(33)) },
      format: 'jwk',
    });
    const ok = verify(
      'sha256',
      Buffer.from(`${head}.${claims}`),
      { key, dsaEncoding: 'ieee-p1363' },
      Buffer.from(signature, 'base64url'),
    );
    if (!ok) throw new Error('VAPID signature does not verify');
    if (JSON.parse(Buffer.from(head, 'base64url').toString()).alg !== 'ES256') throw new Error('not ES256');
    const body = JSON.parse(Buffer.from(claims, 'base64url').toString()) as {
      aud: string;
      exp: number;
      sub: string;
    };
    if (body.aud !== this.base) throw new Error(`aud ${body.aud} is not ${this.base}`);
    if (body.exp * 1000 < Date.now()) throw new Error('VAPID token expired');
    return { ...body, publicKey: k };
  }

  private decrypt(body: Buffer): string {
    const salt = body.subarray(0, 16);
    const idLength = body[20];
    const serverPublic = body.subarray(21, 21 + idLength);
    const ciphertext = body.subarray(21 + idLength);
    const shared = this.ecdh.computeSecret(serverPublic);
    const keyInfo = Buffer.concat([Buffer.from('WebPush: info\0'), this.ecdh.getPublicKey(), serverPublic]);
    const ikm = hmac(hmac(this.authSecret, shared), Buffer.concat([keyInfo, Buffer.from([1])]));
    const prk = hmac(salt, ikm);
    const cek = hmac(prk, Buffer.from('Content-Encoding: aes128gcm\0\x01', 'binary')).subarray(0, 16);
    const nonce = hmac(prk, Buffer.from('Content-Encoding: nonce\0\x01', 'binary')).subarray(0, 12);
    const decipher = createDecipheriv('aes-128-gcm', cek, nonce);
    decipher.setAuthTag(ciphertext.subarray(ciphertext.length - 16));
    const padded = Buffer.concat([
      decipher.update(ciphertext.subarray(0, ciphertext.length - 16)),
      decipher.final(),
    ]);
    let end = padded.length - 1;
    while (end >= 0 && padded[end] === 0) end--;
    if (padded[end] !== 2) throw new Error('not the last record');
    return padded.subarray(0, end).toString('utf8');
  }
}
