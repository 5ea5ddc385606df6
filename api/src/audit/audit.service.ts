import { Injectable } from '@nestjs/common';
import type { Role } from '@webcare/shared';
import { DataSource, type EntityManager } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { auditHash, contactPseudonym, GENESIS_HASH, type HashedFields } from './audit-hash';

/** Actions in the access log. Reads count too (NEN 7513 logs every access, not only changes). */
export type AuditAction =
  | 'login'
  | 'conversation.read'
  | 'conversation.assign'
  | 'conversation.unassign'
  | 'conversation.status'
  | 'message.receive'
  | 'message.reply'
  | 'message.template'
  | 'message.note'
  | 'message.reveal_media'
  | 'comment.hide'
  | 'switch.send'
  | (string & {});

export interface AuditInput {
  actor: { id: string; role: Role; ip: string | null; onBehalfOf?: string | null } | 'system';
  action: AuditAction;
  conversationId?: string | null;
  contactId?: string | null;
  /** Ids and codes only: never message content or identifiers of the person. */
  details?: Record<string, unknown>;
}

/** One arbitrary constant: appends take this lock so the chain has one order. */
const AUDIT_CHAIN_LOCK = 731_5002;

@Injectable()
export class AuditService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  /** The keyed-hash pseudonym under which lines about this contact are kept. */
  pseudonym(contactId: string): string {
    return contactPseudonym(this.config.auditPseudonymKey, contactId);
  }

  /** Appends one entry, chained to the previous one. Pass a manager to append inside a transaction. */
  async record(input: AuditInput, manager?: EntityManager): Promise<void> {
    await this.recordMany([input], manager);
  }

  /**
   * Appends several entries in the given order (e.g. one per search result, one per message of an
   * ingest batch), in one statement. Pass a manager to append inside a transaction.
   */
  async recordMany(inputs: AuditInput[], manager?: EntityManager): Promise<void> {
    if (inputs.length === 0) return;
    if (manager) return this.append(manager, inputs);
    await this.dataSource.transaction((tx) => this.append(tx, inputs));
  }

  /**
   * The chain lock is held until the caller's transaction ends: callers append last, just before they
   * commit, so other appends wait as little as possible.
   */
  private async append(manager: EntityManager, inputs: AuditInput[]): Promise<void> {
    await manager.query('SELECT pg_advisory_xact_lock($1)', [AUDIT_CHAIN_LOCK]);
    const last: { hash: string }[] = await manager.query(
      'SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1',
    );
    let prevHash = last[0]?.hash ?? GENESIS_HASH;
    // 12 parameters a line; PostgreSQL takes at most 65,535 in one statement.
    for (let start = 0; start < inputs.length; start += 1000) {
      prevHash = await this.insertChained(manager, inputs.slice(start, start + 1000), prevHash);
    }
  }

  /** Inserts the lines chained after `prevHash`; returns the hash of the last one. */
  private async insertChained(
    manager: EntityManager,
    inputs: AuditInput[],
    prevHash: string,
  ): Promise<string> {
    const values: unknown[] = [];
    const rows: string[] = [];
    for (const input of inputs) {
      const actor = input.actor === 'system' ? null : input.actor;
      const fields: HashedFields = {
        at: new Date(),
        actorId: actor?.id ?? null,
        actorRole: actor?.role ?? 'system',
        onBehalfOf: actor?.onBehalfOf ?? null,
        action: input.action,
        conversationId: input.conversationId ?? null,
        contactId: null,
        contactRef: input.contactId ? this.pseudonym(input.contactId) : undefined,
        ip: actor?.ip ?? null,
        details: input.details ?? {},
      };
      const hash = auditHash(prevHash, fields);
      const first = values.length;
      values.push(
        fields.at,
        fields.actorId,
        fields.actorRole,
        fields.onBehalfOf,
        fields.action,
        fields.conversationId,
        fields.contactId,
        fields.contactRef ?? null,
        fields.ip,
        JSON.stringify(fields.details),
        prevHash,
        hash,
      );
      rows.push(`(${Array.from({ length: 12 }, (_, i) => `$${first + i + 1}`).join(', ')})`);
      prevHash = hash;
    }
    // Ids are drawn in the order of the rows, so the chain's order is the order of `inputs`.
    await manager.query(
      `INSERT INTO audit_log (at, actor_id, actor_role, on_behalf_of, action, conversation_id, contact_id, contact_ref, ip, details, prev_hash, hash)
       VALUES ${rows.join(', ')}`,
      values,
    );
    return prevHash;
  }
}
