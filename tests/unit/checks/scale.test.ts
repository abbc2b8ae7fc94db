/**
 * checkAcrossReports must stay fast for 100,000 reports (about one province over five years). The
 * narratives are built from the real corpus sentences, shuffled by a seeded generator; a known set of
 * copies is planted, including 2,000 townships sharing one template (the worst case for LSH buckets).
 */
import { describe, expect, it } from 'vitest';
import { checkAcrossReports } from '../../../src/lib/checks';
import { APPLICANTS, appColumn } from '../../../src/lib/schema/columns';
import type { ReportRecord, SectionText } from '../../../src/lib/schema/types';
import { corpusStems, proseOf, recordFromExpected } from './corpus';

const AGENCIES = 20_000;
const YEARS = [2019, 2020, 2021, 2022, 2023];
const TEMPLATE_TOWNSHIPS = 2_000;
const COPIED_LAST_YEAR = 40;
const COPIED_OTHER_AGENCY = 40;

/** mulberry32: a small seeded generator, so the data set is the same on every run. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('checkAcrossReports at scale', () => {
  it('checks 100,000 reports with narratives in seconds and finds exactly the planted problems', async () => {
    const sentences = (await Promise.all(corpusStems().map(proseOf)))
      .flatMap((p) => p.split(/[。\n]/))
      .map((s) => s.trim())
      .filter((s) => s.length >= 15 && s.length <= 120);
    expect(sentences.length).toBeGreaterThan(150);
    const next = random(2024);
    const narrative = () => {
      let text = '';
      while (text.length < 700) text += sentences[Math.floor(next() * sentences.length)] + '。';
      return text;
    };
    const template = narrative();
    const base = recordFromExpected('孟津区人力资源和社会保障局_2023');
    const reports: ReportRecord[] = [];
    const sections: SectionText[] = [];
    const textOf = new Map<string, string>();
    for (let a = 0; a < AGENCIES; a++) {
      for (const year of YEARS) {
        const agency_id = `a${a}`;
        const report_id = `${year}-${agency_id}-agency`;
        // Carry-over consistent throughout (2 carried each year), except agency 7 in 2021.
        const numbers = { ...base.numbers };
        for (const { id } of APPLICANTS) {
          numbers[appColumn('carried_in', id)] = id === 'natural' || id === 'total' ? 2 : 0;
          numbers[appColumn('carried_out', id)] = id === 'natural' || id === 'total' ? 2 : 0;
        }
        if (a === 7 && year === 2021) numbers[appColumn('carried_in', 'natural')] = 5;
        reports.push({ ...base, report_id, agency_id, agency: `机关${a}`, year, numbers });
        let text: string;
        if (a < TEMPLATE_TOWNSHIPS && year === 2022) text = template;
        else if (a >= TEMPLATE_TOWNSHIPS && a < TEMPLATE_TOWNSHIPS + COPIED_LAST_YEAR && year === 2023)
          text = (textOf.get(`2022-${agency_id}-agency`) ?? '') + '特此报告。';
        else if (a >= 10_000 && a < 10_000 + COPIED_OTHER_AGENCY && year === 2020)
          text = (textOf.get(`2020-a${a - 5_000}-agency`) ?? '').replace(/我区|我局|全区/g, '本机关');
        else text = narrative();
        textOf.set(report_id, text);
        sections.push({ report_id, section: 1, text });
      }
    }
    expect(reports).toHaveLength(100_000);

    const started = performance.now();
    const findings = checkAcrossReports(reports, sections);
    const seconds = (performance.now() - started) / 1000;
    console.log(`checkAcrossReports: 100,000 reports in ${seconds.toFixed(1)} s, ${findings.length} findings`);
    expect(seconds).toBeLessThan(60);

    expect(findings.filter((f) => f.rule === 'carry_over').map((f) => f.report_id)).toEqual(['2021-a7-agency']);
    expect(findings.filter((f) => f.rule === 'stock')).toEqual([]);
    const duplicates = findings.filter((f) => f.rule === 'near_duplicate');
    const lastYear = duplicates.filter((f) => f.expected === f.report_id.replace(/^2023/, '2022'));
    expect(lastYear).toHaveLength(COPIED_LAST_YEAR);
    // Each planted cross-agency copy is flagged on both sides; every template township on one side.
    const cross = duplicates.filter((f) => !lastYear.includes(f));
    const crossIds = new Set(cross.map((f) => f.report_id));
    for (let a = 10_000; a < 10_000 + COPIED_OTHER_AGENCY; a++) {
      expect(crossIds.has(`2020-a${a}-agency`)).toBe(true);
      expect(crossIds.has(`2020-a${a - 5_000}-agency`)).toBe(true);
    }
    const township = cross.filter((f) => f.report_id.startsWith('2022-'));
    expect(township).toHaveLength(TEMPLATE_TOWNSHIPS);
    expect(cross).toHaveLength(TEMPLATE_TOWNSHIPS + 2 * COPIED_OTHER_AGENCY);
  }, 180_000);
});
