/**
 * FORMAT.md rule 11: a narrative (sections 一, 五, 六) nearly identical to the same body's narrative of
 * the year before, or to another body's, is probably copied. The previous year is compared directly;
 * other bodies are found through MinHash/LSH candidates, then scored exactly. Each report gets at most
 * one finding of each kind, naming its most similar match.
 */
import type { Finding, ReportRecord, SectionText } from '../../schema/types';
import { finding } from '../finding';
import { groupByAgency, withPreviousYear } from '../history';
import { candidatePairs, estimateSimilarity, signature } from '../similarity/minhash';
import { jaccard, normaliseNarrative, shingleSet } from '../similarity/shingles';

export const NEAR_DUPLICATE_THRESHOLD = 0.9;
/**
 * Narratives shorter than this (after removing whitespace) are not compared: thousands of townships
 * write just "无" or one stock sentence, which says nothing about copying.
 */
export const MIN_NARRATIVE_CHARS = 100;
/** Candidates whose MinHash estimate is below this are not scored exactly (the estimate's error is ~0.03). */
const ESTIMATE_FLOOR = NEAR_DUPLICATE_THRESHOLD - 0.1;
/** How many best-estimated candidates per report are scored exactly. */
const CANDIDATES_PER_REPORT = 3;

/** Each report's narrative: its sections in order, normalised; reports without one are absent. */
function narratives(reports: readonly ReportRecord[], sections: readonly SectionText[]): Map<string, string> {
  const wanted = new Set(reports.map((r) => r.report_id));
  const parts = new Map<string, SectionText[]>();
  for (const s of sections) {
    if (!wanted.has(s.report_id)) continue;
    const list = parts.get(s.report_id);
    if (list) list.push(s);
    else parts.set(s.report_id, [s]);
  }
  const out = new Map<string, string>();
  for (const [id, list] of parts) {
    const text = normaliseNarrative(
      list
        .sort((a, b) => a.section - b.section)
        .map((s) => s.text)
        .join('\n')
    );
    if (text.length >= MIN_NARRATIVE_CHARS) out.set(id, text);
  }
  return out;
}

/** Exact similarities, memoised: a pair may be asked for from both sides. */
function exactScorer(texts: Map<string, string>) {
  const memo = new Map<string, number>();
  return (a: string, b: string): number => {
    const key = a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
    let score = memo.get(key);
    if (score === undefined) {
      score = jaccard(shingleSet(texts.get(a) ?? ''), shingleSet(texts.get(b) ?? ''));
      memo.set(key, score);
    }
    return score;
  };
}

function scoreText(score: number): string {
  return score.toFixed(2);
}

function previousYearFindings(
  reports: readonly ReportRecord[],
  signatures: Map<string, Float64Array>,
  exact: (a: string, b: string) => number
): Finding[] {
  const out: Finding[] = [];
  for (const { report, previous } of withPreviousYear(groupByAgency(reports))) {
    const a = signatures.get(report.report_id);
    const b = signatures.get(previous.report_id);
    // The estimate screens out the many clearly different pairs before the exact (costlier) score.
    if (!a || !b || estimateSimilarity(a, b) < ESTIMATE_FLOOR) continue;
    const score = exact(report.report_id, previous.report_id);
    if (score < NEAR_DUPLICATE_THRESHOLD) continue;
    out.push(
      finding(
        report,
        'near_duplicate',
        null,
        previous.report_id,
        scoreText(score),
        `报告正文与本机关${previous.year}年度报告几乎相同（相似度${scoreText(score)}），可能照搬上年内容。`
      )
    );
  }
  return out;
}

function otherAgencyFindings(
  reports: readonly ReportRecord[],
  signatureOf: Map<string, Float64Array>,
  exact: (a: string, b: string) => number
): Finding[] {
  const withText = reports.filter((r) => signatureOf.has(r.report_id));
  const signatures = withText.map((r) => signatureOf.get(r.report_id) ?? null);
  // Per report, its best candidates by estimate, best first.
  const best: { index: number; estimate: number }[][] = withText.map(() => []);
  const offer = (at: number, index: number, estimate: number) => {
    const list = best[at];
    if (list.length === CANDIDATES_PER_REPORT && list[list.length - 1].estimate >= estimate) return;
    list.push({ index, estimate });
    list.sort((x, y) => y.estimate - x.estimate || x.index - y.index);
    if (list.length > CANDIDATES_PER_REPORT) list.pop();
  };
  for (const [i, j] of candidatePairs(signatures)) {
    if (withText[i].agency_id === withText[j].agency_id) continue;
    const sa = signatures[i];
    const sb = signatures[j];
    if (!sa || !sb) continue;
    const estimate = estimateSimilarity(sa, sb);
    if (estimate < ESTIMATE_FLOOR) continue;
    offer(i, j, estimate);
    offer(j, i, estimate);
  }
  const out: Finding[] = [];
  withText.forEach((report, i) => {
    let match: { other: ReportRecord; score: number } | null = null;
    for (const { index } of best[i]) {
      const other = withText[index];
      const score = exact(report.report_id, other.report_id);
      if (score >= NEAR_DUPLICATE_THRESHOLD && (!match || score > match.score)) match = { other, score };
    }
    if (!match) return;
    out.push(
      finding(
        report,
        'near_duplicate',
        null,
        match.other.report_id,
        scoreText(match.score),
        `报告正文与“${match.other.agency}”${match.other.year}年度报告几乎相同（相似度${scoreText(match.score)}），可能相互照搬。`
      )
    );
  });
  return out;
}

export function checkNearDuplicates(reports: readonly ReportRecord[], sections: readonly SectionText[]): Finding[] {
  const texts = narratives(reports, sections);
  const signatures = new Map<string, Float64Array>();
  for (const [id, text] of texts) {
    const sig = signature(text);
    if (sig) signatures.set(id, sig);
  }
  const exact = exactScorer(texts);
  return [...previousYearFindings(reports, signatures, exact), ...otherAgencyFindings(reports, signatures, exact)];
}
