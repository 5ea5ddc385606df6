import { Injectable } from '@nestjs/common';

const WINDOW_MS = 15 * 60 * 1000;

/**
 * Counts failed logins per address and per e-mail in a sliding window. Per process: with several
 * replicas the limit applies per replica, which still stops guessing at any useful speed.
 */
@Injectable()
export class LoginRateLimiter {
  private readonly failures = new Map<string, number[]>();

  constructor(private readonly limit: number) {}

  /**
   * Blocked when one account had `limit` failures, or one address ten times as many: a care office shares
   * one address among many agents, so one person's typos must not lock out the team.
   */
  isBlocked(keys: string[], now = Date.now()): boolean {
    return keys.some(
      (key) => this.recent(key, now).length >= (key.startsWith('ip:') ? this.limit * 10 : this.limit),
    );
  }

  recordFailure(keys: string[], now = Date.now()): void {
    for (const key of keys) this.failures.set(key, [...this.recent(key, now), now]);
    if (this.failures.size > 50_000) this.prune(now);
  }

  reset(keys: string[]): void {
    for (const key of keys) this.failures.delete(key);
  }

  private recent(key: string, now: number): number[] {
    return (this.failures.get(key) ?? []).filter((at) => now - at < WINDOW_MS);
  }

  private prune(now: number): void {
    for (const [key, times] of this.failures) {
      if (times.every((at) => now - at >= WINDOW_MS)) this.failures.delete(key);
    }
  }
}
