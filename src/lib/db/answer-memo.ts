/**
 * The last few answers to a view's questions, by key. An answer holds for the runner it was asked
 * of (a new engine asks again), and one that fails is forgotten, so the next ask tries again.
 */
import type { QueryRunner } from './types';

interface Entry<T> {
  runner: QueryRunner;
  answer: T;
}

export class AnswerMemo<T> {
  private readonly entries = new Map<string, Entry<T>>();

  /**
   * @param keep how many answers to remember (the oldest asked goes first)
   * @param settled the promise that says whether an answer failed
   */
  constructor(
    private readonly keep: number,
    private readonly settled: (answer: T) => Promise<unknown>
  ) {}

  /** The remembered answer to `key` from `runner`, or a new one from `ask`, then remembered. */
  get(key: string, runner: QueryRunner, ask: () => T): T {
    const hit = this.entries.get(key);
    if (hit && hit.runner === runner) return hit.answer;
    const entry: Entry<T> = { runner, answer: ask() };
    this.entries.set(key, entry);
    this.settled(entry.answer).catch(() => {
      if (this.entries.get(key) === entry) this.entries.delete(key);
    });
    while (this.entries.size > this.keep) this.entries.delete(this.entries.keys().next().value ?? '');
    return entry.answer;
  }
}
