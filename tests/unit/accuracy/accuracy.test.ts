/**
 * The parser on the real corpus must not score below tests/accuracy-baseline.json (written by
 * `npm run accuracy -- --write-baseline`). Runs the same readers, parser and scoring as the command.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BASELINE_PATH, scoreCorpus } from '../../../scripts/accuracy';
import { describeScore, regressions, type Baseline } from '../../../src/lib/checks/accuracy';

describe('parser accuracy on the corpus', () => {
  it('scores every report at least as well as its baseline', async () => {
    const baseline = JSON.parse(readFileSync(BASELINE_PATH, 'utf8')) as Baseline;
    const scores = await scoreCorpus();
    expect(Object.keys(baseline).sort()).toEqual(scores.map((s) => s.name).sort());
    const worse = regressions(scores, baseline);
    if (worse.length > 0) console.log(scores.flatMap((s) => describeScore(s)).join('\n'));
    expect(worse).toEqual([]);
  });
});
