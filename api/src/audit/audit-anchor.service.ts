import { appendFile, mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { createPrivateKey, createPublicKey, type KeyObject, sign, verify } from 'node:crypto';
import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { AuditCheckpoint, AuditCheckpointExport } from '@webcare/shared';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config';

const FILE = 'checkpoints.jsonl';

function signedText(c: Omit<AuditCheckpoint, 'signature'>): string {
  return `${c.at}|${c.lastId}|${c.count}|${c.hash}`;
}

/**
 * Checkpoints of the access-log chain head, signed (Ed25519) with the time, appended to a file outside the
 * database. The chain alone cannot show that its last lines were removed; a checkpoint can: a checkpointed
 * line that is gone, or whose hash changed, is reported. Point AUDIT_ANCHOR_DIR at storage the database
 * user cannot reach and the app can only append to (an append-only mount, `chattr +a`, a WORM bucket).
 */
@Injectable()
export class AuditAnchorService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(AuditAnchorService.name);
  private readonly privateKey: KeyObject;
  private readonly publicKey: KeyObject;
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {
    this.privateKey = createPrivateKey(config.auditAnchorKey);
    this.publicKey = createPublicKey(this.privateKey);
  }

  onApplicationBootstrap(): void {
    if (!this.config.runWorkers) return;
    this.timer = setInterval(
      () => void this.checkpoint().catch((e: Error) => this.logger.warn(`Checkpoint failed: ${e.name}`)),
      this.config.auditAnchorIntervalMinutes * 60_000,
    );
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }

  private get file(): string {
    return path.join(this.config.auditAnchorDir, FILE);
  }

  /** Appends a checkpoint of the current head, unless the head has not moved since the last one. */
  async checkpoint(): Promise<AuditCheckpoint | null> {
    const [head] = await this.dataSource.query<{ id: string; hash: string; count: string }[]>(
      `SELECT id::text, hash, (SELECT count(*) FROM audit_log)::text AS count
         FROM audit_log ORDER BY audit_log.id DESC LIMIT 1`,
    );
    if (!head) return null;
    const last = (await this.read()).at(-1);
    if (last && last.lastId === head.id && last.hash === head.hash) return last;
    const unsigned = {
      at: new Date().toISOString(),
      lastId: head.id,
      count: Number(head.count),
      hash: head.hash,
    };
    const checkpoint: AuditCheckpoint = {
      ...unsigned,
      signature: sign(null, Buffer.from(signedText(unsigned)), this.privateKey).toString('base64'),
    };
    await mkdir(this.config.auditAnchorDir, { recursive: true, mode: 0o700 });
    await appendFile(this.file, `${JSON.stringify(checkpoint)}\n`, { mode: 0o600, flag: 'a' });
    return checkpoint;
  }

  async read(): Promise<AuditCheckpoint[]> {
    let text: string;
    try {
      text = await readFile(this.file, 'utf8');
    } catch {
      return [];
    }
    return text
      .split('\n')
      .filter((line) => line.trim())
      .map((line) => JSON.parse(line) as AuditCheckpoint);
  }

  /** Every checkpoint's signature, and that the log still holds each checkpointed line unchanged. */
  async check(): Promise<AuditCheckpointExport> {
    const checkpoints = await this.read();
    const publicKey = this.publicKey.export({ type: 'spki', format: 'pem' }).toString();
    const problem = await this.problemWith(checkpoints);
    return { publicKey, checkpoints, verified: problem ? { ok: false, problem } : { ok: true } };
  }

  private async problemWith(checkpoints: AuditCheckpoint[]): Promise<string | null> {
    let previous = -1;
    for (const c of checkpoints) {
      const { signature, ...unsigned } = c;
      if (
        !verify(null, Buffer.from(signedText(unsigned)), this.publicKey, Buffer.from(signature, 'base64'))
      ) {
        return `checkpoint of ${c.at} has a wrong signature`;
      }
      if (Number(c.lastId) < previous) return `checkpoint of ${c.at} goes back in the log`;
      previous = Number(c.lastId);
    }
    const last = checkpoints.at(-1);
    if (!last) return null;
    const [row] = await this.dataSource.query<{ hash: string; count: string }[]>(
      `SELECT hash, (SELECT count(*) FROM audit_log WHERE id <= $1::bigint)::text AS count
         FROM audit_log WHERE id = $1::bigint`,
      [last.lastId],
    );
    if (!row) return `line ${last.lastId}, checkpointed at ${last.at}, is missing: the log was truncated`;
    if (row.hash !== last.hash) return `line ${last.lastId} changed after it was checkpointed at ${last.at}`;
    if (Number(row.count) !== last.count) {
      return `the log held ${last.count} lines up to ${last.lastId} at ${last.at}, now ${row.count}`;
    }
    return null;
  }
}
