import { describe, expect, it } from 'vitest';
import { isNewDanger } from '../lib/alarm-state';

const opened = Date.parse('2026-12-01T10:00:00.000Z');

describe('isNewDanger', () => {
  it('sounds once for a danger that came in after the console opened', () => {
    const sounded = new Map<string, string>();
    const row = { id: 'x', needsFirstContact: true, dangerSince: '2026-12-01T10:05:00.000Z' };
    expect(isNewDanger(row, sounded, opened)).toBe(true);
    sounded.set('x', row.dangerSince);
    expect(isNewDanger(row, sounded, opened)).toBe(false);
    expect(isNewDanger({ ...row, dangerSince: '2026-12-01T10:06:00.000Z' }, sounded, opened)).toBe(true);
  });

  it('stays quiet for answered rows and dangers from before the console opened', () => {
    const sounded = new Map<string, string>();
    expect(
      isNewDanger(
        { id: 'x', needsFirstContact: false, dangerSince: '2026-12-01T10:05:00.000Z' },
        sounded,
        opened,
      ),
    ).toBe(false);
    expect(
      isNewDanger(
        { id: 'y', needsFirstContact: true, dangerSince: '2026-12-01T09:00:00.000Z' },
        sounded,
        opened,
      ),
    ).toBe(false);
  });
});
