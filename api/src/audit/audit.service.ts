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
    if (manager) return this.append(manager, input);
    await this.dataSource.transaction((tx) => this.append(tx, input));
  }

  /** Appends several entries in one transaction, in the given order (e.g. one per search result). */
  async recordMany(inputs: AuditInput[]): Promise<void> {
    if (inputs.length === 0) return;
    await this.dataSource.transaction(async (tx) => {
      for (const input of inputs) await this.append(tx, input);
    });
  }

  private async append(manager: EntityManager, input: AuditInput): Promise<void> {
    await manager.query('SELECT pg_advisory_xact_lock($1)', [AUDIT_CHAIN_LOCK]);
    const last: { hash: string }[] = await manager.query(
      'SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1',
    );
    const prevHash = last[0]?.hash ?? GENESIS_HASH;
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
    await manager.query(
      `INSERT INTO audit_log (at, actor_id, actor_role, on_behalf_of, action, conversation_id, contact_id, contact_ref, ip, details, prev_hash, hash)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
      [
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
        auditHash(prevHash, fields),
      ],
    );
  }
}
