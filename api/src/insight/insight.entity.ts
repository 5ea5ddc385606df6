import type { Channel, GoalMetric, SpikeKind } from '@webcare/shared';
import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

/** One inbound message counted for one key (`post:<account>:<post>` or `topic:<code>`): the arrival rate. */
@Entity('spike_arrivals')
@Index('ix_spike_arrivals_key_at', ['key', 'at'])
@Index('ix_spike_arrivals_at', ['at'])
export class SpikeArrivalEntity {
  @PrimaryColumn({ type: 'text' })
  key: string;

  @PrimaryColumn({ name: 'message_id', type: 'uuid' })
  messageId: string;

  @Column({ name: 'conversation_id', type: 'uuid' })
  conversationId: string;

  /** When we received it: arrival, not the provider's time (a late delivery is not a wave). */
  @Column({ type: 'timestamptz' })
  at: Date;
}

/** A wave on one key: from the first arrival of the window that raised it to the last one so far. */
@Entity('spikes')
@Index('ix_spikes_key_last', ['key', 'lastAt'])
@Index('ix_spikes_last', ['lastAt'])
export class SpikeEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  kind: SpikeKind;

  @Column({ type: 'text' })
  key: string;

  @Column({ name: 'post_id', type: 'text', nullable: true })
  postId: string | null;

  @Column({ type: 'text', nullable: true })
  topic: string | null;

  @Column({ type: 'text', nullable: true })
  channel: Channel | null;

  @Column({ name: 'channel_account_id', type: 'uuid', nullable: true })
  channelAccountId: string | null;

  @Column({ name: 'started_at', type: 'timestamptz' })
  startedAt: Date;

  @Column({ name: 'last_at', type: 'timestamptz' })
  lastAt: Date;

  /** Baseline mean arrivals per window when it was raised. */
  @Column({ type: 'double precision' })
  expected: number;

  /** Conversations a person confirmed for a bulk answer; a larger spike asks again. */
  @Column({ name: 'confirmed_count', type: 'integer', nullable: true })
  confirmedCount: number | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/** A bulk answer of a spike queued for one conversation: once per spike and conversation, ever. */
@Entity('spike_replies')
@Index('uq_spike_replies_message', ['messageId'], { unique: true })
@Index('ix_spike_replies_send_after', ['sendAfter'])
export class SpikeReplyEntity {
  @PrimaryColumn({ name: 'spike_id', type: 'uuid' })
  spikeId: string;

  @PrimaryColumn({ name: 'conversation_id', type: 'uuid' })
  conversationId: string;

  @Column({ name: 'message_id', type: 'uuid' })
  messageId: string;

  @Column({ name: 'author_id', type: 'uuid' })
  authorId: string;

  /** Not sent before this: bulk answers share each account's pace (the provider's rate limit). */
  @Column({ name: 'send_after', type: 'timestamptz' })
  sendAfter: Date;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/** The organisation's own topics, next to the product's list (same code: replaces it). */
@Entity('topics')
export class TopicEntity {
  @PrimaryColumn({ type: 'text' })
  code: string;

  @Column({ name: 'label_nl', type: 'text' })
  labelNl: string;

  @Column({ name: 'label_en', type: 'text' })
  labelEn: string;

  @Column({ type: 'jsonb' })
  phrases: string[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/** A goal the supervisors set: a metric, optionally for one channel, and its target. */
@Entity('goals')
export class GoalEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  metric: GoalMetric;

  @Column({ type: 'text', nullable: true })
  channel: Channel | null;

  @Column({ type: 'double precision' })
  target: number;

  @Column({ name: 'set_by', type: 'uuid', nullable: true })
  setBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
