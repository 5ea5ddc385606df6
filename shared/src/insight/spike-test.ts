/**
 * Is the arrival count in the last window a spike against its own recent baseline? A one-sided Poisson
 * test: the chance of seeing at least `observed` arrivals when `expected` is the baseline's mean for a
 * window of the same length. The baseline has a floor, so a post that was quiet (or new) still needs a
 * real wave, and a minimum count keeps a handful of comments from being called a wave.
 */
export interface SpikeTestOptions {
  /** Fewest arrivals in the window that can be a spike. */
  minCount: number;
  /** Smallest baseline mean per window. */
  floor: number;
  /** Highest chance under the baseline that still counts as a spike. */
  alpha: number;
}

export const DEFAULT_SPIKE_TEST: SpikeTestOptions = { minCount: 5, floor: 0.5, alpha: 0.001 };

/** P(X ≥ k) for X ~ Poisson(lambda), summed in log space so large counts do not overflow. */
export function poissonTail(k: number, lambda: number): number {
  if (k <= 0) return 1;
  if (lambda <= 0) return 0;
  // 1 − P(X ≤ k − 1); for large k the upper tail is summed directly, which stays accurate when tiny.
  if (k > lambda) {
    let term = Math.exp(-lambda + k * Math.log(lambda) - logFactorial(k));
    let sum = 0;
    for (let i = k; term > sum * 1e-15 && i < k + 10_000; i++) {
      sum += term;
      term *= lambda / (i + 1);
    }
    return Math.min(1, sum);
  }
  let term = Math.exp(-lambda);
  let cdf = 0;
  for (let i = 0; i < k; i++) {
    cdf += term;
    term *= lambda / (i + 1);
  }
  return Math.max(0, 1 - cdf);
}

function logFactorial(n: number): number {
  let sum = 0;
  for (let i = 2; i <= n; i++) sum += Math.log(i);
  return sum;
}

/** Baseline mean per window from the arrivals in the baseline period before the window. */
export function expectedPerWindow(baselineCount: number, baselineMs: number, windowMs: number): number {
  return baselineMs > 0 ? (baselineCount * windowMs) / baselineMs : 0;
}

export interface SpikeVerdict {
  spike: boolean;
  expected: number;
  pValue: number;
}

export function spikeTest(
  observed: number,
  expected: number,
  options: SpikeTestOptions = DEFAULT_SPIKE_TEST,
): SpikeVerdict {
  const mean = Math.max(options.floor, expected);
  const pValue = poissonTail(observed, mean);
  return { spike: observed >= options.minCount && pValue < options.alpha, expected: mean, pValue };
}
