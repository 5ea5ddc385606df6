import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Messages counted per visitor and per address in a fixed window, shared by every replica. */
@Entity('webchat_rate_limits')
export class WebchatRateLimitEntity {
  /** `visitor:<id>` or `address:<ip>`. */
  @PrimaryColumn({ type: 'text' })
  bucket: string;

  @Column({ name: 'window_start', type: 'timestamptz' })
  windowStart: Date;

  @Column({ type: 'integer' })
  count: number;
}
