import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { LoginClock } from './login-clock';

/** What is being guessed: the password now; a second factor is limited the same way under its own name. */
export type LoginFactor = 'password' | 'totp';

/** Failures are counted per key in a window of this length since the first one. */
const WINDOW_MS = 15 * 60 * 1000;
/** The wait after the failure that reaches a threshold; it doubles with each failure after. */
const FIRST_WAIT_MS = 5000;
/** The time in every statement: the clock's ($1), else the database's transaction time. */
const NOW = 'coalesce($1::timestamptz, now())';

interface Rule {
  key: string;
  /** Failures in the window before attempts are spaced out. */
  threshold: number;
  /** The longest wait: the spacing doubles per failure from five seconds up to this. */
  maxWaitMs: number;
}

export type LoginAttempt =
  | { allowed: true; keys: Rule[] }
  | {
      allowed: false;
      /** Whole seconds until the next attempt is checked. */
      retryAfterS: number;
    };

/**
 * Failed logins in PostgreSQL, so every replica applies one limit and a restart forgets nothing. An
 * attempt counts as failed before the password is checked, in the same statement that checks the
 * limit (row locks, so 50 parallel guesses get exactly the allowed checks); a success takes it back.
 *
 * Three keys per attempt, each with exponential back-off once over its threshold:
 * - the account from this address: 3 failures, then 5 s, 10 s, 20 s … up to 15 minutes — a guesser at one
 *   address is slowed down hard, the real person elsewhere is not affected;
 * - the account from anywhere: `limit` failures, then waits up to 60 s — guessing spread over many
 *   addresses stays slow, yet nobody can lock the real person out for longer than a minute;
 * - the address: ten times `limit` (a care office shares one address), then waits up to 60 s.
 */
@Injectable()
export class LoginLimiter {
  private readonly limit: number;

  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: LoginClock,
    config: AppConfig,
  ) {
    this.limit = config.loginRateLimit;
  }

  async begin(factor: LoginFactor, account: string, address: string): Promise<LoginAttempt> {
    const who = account.trim().toLowerCase();
    const rules: Rule[] = [
      { key: `${factor}:pair:${who}|${address}`, threshold: 3, maxWaitMs: WINDOW_MS },
      { key: `${factor}:account:${who}`, threshold: this.limit, maxWaitMs: 60_000 },
      { key: `${factor}:address:${address}`, threshold: this.limit * 10, maxWaitMs: 60_000 },
    ].sort((a, b) => (a.key < b.key ? -1 : 1));
    const keys = rules.map((r) => r.key);
    const at = this.clock.now();
    if (Math.random() < 0.01) await this.prune(at);
    return this.dataSource.transaction(async (manager) => {
      await manager.query(
        `INSERT INTO login_throttle (key, window_started_at) SELECT unnest($2::text[]), ${NOW}
         ON CONFLICT (key) DO NOTHING`,
        [at, keys],
      );
      const rows: { wait_ms: number }[] = await manager.query(
        `SELECT greatest(0, ceil(extract(epoch FROM blocked_until - ${NOW}) * 1000))::int AS wait_ms
         FROM login_throttle WHERE key = ANY($2) ORDER BY key FOR UPDATE`,
        [at, keys],
      );
      const waitMs = Math.max(0, ...rows.map((r) => r.wait_ms));
      if (waitMs > 0) return { allowed: false, retryAfterS: Math.ceil(waitMs / 1000) };
      await manager.query(
        `WITH rule (key, threshold, max_wait_ms) AS (SELECT * FROM unnest($2::text[], $3::int[], $4::int[])),
         next AS (
           SELECT t.key, r.threshold, r.max_wait_ms,
                  t.window_started_at < ${NOW} - $5 * interval '1 millisecond' AS expired,
                  CASE WHEN t.window_started_at < ${NOW} - $5 * interval '1 millisecond' THEN 1
                       ELSE t.failures + 1 END AS failures
           FROM login_throttle t JOIN rule r USING (key)
         )
         UPDATE login_throttle t SET
           failures = next.failures,
           window_started_at = CASE WHEN next.expired THEN ${NOW} ELSE t.window_started_at END,
           blocked_until = CASE WHEN next.failures >= next.threshold
             THEN ${NOW} + least($6 * power(2, least(next.failures - next.threshold, 30)), next.max_wait_ms)
                  * interval '1 millisecond'
             ELSE NULL END
         FROM next WHERE t.key = next.key`,
        [at, keys, rules.map((r) => r.threshold), rules.map((r) => r.maxWaitMs), WINDOW_MS, FIRST_WAIT_MS],
      );
      return { allowed: true, keys: rules };
    });
  }

  /** The password was right: the account's failures are forgotten, the address's attempt taken back. */
  async succeeded(attempt: LoginAttempt): Promise<void> {
    if (!attempt.allowed) return;
    const forget = attempt.keys.filter((r) => !r.key.includes(':address:')).map((r) => r.key);
    const address = attempt.keys.find((r) => r.key.includes(':address:'));
    await this.dataSource.query('DELETE FROM login_throttle WHERE key = ANY($1)', [forget]);
    if (address) {
      await this.dataSource.query(
        `UPDATE login_throttle SET failures = greatest(failures - 1, 0),
           blocked_until = CASE WHEN failures - 1 >= $2 THEN blocked_until ELSE NULL END
         WHERE key = $1`,
        [address.key, address.threshold],
      );
    }
  }

  /** Rows whose window and wait are long over. */
  private async prune(at: Date | null): Promise<void> {
    await this.dataSource.query(
      `DELETE FROM login_throttle
       WHERE window_started_at < ${NOW} - $2 * interval '1 millisecond'
         AND (blocked_until IS NULL OR blocked_until < ${NOW})`,
      [at, WINDOW_MS],
    );
  }
}
