import { Injectable, Logger, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import {
  type BulkReplyProgress,
  type BulkReplyResult,
  type Channel,
  DEFAULT_SPIKE_TEST,
  expectedPerWindow,
  type FlagCode,
  type SpikeKind,
  type SpikeList,
  type SpikeMember,
  spikeTest,
  type SpikeView,
} from '@webcare/shared';
import { DataSource, type EntityManager } from 'typeorm';
import { AppException } from '../common/app.exception';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../common/current-user';
import { AppConfig } from '../config/app-config';
import { ConversationsService } from '../conversations/conversations.service';
import { DomainEventBus } from '../events/domain-event-bus';
import { type DomainEvents, OnDomainEvent } from '../events/domain-events';
import { SpikeGrewException, SpikeNotFoundException } from './insight.exception';
import { TopicListService } from './topic-list.service';

/** The period a wave's own recent baseline is measured over. */
const BASELINE_MS = 24 * 3600_000;
/** Arrivals are kept this long (the baseline needs a day; a week leaves room to look back). */
const KEEP_ARRIVALS_MS = 8 * 24 * 3600_000;
/** Spikes older than this are not listed. */
const LIST_MS = 24 * 3600_000;
const PREVIEW = 140;
/** Message ids one flush takes: they are read in one query and inserted per key in one statement. */
const FLUSH_MAX = 500;
/** Ids waiting beyond this are not counted (and logged), so memory stays bounded while PostgreSQL is away. */
const PENDING_MAX = 50_000;
/** Keys of one flush recorded at the same time: each holds a pooled connection for its transaction. */
const KEYS_AT_ONCE = 2;
/** How long shutdown waits for the arrivals handed over to be counted. */
const SHUTDOWN_WAIT_MS = 5_000;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** What a spike is counted on: a post (of one account) or a topic. */
interface SpikeKey {
  key: string;
  kind: SpikeKind;
  postId: string | null;
  topic: string | null;
}

/** An inbound message as spike detection counts it. */
interface Arrival {
  id: string;
  conversation_id: string;
  /** The person's time, never later than we received it. */
  at: Date;
  received_at: Date;
  topics: string[];
  post_id: string | null;
  channel: Channel;
  channel_account_id: string;
}

/** Its post (a public comment) and each of its topics. */
function keysOf(arrival: Arrival): SpikeKey[] {
  return [
    ...(arrival.post_id
      ? [
          {
            key: `post:${arrival.channel_account_id}:${arrival.post_id}`,
            kind: 'post' as const,
            postId: arrival.post_id,
            topic: null,
          },
        ]
      : []),
    ...arrival.topics.map((topic) => ({
      key: `topic:${topic}`,
      kind: 'topic' as const,
      postId: null,
      topic,
    })),
  ];
}

/** An error for the log: its kind and PostgreSQL code, never its message (it may quote values). */
function describe(error: unknown): string {
  const name = error instanceof Error ? error.name : 'Error';
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? `${name} ${code}` : name;
}

interface SpikeRow {
  id: string;
  kind: SpikeKind;
  key: string;
  post_id: string | null;
  topic: string | null;
  channel: Channel | null;
  started_at: Date;
  last_at: Date;
  expected: number;
  confirmed_count: number | null;
}

interface MemberRow {
  conversation_id: string;
  channel_account_id: string;
  message_id: string;
  at: Date;
  text: string;
  message_flags: { code: FlagCode }[];
  conversation_flags: { code: FlagCode }[];
  contact_name: string;
  answered: boolean;
  /** Nobody is waiting for us: the last word in the conversation is ours. */
  our_turn_over: boolean;
}

/**
 * Spikes: every inbound message counts as an arrival on its post and on each of its topics, at the
 * person's time (the provider's, never later than we received it, so a backlog drained after an outage
 * is not a wave), counted in flushes of the messages announced meanwhile; a key whose arrivals in the
 * last window are far above its own baseline (Poisson test) becomes a spike, raised by the flush that
 * tips it. A spike lasts while messages keep coming (quiet for six windows: over).
 * Bulk answers queue one reply per unflagged conversation, each through the send job, once ever.
 */
@Injectable()
export class SpikesService implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(SpikesService.name);
  private timer: NodeJS.Timeout | null = null;
  /** Message ids announced and not yet taken by a flush. */
  private readonly pending = new Set<string>();
  /** The flushes running now, until nothing waits; null when idle. */
  private flushing: Promise<void> | null = null;
  /** Ids turned away since the last log line because too many waited. */
  private notCounted = 0;
  private closed = false;

  constructor(
    private readonly dataSource: DataSource,
    private readonly conversations: ConversationsService,
    private readonly audit: AuditService,
    private readonly events: DomainEventBus,
    private readonly config: AppConfig,
    private readonly topicList: TopicListService,
  ) {}

  private get windowMs(): number {
    return this.config.spikeWindowSeconds * 1000;
  }

  private get quietMs(): number {
    return 6 * this.windowMs;
  }

  onModuleInit(): void {
    this.timer = setInterval(() => void this.forgetOldArrivals().catch(() => undefined), 3600_000);
    this.timer.unref();
  }

  /**
   * Counts what was handed over (and what the stopping workers still announce) for up to
   * SHUTDOWN_WAIT_MS; what still waits then is dropped and logged.
   */
  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    const deadline = Date.now() + SHUTDOWN_WAIT_MS;
    while (this.flushing && Date.now() < deadline) {
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([
        this.flushing,
        new Promise((resolve) => (timer = setTimeout(resolve, deadline - Date.now()))),
      ]);
      clearTimeout(timer);
    }
    this.closed = true;
    if (this.pending.size > 0) {
      this.logger.warn(`${this.pending.size} arrivals not counted: the application stopped`);
      this.pending.clear();
    }
  }

  /**
   * Each inbound message is handed to the next flush: the announcement returns at once, and a wave's
   * arrivals are counted together instead of one transaction (and one wait for the key's lock) each.
   */
  @OnDomainEvent('message.recorded')
  onMessageRecorded(event: DomainEvents['message.recorded']): void {
    // Stopped: a message the stopping workers announce late is stored; it just does not count.
    if (this.closed) return;
    if (this.pending.size >= PENDING_MAX) {
      this.notCounted += 1;
      return;
    }
    this.pending.add(event.messageId);
    this.flushing ??= this.flushAll();
  }

  /** A bulk answer's reply was sent or failed: its spike's progress moved. */
  @OnDomainEvent('message.changed')
  async onMessageChanged(event: DomainEvents['message.changed']): Promise<void> {
    const rows: { spike_id: string }[] = await this.dataSource.query(
      'SELECT spike_id FROM spike_replies WHERE message_id = $1',
      [event.messageId],
    );
    if (rows[0]) await this.events.emit('spike.changed', { spikeId: rows[0].spike_id });
  }

  /**
   * Flushes until nothing waits, one flush at a time (ids handed over meanwhile wait for the next one).
   * A failed flush is logged and its arrivals are not counted; the next flush goes on.
   */
  private async flushAll(): Promise<void> {
    // Let the messages announced together join the first flush.
    await new Promise((resolve) => setImmediate(resolve));
    while (this.pending.size > 0) {
      const ids: string[] = [];
      for (const id of this.pending) {
        if (ids.length === FLUSH_MAX) break;
        ids.push(id);
      }
      for (const id of ids) this.pending.delete(id);
      try {
        const changed = await this.recordArrivals(ids);
        for (const spikeId of changed) await this.events.emit('spike.changed', { spikeId });
      } catch (error) {
        this.logger.warn(`${ids.length} arrivals not counted: ${describe(error)}`);
      }
      if (this.notCounted > 0) {
        this.logger.warn(`${this.notCounted} arrivals not counted: too many waiting`);
        this.notCounted = 0;
      }
    }
    this.flushing = null;
  }

  /**
   * Counts inbound messages on their keys (messages already counted, unknown ids and outbound messages
   * add nothing); returns the spikes raised or grown. The messages are read in one query; each key takes
   * one transaction under its lock, a few keys at a time. A key that fails is logged and the others go on.
   */
  async recordArrivals(messageIds: readonly string[]): Promise<string[]> {
    // An id that cannot be a message must not fail the query for the others.
    const ids = [...new Set(messageIds)].filter((id) => UUID.test(id));
    if (ids.length === 0) return [];
    const messages: Arrival[] = await this.dataSource.query(
      `SELECT m.id, m.conversation_id, least(m.sent_at, m.created_at) AS at, m.created_at AS received_at, m.topics,
              c.post_id, c.channel, c.channel_account_id
         FROM messages m JOIN conversations c ON c.id = m.conversation_id
        WHERE m.id = ANY($1::uuid[]) AND m.direction = 'in'`,
      [ids],
    );
    const byKey = new Map<string, { key: SpikeKey; arrivals: Arrival[] }>();
    for (const message of messages) {
      for (const key of keysOf(message)) {
        const group = byKey.get(key.key) ?? { key, arrivals: [] };
        group.arrivals.push(message);
        byKey.set(key.key, group);
      }
    }
    const groups = [...byKey.values()];
    const changed = new Set<string>();
    for (let start = 0; start < groups.length; start += KEYS_AT_ONCE) {
      const spikeIds = await Promise.all(
        groups.slice(start, start + KEYS_AT_ONCE).map(({ key, arrivals }) =>
          this.recordOnKey(key, arrivals).catch((error: unknown) => {
            this.logger.warn(`Arrivals on a ${key.kind} not counted: ${describe(error)}`);
            return null;
          }),
        ),
      );
      for (const spikeId of spikeIds) if (spikeId) changed.add(spikeId);
    }
    return [...changed];
  }

  /** Counts a key's arrivals and judges the key once, as of the latest of those counted now. */
  private recordOnKey(key: SpikeKey, arrivals: Arrival[]): Promise<string | null> {
    return this.dataSource.transaction(async (manager) => {
      // One batch at a time per key, so two workers never raise the same wave twice.
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [key.key]);
      const inserted: { message_id: string }[] = await manager.query(
        `INSERT INTO spike_arrivals (key, message_id, conversation_id, at)
         SELECT $1::text, * FROM unnest($2::uuid[], $3::uuid[], $4::timestamptz[])
         ON CONFLICT DO NOTHING RETURNING message_id`,
        [
          key.key,
          arrivals.map((arrival) => arrival.id),
          arrivals.map((arrival) => arrival.conversation_id),
          arrivals.map((arrival) => arrival.at),
        ],
      );
      const counted = new Set(inserted.map((row) => row.message_id));
      const fresh = arrivals.filter((arrival) => counted.has(arrival.id));
      if (fresh.length === 0) return null;
      // The latest received sees every other one in its window: judging it alone judges them all.
      const latest = fresh.reduce((a, b) => (b.received_at.getTime() > a.received_at.getTime() ? b : a));
      const lastAt = new Date(Math.max(...fresh.map((arrival) => arrival.at.getTime())));
      return this.judge(manager, key, lastAt, latest.received_at, {
        channel: latest.channel,
        channelAccountId: latest.channel_account_id,
      });
    });
  }

  private async judge(
    manager: EntityManager,
    key: SpikeKey,
    at: Date,
    now: Date,
    source: { channel: Channel; channelAccountId: string },
  ): Promise<string | null> {
    const current: { id: string; last_at: Date }[] = await manager.query(
      'SELECT id, last_at FROM spikes WHERE key = $1 ORDER BY last_at DESC LIMIT 1',
      [key.key],
    );
    if (current[0] && current[0].last_at.getTime() > now.getTime() - this.quietMs) {
      await manager.query('UPDATE spikes SET last_at = greatest(last_at, $2) WHERE id = $1', [
        current[0].id,
        at,
      ]);
      return current[0].id;
    }
    const windowStart = new Date(now.getTime() - this.windowMs);
    const counts: { observed: number; first: Date | null; baseline: number }[] = await manager.query(
      `SELECT count(*) FILTER (WHERE at > $2)::int AS observed, min(at) FILTER (WHERE at > $2) AS first,
              count(*) FILTER (WHERE at <= $2)::int AS baseline
         FROM spike_arrivals WHERE key = $1 AND at > $3 AND at <= $4`,
      [key.key, windowStart, new Date(now.getTime() - BASELINE_MS), now],
    );
    const { observed, first, baseline } = counts[0];
    const verdict = spikeTest(
      observed,
      expectedPerWindow(baseline, BASELINE_MS - this.windowMs, this.windowMs),
      {
        ...DEFAULT_SPIKE_TEST,
        minCount: this.config.spikeMinCount,
      },
    );
    if (!verdict.spike || !first) return null;
    const created: { id: string }[] = await manager.query(
      `INSERT INTO spikes (kind, key, post_id, topic, channel, channel_account_id, started_at, last_at, expected)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
      [
        key.kind,
        key.key,
        key.postId,
        key.topic,
        key.kind === 'post' ? source.channel : null,
        key.kind === 'post' ? source.channelAccountId : null,
        first,
        now,
        verdict.expected,
      ],
    );
    this.logger.log(
      `Spike raised (${key.kind}): ${observed} arrivals in the window, ${verdict.expected.toFixed(2)} expected`,
    );
    return created[0].id;
  }

  async list(now = new Date()): Promise<SpikeList> {
    const rows: SpikeRow[] = await this.dataSource.query(
      `SELECT * FROM spikes WHERE last_at > $1 ORDER BY last_at DESC LIMIT 50`,
      [new Date(now.getTime() - LIST_MS)],
    );
    return { items: await Promise.all(rows.map((row) => this.toView(row, false, now))) };
  }

  async view(id: string, withMembers = true, now = new Date()): Promise<SpikeView> {
    return this.toView(await this.find(id), withMembers, now);
  }

  /**
   * One reply per conversation of the spike that has no flag, each queued as its own reply (audited,
   * sent by the send job, spread `bulkReplyIntervalMs` apart). Conversations a bulk answer of this spike
   * already went to are never answered twice; a spike grown past what was confirmed asks again.
   */
  async bulkReply(actor: Actor, id: string, text: string, confirmed?: number): Promise<BulkReplyResult> {
    const spike = await this.find(id);
    const members = await this.members(spike);
    const byConversation = new Map<
      string,
      { flagged: boolean; answered: boolean; replied: boolean; account: string }
    >();
    for (const member of members) {
      const entry = byConversation.get(member.conversation_id) ?? {
        flagged: false,
        answered: false,
        replied: member.our_turn_over,
        account: member.channel_account_id,
      };
      entry.flagged ||= member.message_flags.length > 0 || member.conversation_flags.length > 0;
      entry.answered ||= member.answered;
      byConversation.set(member.conversation_id, entry);
    }
    const count = byConversation.size;
    const agreed = confirmed ?? spike.confirmed_count ?? count;
    if (count > agreed) throw new SpikeGrewException(count, agreed);
    await this.dataSource.query(
      'UPDATE spikes SET confirmed_count = greatest(coalesce(confirmed_count, 0), $2) WHERE id = $1',
      [id, count],
    );

    const result: BulkReplyResult = {
      sent: 0,
      skipped: [],
      alreadySent: [],
      alreadyAnswered: [],
      failed: [],
      count,
    };
    const slots = await this.nextSlots([
      ...new Set([...byConversation.values()].map((entry) => entry.account)),
    ]);
    for (const [conversationId, entry] of byConversation) {
      if (entry.answered) {
        result.alreadySent.push(conversationId);
        continue;
      }
      if (entry.flagged) {
        result.skipped.push(conversationId);
        continue;
      }
      if (entry.replied) {
        result.alreadyAnswered.push(conversationId);
        continue;
      }
      const sendAfter = new Date(slots.get(entry.account) ?? Date.now());
      try {
        await this.conversations.reply(actor, conversationId, text, undefined, {
          sendAfter,
          within: (manager, messageId) =>
            manager.query(
              `INSERT INTO spike_replies (spike_id, conversation_id, message_id, author_id, send_after)
               VALUES ($1, $2, $3, $4, $5)`,
              [id, conversationId, messageId, actor.id, sendAfter],
            ),
        });
        slots.set(entry.account, sendAfter.getTime() + this.config.bulkReplyIntervalMs);
        result.sent += 1;
      } catch (error) {
        if ((error as { code?: string }).code === '23505') result.alreadySent.push(conversationId);
        else if (error instanceof AppException) result.failed.push({ conversationId, code: error.code });
        else throw error;
      }
    }
    await this.audit.record({
      actor,
      action: 'spike.bulk_reply',
      details: {
        spikeId: id,
        sent: result.sent,
        skipped: result.skipped.length,
        alreadySent: result.alreadySent.length,
        alreadyAnswered: result.alreadyAnswered.length,
        failed: result.failed.length,
      },
    });
    await this.events.emit('spike.changed', { spikeId: id });
    return result;
  }

  /**
   * When each account can take its next bulk reply: after the last one already planned (by any bulk
   * answer), so answers to several spikes at once still keep to one pace per account.
   */
  private async nextSlots(accounts: string[]): Promise<Map<string, number>> {
    const now = Date.now();
    const slots = new Map(accounts.map((account) => [account, now]));
    const rows: { account: string; last: Date }[] = await this.dataSource.query(
      `SELECT c.channel_account_id AS account, max(r.send_after) AS last
         FROM spike_replies r JOIN conversations c ON c.id = r.conversation_id
        WHERE c.channel_account_id = ANY($1::uuid[]) AND r.send_after > $2
        GROUP BY 1`,
      [accounts, new Date(now)],
    );
    for (const row of rows) slots.set(row.account, row.last.getTime() + this.config.bulkReplyIntervalMs);
    return slots;
  }

  private async find(id: string): Promise<SpikeRow> {
    if (!/^[0-9a-f-]{36}$/i.test(id)) throw new SpikeNotFoundException();
    const rows: SpikeRow[] = await this.dataSource.query('SELECT * FROM spikes WHERE id = $1', [id]);
    if (!rows[0]) throw new SpikeNotFoundException();
    return rows[0];
  }

  private members(spike: SpikeRow): Promise<MemberRow[]> {
    return this.dataSource.query(
      `SELECT a.conversation_id, c.channel_account_id, a.message_id, a.at, m.text, m.flags AS message_flags,
              c.flags AS conversation_flags, ct.display_name AS contact_name,
              (c.awaiting_since IS NULL) AS our_turn_over,
              EXISTS (SELECT 1 FROM spike_replies r WHERE r.spike_id = $4 AND r.conversation_id = a.conversation_id)
                AS answered
         FROM spike_arrivals a
         JOIN messages m ON m.id = a.message_id
         JOIN conversations c ON c.id = a.conversation_id
         JOIN contacts ct ON ct.id = c.contact_id
        WHERE a.key = $1 AND a.at >= $2 AND a.at <= $3
        ORDER BY a.at, a.message_id`,
      [spike.key, spike.started_at, spike.last_at, spike.id],
    );
  }

  /**
   * How many arrivals, conversations and conversations with a flag the spike has: counted by the
   * database for the banner (a wave has thousands of members), from the members when they are shown.
   */
  private async counts(spike: SpikeRow): Promise<{ count: number; conversations: number; flagged: number }> {
    const [row]: { count: number; conversations: number; flagged: number }[] = await this.dataSource.query(
      `SELECT count(*)::int AS count, count(DISTINCT a.conversation_id)::int AS conversations,
              count(DISTINCT a.conversation_id)
                FILTER (WHERE jsonb_array_length(m.flags) > 0 OR jsonb_array_length(c.flags) > 0)::int AS flagged
         FROM spike_arrivals a
         JOIN messages m ON m.id = a.message_id
         JOIN conversations c ON c.id = a.conversation_id
        WHERE a.key = $1 AND a.at >= $2 AND a.at <= $3`,
      [spike.key, spike.started_at, spike.last_at],
    );
    return row;
  }

  private async toView(spike: SpikeRow, withMembers: boolean, now: Date): Promise<SpikeView> {
    const members = withMembers ? await this.members(spike) : [];
    const conversations = new Map<string, boolean>();
    for (const member of members) {
      const flagged = member.message_flags.length > 0 || member.conversation_flags.length > 0;
      conversations.set(
        member.conversation_id,
        (conversations.get(member.conversation_id) ?? false) || flagged,
      );
    }
    const counts = withMembers
      ? {
          count: members.length,
          conversations: conversations.size,
          flagged: [...conversations.values()].filter(Boolean).length,
        }
      : await this.counts(spike);
    return {
      id: spike.id,
      kind: spike.kind,
      postId: spike.post_id,
      threadKey: spike.kind === 'post' ? `post:${spike.post_id}` : `topic:${spike.topic}`,
      topic: spike.topic,
      topicLabels: spike.topic ? this.topicList.labelsOf(spike.topic) : null,
      channel: spike.channel,
      ...counts,
      expectedPerWindow: Math.round(spike.expected * 100) / 100,
      windowS: this.config.spikeWindowSeconds,
      since: spike.started_at.toISOString(),
      lastAt: spike.last_at.toISOString(),
      active: spike.last_at.getTime() > now.getTime() - this.quietMs,
      bulkReply: await this.progress(spike.id),
      ...(withMembers
        ? {
            members: members.map((member): SpikeMember => ({
              conversationId: member.conversation_id,
              messageId: member.message_id,
              contactName: member.contact_name,
              preview: member.text.length > PREVIEW ? `${member.text.slice(0, PREVIEW - 1)}…` : member.text,
              at: member.at.toISOString(),
              flags: [
                ...new Set([...member.conversation_flags, ...member.message_flags].map((flag) => flag.code)),
              ],
              answered: member.answered,
              waiting: !member.our_turn_over,
            })),
          }
        : {}),
    };
  }

  private async progress(spikeId: string): Promise<BulkReplyProgress | null> {
    const rows: { delivery_status: string; count: number }[] = await this.dataSource.query(
      `SELECT m.delivery_status, count(*)::int AS count FROM spike_replies r JOIN messages m ON m.id = r.message_id
        WHERE r.spike_id = $1 GROUP BY 1`,
      [spikeId],
    );
    if (rows.length === 0) return null;
    const progress: BulkReplyProgress = { queued: 0, sent: 0, failed: 0 };
    for (const row of rows) {
      if (row.delivery_status === 'failed') progress.failed += row.count;
      else if (['sent', 'delivered', 'read'].includes(row.delivery_status)) progress.sent += row.count;
      else progress.queued += row.count;
    }
    return progress;
  }

  private async forgetOldArrivals(): Promise<void> {
    await this.dataSource.query('DELETE FROM spike_arrivals WHERE at < $1', [
      new Date(Date.now() - KEEP_ARRIVALS_MS),
    ]);
  }
}
