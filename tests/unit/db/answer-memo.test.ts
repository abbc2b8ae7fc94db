import { describe, expect, it } from 'vitest';
import { AnswerMemo } from '../../../src/lib/db/answer-memo';
import type { QueryRunner } from '../../../src/lib/db/types';

/** Runners are only compared by identity here. */
const runnerA = {} as QueryRunner;
const runnerB = {} as QueryRunner;

function counting(): { ask: (answer: Promise<string>) => () => Promise<string>; asked: () => number } {
  let n = 0;
  return {
    ask: (answer) => () => {
      n++;
      return answer;
    },
    asked: () => n
  };
}

describe('AnswerMemo', () => {
  it('answers a key again from memory, and asks again for another runner', async () => {
    const memo = new AnswerMemo<Promise<string>>(4, (p) => p);
    const c = counting();
    expect(await memo.get('k', runnerA, c.ask(Promise.resolve('one')))).toBe('one');
    expect(await memo.get('k', runnerA, c.ask(Promise.resolve('two')))).toBe('one');
    expect(c.asked()).toBe(1);
    expect(await memo.get('k', runnerB, c.ask(Promise.resolve('three')))).toBe('three');
    expect(c.asked()).toBe(2);
  });

  it('forgets a failed answer, so the next ask tries again', async () => {
    const memo = new AnswerMemo<Promise<string>>(4, (p) => p);
    const failed = memo.get('k', runnerA, () => Promise.reject(new Error('engine gone')));
    await expect(failed).rejects.toThrow('engine gone');
    expect(await memo.get('k', runnerA, () => Promise.resolve('retried'))).toBe('retried');
  });

  it('keeps only the last `keep` keys, the oldest asked going first', async () => {
    const memo = new AnswerMemo<Promise<string>>(2, (p) => p);
    const c = counting();
    for (const key of ['a', 'b', 'c']) await memo.get(key, runnerA, c.ask(Promise.resolve(key)));
    expect(c.asked()).toBe(3);
    await memo.get('c', runnerA, c.ask(Promise.resolve('c2')));
    await memo.get('b', runnerA, c.ask(Promise.resolve('b2')));
    expect(c.asked()).toBe(3);
    expect(await memo.get('a', runnerA, c.ask(Promise.resolve('a2')))).toBe('a2');
    expect(c.asked()).toBe(4);
  });

  it('judges failure by the promise it is given, for answers that are no promise themselves', async () => {
    let fail!: (e: Error) => void;
    const every = new Promise<never>((_, reject) => (fail = reject));
    const memo = new AnswerMemo<{ every: Promise<never> }>(4, (a) => a.every);
    const first = memo.get('k', runnerA, () => ({ every }));
    expect(memo.get('k', runnerA, () => ({ every: Promise.reject(new Error('unused')) }))).toBe(first);
    fail(new Error('later'));
    await expect(every).rejects.toThrow('later');
    const again = { every: new Promise<never>(() => undefined) };
    expect(memo.get('k', runnerA, () => again)).toBe(again);
  });
});
