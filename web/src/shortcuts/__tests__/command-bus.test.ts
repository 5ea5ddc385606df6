import { describe, expect, it } from 'vitest';
import { onCommand, runCommand } from '../command-bus';

describe('command bus', () => {
  it('runs the most recently registered handler, and says when none is there', () => {
    const calls: string[] = [];
    expect(runCommand('resolve')).toBe(false);
    const offFirst = onCommand('resolve', () => calls.push('first'));
    const offSecond = onCommand('resolve', () => calls.push('second'));
    expect(runCommand('resolve')).toBe(true);
    offSecond();
    runCommand('resolve');
    offFirst();
    expect(runCommand('resolve')).toBe(false);
    expect(calls).toEqual(['second', 'first']);
  });
});
