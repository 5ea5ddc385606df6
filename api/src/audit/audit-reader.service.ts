import { Injectable } from '@nestjs/common';
import type { AuditItem, AuditPage, AuditQuery, AuditVerification, Role } from '@webcare/shared';
import { DataSource } from 'typeorm';
import type { Actor } from '../common/current-user';
import { EXCEL_CSV_BOM, excelCsvLine } from '../common/excel-csv';
import { AuditQueryInvalidException } from './audit.exception';
import { auditHash, GENESIS_HASH } from './audit-hash';
import { AuditAnchorService } from './audit-anchor.service';
import { auditLabel } from './audit-labels';
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
  contact_ref: string | null;
  contact_name?: string | null;
  ip: string | null;
  details: Record<string, unknown>;
  prev_hash: string;
  hash: string;
}

const VERIFY_BATCH = 5000;

/** The person a line is about: by the conversation (names are read only while they are held). */
const PERSON_JOIN = `LEFT JOIN conversations pc ON pc.id = a.conversation_id
         LEFT JOIN contacts p ON p.id = coalesce(a.contact_id, pc.contact_id)`;

function likeEscape(text: string): string {
  return text.trim().replace(/[\\%_]/g, (c) => `\\${c}`);
}

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
    private readonly anchor: AuditAnchorService,
  ) {}

  async list(actor: Actor, query: AuditQuery, logRead = true): Promise<AuditPage> {
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
    if (query.contact) {
      where.push(
        `(a.contact_id = ${param(query.contact)} OR a.contact_ref = ${param(this.audit.pseudonym(query.contact))})`,
      );
    }
    if (query.actorName) {
      where.push(
        `(u.name ILIKE ${param(`%${likeEscape(query.actorName)}%`)} OR u.email ILIKE $${params.length})`,
      );
    }
    if (query.personName) where.push(`p.display_name ILIKE ${param(`%${likeEscape(query.personName)}%`)}`);
    if (query.action) where.push(`a.action = ${param(query.action)}`);
    if (query.cursor) where.push(`a.id < ${param(query.cursor)}::bigint`);
    const rows: AuditRow[] = await this.dataSource.query(
      `SELECT a.id::text, a.at, a.actor_id, a.actor_role, u.name AS actor_name, a.on_behalf_of, a.action,
              a.conversation_id, a.contact_id, a.contact_ref, p.display_name AS contact_name, a.ip, a.details
         FROM audit_log a LEFT JOIN users u ON u.id = a.actor_id
         ${PERSON_JOIN}
        WHERE ${where.length ? where.join(' AND ') : 'TRUE'}
        ORDER BY a.id DESC LIMIT ${param(limit + 1)}`,
      params,
    );
    if (logRead)
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
   * Every line about one person (subject export): by their pseudonym, their id on older lines, or one of
   * their conversations. Who (name and role), when, what.
   */
  async linesAbout(contactId: string, conversationIds: string[]): Promise<AuditItem[]> {
    const rows: AuditRow[] = await this.dataSource.query(
      `SELECT a.id::text, a.at, a.actor_id, a.actor_role, u.name AS actor_name, a.on_behalf_of, a.action,
              a.conversation_id, a.contact_id, a.contact_ref, NULL AS contact_name, a.ip, a.details
         FROM audit_log a LEFT JOIN users u ON u.id = a.actor_id
        WHERE a.contact_ref = $1 OR a.contact_id = $2 OR a.conversation_id = ANY($3)
        ORDER BY a.id`,
      [this.audit.pseudonym(contactId), contactId, conversationIds],
    );
    return rows.map(toAuditItem);
  }

  /** The filtered log as CSV for the privacy officer: Dutch Excel (BOM, `;`, local time), names not ids. */
  async exportCsv(actor: Actor, query: AuditQuery): Promise<string> {
    const items: AuditItem[] = [];
    let cursor: string | undefined;
    for (let page = 0; page < 200; page++) {
      const result = await this.list(actor, { ...query, limit: 500, cursor }, false);
      items.push(...result.items);
      if (!result.nextCursor) break;
      cursor = result.nextCursor;
    }
    await this.audit.record({
      actor,
      action: 'audit.export',
      details: { count: items.length, filters: Object.keys(query) },
    });
    // Plain words for the privacy officer, beside the line number and action code an auditor checks against.
    const header = [
      'Regel',
      'Tijdstip',
      'Medewerker',
      'Rol',
      'Handeling',
      'Code',
      'Persoon',
      'Gesprek',
      'Adres',
    ];
    const rows = items.map((item) => [
      item.id,
      new Date(item.at),
      item.actor.name ?? (item.actor.role === 'system' ? 'Systeem' : ''),
      item.actor.role ?? '',
      item.label?.nl ?? item.action,
      item.action,
      item.contactName ?? (item.contactRef ? `pseudoniem ${item.contactRef.slice(0, 12)}` : ''),
      item.conversationId ?? '',
      item.ip ?? '',
    ]);
    return EXCEL_CSV_BOM + [header, ...rows].map(excelCsvLine).join('');
  }

  /** Recomputes the chain from the first line; names the first line whose hash or link does not match. */
  async verify(actor: Actor): Promise<AuditVerification> {
    let previousHash = GENESIS_HASH;
    let afterId = '0';
    let count = 0;
    let firstBrokenId: string | undefined;
    for (;;) {
      const rows: AuditRow[] = await this.dataSource.query(
        `SELECT id::text, at, actor_id, actor_role, on_behalf_of, action, conversation_id, contact_id,
                contact_ref, ip, details, prev_hash, hash
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
          contactRef: row.contact_ref ?? undefined,
          ip: row.ip,
          details: row.details,
        });
        if (row.prev_hash !== previousHash || row.hash !== expected) firstBrokenId = row.id;
        previousHash = row.hash;
      }
      if (rows.length < VERIFY_BATCH) break;
      afterId = rows[rows.length - 1].id;
    }
    const anchor = await this.anchor.check();
    const anchored = {
      ok: anchor.verified.ok,
      checkpoints: anchor.checkpoints.length,
      problem: anchor.verified.problem,
    };
    const result: AuditVerification = firstBrokenId
      ? { ok: false, count, firstBrokenId, anchored }
      : { ok: anchor.verified.ok, count, anchored };
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
    contactRef: row.contact_ref,
    contactName: row.contact_name ?? null,
    label: auditLabel(row.action),
    ip: row.ip,
    details: row.details,
  };
}
