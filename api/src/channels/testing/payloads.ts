import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The providers' recorded webhook deliveries, in the repository's `test/fixtures/payloads`. Found by walking
 * up from here so the helper works from source (api/src) and from a build (api/dist) alike.
 */
export function payloadsDir(): string {
  let dir = __dirname;
  for (;;) {
    const candidate = path.join(dir, 'test', 'fixtures', 'payloads');
    if (existsSync(path.join(candidate, '_signatures.json'))) {
      return candidate;
    }
    const parent = path.dirname(dir);
    if (parent === dir) {
      throw new Error('test/fixtures/payloads not found above the api folder');
    }
    dir = parent;
  }
}

/** The exact bytes of one payload file, as the provider sent them. */
export function payloadBytes(name: string): Buffer {
  return readFileSync(path.join(payloadsDir(), name));
}

/** One payload file parsed as JSON. */
export function payloadJson(name: string): unknown {
  return JSON.parse(payloadBytes(name).toString('utf8')) as unknown;
}

/** A form-encoded payload file (Twilio) as decoded fields. */
export function payloadForm(name: string): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const [key, value] of new URLSearchParams(payloadBytes(name).toString('utf8'))) {
    fields[key] = value;
  }
  return fields;
}

export type SignatureHeaders = Record<string, string>;

/** `_signatures.json`: the headers each payload file gets with the test secrets. */
export function signatures(): Record<string, SignatureHeaders> {
  const all = JSON.parse(payloadBytes('_signatures.json').toString('utf8')) as Record<string, unknown>;
  const result: Record<string, SignatureHeaders> = {};
  for (const [name, headers] of Object.entries(all)) {
    if (name.startsWith('_') || typeof headers !== 'object' || headers === null) {
      continue;
    }
    const entry: SignatureHeaders = {};
    for (const [key, value] of Object.entries(headers)) {
      if (typeof value === 'string') {
        entry[key] = value;
      }
    }
    result[name] = entry;
  }
  return result;
}

export const TEST_SECRETS = {
  meta: 'test-meta-app-secret',
  x: 'test-x-consumer-secret',
  twilio: 'test-twilio-auth-token',
} as const;
