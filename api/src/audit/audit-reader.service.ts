import { Injectable } from '@nestjs/common';
import type { AuditItem, AuditPage, AuditQuery, AuditVerification, Role } from '@webcare/shared';
import { DataSource } from 'typeorm';
import type { Actor } from '../common/current-user';
import { EXCEL_CSV_BOM, excelCsvLine } from '../common/excel-csv';
import { AuditQueryInvalidException } from './audit.exception';
import { auditHash, GENESIS_HASH } from './audit-hash';
import { AuditService } from './audit.service';

interface AuditRow {
  id: string;
  at: Date;
  actor_id: string | null;
  actor_role: Role | 'system' | null;
  actor_name?: string | null;
  on_behalf_of: string | null;
  action: string;
  conversation_id: string | null;
  contact_id: string | null;
  ip: string | null;
  details: Record<string, unknown>;
  prev_hash: string;
  hash: string;
}

const VERIFY_BATCH = 5000;
const EXPORT_BATCH = 2000;

/**
 * Reading and checking the access log, for those who audit. Reading it is itself an access and is logged.
 * What protects it: the append-only trigger stops the application's own database user from changing or
 * removing lines; a superuser can still disable the trigger, and that is what the hash chain detects.
 */
@Injectable()
export class AuditReaderService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(actor: Actor, query: AuditQuery): Promise<AuditPage> {
    const limit = Math.min(Math.max(query.limit ?? 100, 1), 500);
    const params: unknown[] = [];
    const where: string[] = [];
    const param = (value: unknown): string => {
      params.push(value);
      return `$${params.length}`;
    };
    if (query.from) where.push(`a.at >= ${param(validTime(query.from))}`);
    if (query.to) where.push(`a.at < ${param(validTime(query.to))}`);
    if (query.actor) where.push(`a.actor_id = ${param(query.actor)}`);
    if (query.conversation) where.push(`a.conversation_id = ${param(query.conversation)}`);
    if (query.contact) where.push(`a.contact_id = ${param(query.contact)}`);
    if (query.action) where.push(`a.action = ${param(query.action)}`);
    if (query.cursor) where.push(`a.id < ${param(query.cursor)}::bigint`);
    const rows: AuditRow[] = await this.dataSource.query(
      `SELECT a.id::text, a.at, a.actor_id, a.actor_role, u.name AS actor_name, a.on_behalf_of, a.action,
              a.conversation_id, a.contact_id, a.ip, a.details
         FROM audit_log a LEFT JOIN users u ON u.id = a.actor_id
        WHERE ${where.length ? where.join(' AND ') : 'TRUE'}
        ORDER BY a.id DESC LIMIT ${param(limit + 1)}`,
      params,
    );
    await this.audit.record({
      actor,
      action: 'audit.read',
      conversationId: query.conversation ?? null,
      contactId: query.contact ?? null,
      details: { filters: Object.keys(query).filter((key) => key !== 'cursor' && key !== 'limit') },
    });
    const page = rows.slice(0, limit);
    return {
      items: page.map(toAuditItem),
      nextCursor: rows.length > limit ? page[page.length - 1].id : null,
    };
  }

  /**
   * The access log as CSV for Dutch Excel, oldest first, with the filters of the list: names beside the
   * ids, local time. The export is itself logged.
   */
  async *exportCsv(actor: Actor, query: AuditQuery): AsyncGenerator<string> {
    const params: unknown[] = [];
    const where: string[] = [];
    const param = (value: unknown): string => {
      params.push(value);
      return `$${params.length}`;
    };
    if (query.from) where.push(`a.at >= ${param(validTime(query.from))}`);
    if (query.to) where.push(`a.at < ${param(validTime(query.to))}`);
    if (query.actor) where.push(`a.actor_id = ${param(query.actor)}`);
    if (query.conversation) where.push(`a.conversation_id = ${param(query.conversation)}`);
    if (query.contact) where.push(`a.contact_id = ${param(query.contact)}`);
    if (query.action) where.push(`a.action = ${param(query.action)}`);
    await this.audit.record({
      actor,
      action: 'audit.export',
      conversationId: query.conversation ?? null,
      contactId: query.contact ?? null,
      details: { filters: Object.keys(query).filter((key) => key !== 'cursor' && key !== 'limit') },
    });
    yield (
      EXCEL_CSV_BOM +
      excelCsvLine([
        'id',
        'at',
        'actor',
        'role',
        'on_behalf_of',
        'action',
        'conversation_id',
        'contact_id',
        'ip',
      ])
    );
    let after = '0';
    for (;;) {
      const rows: (AuditRow & { on_behalf_of_name: string | null })[] = await this.dataSource.query(
        `SELECT a.id::text, a.at, a.actor_id, a.actor_role, u.name AS actor_name, b.name AS on_behalf_of_name,
                a.action, a.conversation_id, a.contact_id, a.ip
           FROM audit_log a
           LEFT JOIN users u ON u.id = a.actor_id
           LEFT JOIN users b ON b.id = a.on_behalf_of
          WHERE ${[...where, `a.id > $${params.length + 1}::bigint`].join(' AND ')}
          ORDER BY a.id LIMIT ${EXPORT_BATCH}`,
        [...params, after],
      );
      if (rows.length === 0) return;
      yield rows
        .map((row) =>
          excelCsvLine([
            row.id,
            row.at,
            row.actor_name ?? (row.actor_role === 'system' ? 'systeem' : row.actor_id),
            row.actor_role,
            row.on_behalf_of_name,
            row.action,
            row.conversation_id,
            row.contact_id,
            row.ip,
          ]),
        )
        .join('');
      after = rows[rows.length - 1].id;
      if (rows.length < EXPORT_BATCH) return;
    }
  }

  /** Recomputes the chain from the first line; names the first line whose hash or link does not match. */
  async verify(actor: Actor): Promise<AuditVerification> {
    let previousHash = GENESIS_HASH;
    let afterId = '0';
    let count = 0;
    let firstBrokenId: string | undefined;
    for (;;) {
      const rows: AuditRow[] = await this.dataSource.query(
        `SELECT id::text, at, actor_id, actor_role, on_behalf_of, action, conversation_id, contact_id, ip,
                details, prev_hash, hash
           FROM audit_log WHERE id > $1::bigint ORDER BY audit_log.id LIMIT $2`,
        [afterId, VERIFY_BATCH],
      );
      for (const row of rows) {
        count++;
        if (firstBrokenId) continue;
        const expected = auditHash(row.prev_hash, {
          at: row.at,
          actorId: row.actor_id,
          actorRole: row.actor_role,
          onBehalfOf: row.on_behalf_of,
          action: row.action,
          conversationId: row.conversation_id,
          contactId: row.contact_id,
          ip: row.ip,
          details: row.details,
        });
        if (row.prev_hash !== previousHash || row.hash !== expected) firstBrokenId = row.id;
        previousHash = row.hash;
      }
      if (rows.length < VERIFY_BATCH) break;
      afterId = rows[rows.length - 1].id;
    }
    const result: AuditVerification = firstBrokenId
      ? { ok: false, count, firstBrokenId }
      : { ok: true, count };
    await this.audit.record({ actor, action: 'audit.verify', details: { ok: result.ok, count } });
    return result;
  }
}

function validTime(text: string): Date {
  const date = new Date(text);
  if (Number.isNaN(date.getTime()))
    throw new AuditQueryInvalidException('from and to must be ISO 8601 times');
  return date;
}

function toAuditItem(row: AuditRow): AuditItem {
  return {
    id: row.id,
    at: row.at.toISOString(),
    actor: { id: row.actor_id, role: row.actor_role, name: row.actor_name ?? null },
    onBehalfOf: row.on_behalf_of,
    action: row.action,
    conversationId: row.conversation_id,
    contactId: row.contact_id,
    ip: row.ip,
    details: row.details,
  };
}
