/** Measuring helpers for the engine's benches: CPU time of this one process, so other work on the machine does not count. */

export interface BenchResult {
  name: string;
  value: number;
  unit: string;
}

/** CPU time of this process in microseconds: what one core spent, whatever else the machine runs. */
export function cpuMicros(): number {
  const { user, system } = process.cpuUsage();
  return user + system;
}

/**
 * Runs fn over the inputs repeatedly for about `ms` milliseconds of CPU time; returns messages per
 * CPU-second, i.e. per second on one core (the engine is single-threaded).
 */
export function throughput(inputs: readonly string[], fn: (text: string) => unknown, ms: number): number {
  let count = 0;
  let sink = 0;
  const start = cpuMicros();
  let elapsed = 0;
  do {
    for (const text of inputs) {
      if (fn(text)) sink++;
      count++;
    }
    elapsed = cpuMicros() - start;
  } while (elapsed < ms * 1000);
  if (sink < 0) throw new Error('unreachable');
  return count / (elapsed / 1e6);
}

/** Median duration of fn in milliseconds over runs that fill about `ms` milliseconds (at least 5 runs). */
export function medianMs(fn: () => unknown, ms: number): number {
  const times: number[] = [];
  const until = Date.now() + ms;
  while (times.length < 5 || (Date.now() < until && times.length < 10_000)) {
    const start = process.hrtime.bigint();
    fn();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  times.sort((x, y) => x - y);
  return times[times.length >> 1];
}

/** One result as a line: name, value (fewer decimals for large values), unit. */
export function formatResult(r: BenchResult): string {
  const v = r.value >= 100 ? r.value.toFixed(0) : r.value >= 1 ? r.value.toFixed(2) : r.value.toFixed(4);
  return `${r.name.padEnd(50)} ${v.padStart(12)} ${r.unit}`;
}
