import type { FlagCode } from '../../contract/triage';
import { BUCKET_BITS, BUCKETS } from './features';
import { LinearModel } from './linear-model';

/**
 * The trained model as committed: weights quantised to one signed byte per label with a scale per label,
 * only the buckets that carry weight, base64 in a generated TypeScript module (so the API and the
 * console's bundle load it the same way, with no file or network access).
 */
export interface ModelData {
  version: 1;
  bucketBits: number;
  labels: readonly FlagCode[];
  bias: readonly number[];
  /** weight = byte × scale[label]. */
  scale: readonly number[];
  /** Probability from which the model raises a flag on its own; absent: the model never does. */
  thresholds: Readonly<Partial<Record<FlagCode, number>>>;
  /** How the model was made (training command, corpus size, seed), for people reading the file. */
  trainedOn: string;
  rows: number;
  /** Base64: the row buckets as varint deltas, then rows × labels signed bytes. */
  packed: string;
}

/** Encodes a model as trained (a row for every bucket). */
export function encodeModel(
  model: LinearModel,
  thresholds: ModelData['thresholds'],
  trainedOn: string,
  minWeight: number,
): ModelData {
  const L = model.labels.length;
  const scale = model.labels.map((_, k) => {
    let max = 0;
    for (let b = 0; b < BUCKETS; b++) max = Math.max(max, Math.abs(model.weights[b * L + k]));
    return max > 0 ? max / 127 : 1;
  });
  const rows: number[] = [];
  for (let b = 0; b < BUCKETS; b++) {
    for (let k = 0; k < L; k++) {
      if (Math.abs(model.weights[b * L + k]) >= Math.max(minWeight, scale[k] / 2)) {
        rows.push(b);
        break;
      }
    }
  }
  const bytes: number[] = [];
  let previous = 0;
  for (const b of rows) {
    let delta = b - previous;
    previous = b;
    while (delta >= 0x80) {
      bytes.push((delta & 0x7f) | 0x80);
      delta >>>= 7;
    }
    bytes.push(delta);
  }
  for (const b of rows) {
    for (let k = 0; k < L; k++) {
      const q = Math.max(-127, Math.min(127, Math.round(model.weights[b * L + k] / scale[k])));
      bytes.push(q & 0xff);
    }
  }
  return {
    version: 1,
    bucketBits: BUCKET_BITS,
    labels: model.labels,
    bias: Array.from(model.bias, round6),
    scale: scale.map(round6),
    thresholds,
    trainedOn,
    rows: rows.length,
    packed: toBase64(Uint8Array.from(bytes)),
  };
}

export function decodeModel(data: ModelData): LinearModel {
  if (data.version !== 1 || data.bucketBits !== BUCKET_BITS) {
    throw new Error('triage model: made for another feature layout; run npm run triage:train');
  }
  const L = data.labels.length;
  const bytes = fromBase64(data.packed);
  const rowOf = new Int32Array(BUCKETS).fill(-1);
  const weights = new Float32Array(data.rows * L);
  const buckets = new Int32Array(data.rows);
  let at = 0;
  let previous = 0;
  for (let r = 0; r < data.rows; r++) {
    let delta = 0;
    let shift = 0;
    for (;;) {
      const byte = bytes[at++];
      delta |= (byte & 0x7f) << shift;
      if (byte < 0x80) break;
      shift += 7;
    }
    previous += delta;
    buckets[r] = previous;
  }
  for (let r = 0; r < data.rows; r++) {
    rowOf[buckets[r]] = r;
    const row = r * L;
    for (let k = 0; k < L; k++) {
      const byte = bytes[at++];
      weights[row + k] = (byte > 127 ? byte - 256 : byte) * data.scale[k];
    }
  }
  const model = new LinearModel(data.labels, { rowOf, weights }, Float32Array.from(data.bias));
  model.useQuantised(
    new Int8Array(bytes.buffer, bytes.byteOffset + at - data.rows * L, data.rows * L),
    data.scale,
  );
  return model;
}

function round6(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DECODE = new Int16Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) DECODE[ALPHABET.charCodeAt(i)] = i;

/** Base64 without Buffer or atob, so the same code runs in Node and in the browser. */
function toBase64(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    out += ALPHABET[(n >> 18) & 63] + ALPHABET[(n >> 12) & 63];
    out += i + 1 < bytes.length ? ALPHABET[(n >> 6) & 63] : '=';
    out += i + 2 < bytes.length ? ALPHABET[n & 63] : '=';
  }
  return out;
}

function fromBase64(text: string): Uint8Array {
  const clean = text.replace(/=+$/, '');
  const out = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let bits = 0;
  let value = 0;
  let at = 0;
  for (let i = 0; i < clean.length; i++) {
    const d = DECODE[clean.charCodeAt(i)];
    if (d < 0) throw new Error('triage model: the packed weights are not base64');
    value = ((value << 6) | d) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[at++] = (value >> bits) & 0xff;
    }
  }
  return out;
}
