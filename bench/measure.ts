import { performance } from 'node:perf_hooks';

export interface Stats {
  p50: number;
  p99: number;
  mean: number;
  min: number;
  max: number;
  samples: number;
}

export interface Measurement {
  stats: Stats;
  /** Stats per group of inputs (e.g. per locale). */
  groups: Record<string, Stats>;
  warmup: number;
}

export interface SubjectOptions<T, R> {
  inputs: readonly T[];
  /** The timed call. Async calls are awaited inside the timed region. */
  run: (input: T) => R | Promise<R>;
  async?: boolean;
  /** Called outside the timed region with each result; returns a count (findings). */
  consume?: (result: R) => number;
  group?: (input: T) => string;
  /** Warm-up: at least this many calls and at least warmupMs. */
  warmupCalls: number;
  warmupMs: number;
  /** Samples: as many as fit in budgetMs (estimated from the warm-up), within [min, max]. */
  minSamples: number;
  maxSamples: number;
  budgetMs: number;
}

/** Nearest-rank percentile of ascending durations. */
export function percentile(sorted: ArrayLike<number>, p: number): number {
  if (!sorted.length) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1));
  return sorted[i]!;
}

export function summarise(durations: readonly number[]): Stats {
  const sorted = Float64Array.from(durations).sort();
  let sum = 0;
  for (const d of sorted) sum += d;
  return {
    p50: percentile(sorted, 0.5),
    p99: percentile(sorted, 0.99),
    mean: sum / sorted.length,
    min: sorted[0] ?? NaN,
    max: sorted[sorted.length - 1] ?? NaN,
    samples: sorted.length,
  };
}

/**
 * One thing being timed. Each call is timed on its own with performance.now(), cycling through
 * the inputs in order so every input is used equally often. `warmUp` runs first (so the JIT has
 * settled) and plans the sample count; `take` then records samples in as many slices as the
 * caller likes — the runner interleaves all subjects in rounds, so a burst of load from other
 * processes hits every subject alike instead of one of them.
 */
export class Subject<T, R> {
  private durations: number[] = [];
  private byGroup = new Map<string, number[]>();
  private cursor = 0;
  /** Total findings over all calls, so nothing is optimised away. */
  sink = 0;
  warmup = 0;
  planned = 0;

  constructor(private readonly opts: SubjectOptions<T, R>) {}

  private async call(input: T): Promise<[R, number]> {
    if (this.opts.async) {
      const t0 = performance.now();
      const out = await this.opts.run(input);
      return [out, performance.now() - t0];
    }
    const t0 = performance.now();
    const out = this.opts.run(input) as R;
    return [out, performance.now() - t0];
  }

  /** Warm up and plan the sample count: a whole number of passes, divisible into `rounds`. */
  async warmUp(rounds: number): Promise<void> {
    const { inputs, warmupCalls, warmupMs } = this.opts;
    const consume = this.opts.consume ?? (() => 0);
    const start = performance.now();
    while (this.warmup < warmupCalls || performance.now() - start < warmupMs) {
      const [out] = await this.call(inputs[this.warmup % inputs.length]!);
      this.sink += consume(out);
      this.warmup++;
    }
    const perCall = (performance.now() - start) / this.warmup;
    let samples = Math.round(this.opts.budgetMs / Math.max(perCall, 1e-6));
    samples = Math.min(this.opts.maxSamples, Math.max(this.opts.minSamples, samples));
    const block = inputs.length * rounds;
    this.planned = Math.ceil(samples / block) * block;
  }

  /** Record `count` samples. */
  async take(count: number): Promise<void> {
    const { inputs, group } = this.opts;
    const consume = this.opts.consume ?? (() => 0);
    (globalThis as { gc?: () => void }).gc?.();
    for (let k = 0; k < count; k++) {
      const input = inputs[this.cursor++ % inputs.length]!;
      const [out, dt] = await this.call(input);
      this.durations.push(dt);
      this.sink += consume(out);
      if (group) {
        const g = group(input);
        let list = this.byGroup.get(g);
        if (!list) this.byGroup.set(g, (list = []));
        list.push(dt);
      }
    }
  }

  result(): Measurement {
    const groups: Record<string, Stats> = {};
    for (const [g, list] of this.byGroup) groups[g] = summarise(list);
    return { stats: summarise(this.durations), groups, warmup: this.warmup };
  }
}

/** One timed call, e.g. compiling a pack. */
export function timeOnce<R>(fn: () => R): { ms: number; result: R } {
  const t0 = performance.now();
  const result = fn();
  return { ms: performance.now() - t0, result };
}
