/**
 * One asynchronous query result as reactive state. `run` starts a new query and makes every
 * earlier one stale, so a slow answer to an old filter never overwrites a newer one. The last
 * value stays visible while the next one loads (no blank flash).
 */
import { untrack } from 'svelte';
import { fromStore } from 'svelte/store';
import { dataVersion } from '../db/session';
import { errorMessage } from './db.svelte';

/** The loaded data's version (db/session.ts): read by `run`, so a change re-runs every query. */
const loadedData = fromStore(dataVersion);

export class AsyncQuery<T> {
  status = $state<'idle' | 'loading' | 'ready' | 'error'>('idle');
  value = $state.raw<T | null>(null);
  error = $state<string | null>(null);
  #seq = 0;

  run(task: () => Promise<T>): void {
    const seq = ++this.#seq;
    // Tracked on purpose: the effect that calls `run` runs again when the user loads other data.
    void loadedData.current;
    untrack(() => {
      this.status = 'loading';
      this.error = null;
    });
    task().then(
      (value) => {
        if (seq !== this.#seq) return;
        this.value = value;
        this.status = 'ready';
      },
      (e: unknown) => {
        if (seq !== this.#seq) return;
        this.error = errorMessage(e);
        this.status = 'error';
      }
    );
  }

  /** Forget the result (e.g. when the query no longer applies). */
  clear(): void {
    this.#seq++;
    untrack(() => {
      this.status = 'idle';
      this.value = null;
      this.error = null;
    });
  }
}
