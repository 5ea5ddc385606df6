import { expectedPerWindow, poissonTail, spikeTest } from './spike-test';

describe('poissonTail', () => {
  it('matches known values', () => {
    expect(poissonTail(0, 3)).toBe(1);
    // P(X ≥ 1 | 2) = 1 − e^-2
    expect(poissonTail(1, 2)).toBeCloseTo(1 - Math.exp(-2), 10);
    // P(X ≥ 5 | 0.5) ≈ 0.000172
    expect(poissonTail(5, 0.5)).toBeCloseTo(0.000172, 5);
    // P(X ≥ 3 | 3) ≈ 0.5768
    expect(poissonTail(3, 3)).toBeCloseTo(0.5768, 3);
  });

  it('stays finite and tiny for large counts', () => {
    const p = poissonTail(500, 2);
    expect(p).toBeGreaterThanOrEqual(0);
    expect(p).toBeLessThan(1e-100);
    expect(poissonTail(100, 100)).toBeGreaterThan(0.4);
  });

  it('falls as the count grows', () => {
    let last = 1;
    for (let k = 1; k < 30; k++) {
      const p = poissonTail(k, 4);
      expect(p).toBeLessThanOrEqual(last);
      last = p;
    }
  });
});

describe('spikeTest', () => {
  it('calls a burst on a quiet post a spike', () => {
    expect(spikeTest(5, 0).spike).toBe(true);
    expect(spikeTest(4, 0).spike).toBe(false);
  });

  it('does not call the usual rate of a busy post a spike', () => {
    const expected = expectedPerWindow(2880, 24 * 3600_000, 5 * 60_000); // 10 per 5 minutes
    expect(expected).toBeCloseTo(10);
    expect(spikeTest(14, expected).spike).toBe(false);
    expect(spikeTest(30, expected).spike).toBe(true);
  });
});
