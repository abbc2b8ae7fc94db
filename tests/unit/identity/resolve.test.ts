import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { resolveIdentity } from '../../../src/lib/identity/resolve';

const corpus = new URL('../../fixtures/corpus/', import.meta.url);

function expectedMeta(stem: string): Record<string, string | number> {
  return JSON.parse(readFileSync(new URL(`expected/${stem}.json`, corpus), 'utf8')).meta;
}

/** The title and first paragraphs of a corpus report, as the parser passes them. */
function reportStart(file: string, chars = 1500): string {
  return readFileSync(new URL(`reports/${file}`, corpus), 'utf8').slice(0, chars);
}

describe('resolveIdentity on the corpus bodies', () => {
  it('孟津区人力资源和社会保障局 2023 matches the hand-keyed identity', () => {
    const meta = expectedMeta('孟津区人力资源和社会保障局_2023');
    const r = resolveIdentity({
      agency: String(meta.agency),
      year: Number(meta.year),
      context: reportStart('孟津区人力资源和社会保障局_2023.txt')
    });
    expect(r).toMatchObject({
      province: meta.province,
      city: meta.city,
      county: meta.county,
      division_code: meta.division_code,
      division_code_current: '410308',
      level: meta.level,
      scope: meta.scope,
      body_kind: 'department',
      agency_id: '410308-人力资源和社会保障局'
    });
  });

  it('孟津县 in 2020 keeps its old code and shares the agency_id of 孟津区', () => {
    const r = resolveIdentity({ agency: '孟津县人力资源和社会保障局', year: 2020 });
    expect(r).toMatchObject({
      county: '孟津县',
      division_code: '410322',
      division_code_current: '410308',
      agency_id: '410308-人力资源和社会保障局',
      level: 'county',
      body_kind: 'department'
    });
  });

  it('偃师市 2020 and 偃师区 2022 are one government on one ground', () => {
    const old = resolveIdentity({ agency: '偃师市人民政府', year: 2020 });
    const now = resolveIdentity({ agency: '偃师区人民政府', year: 2022 });
    expect(old).toMatchObject({ county: '偃师市', division_code: '410381', division_code_current: '410307' });
    expect(now).toMatchObject({ county: '偃师区', division_code: '410307', division_code_current: '410307' });
    expect(old.agency_id).toBe('410307-人民政府');
    expect(now.agency_id).toBe(old.agency_id);
    expect(old.body_kind).toBe('government');
  });

  it('吉利区 2019 maps to 孟津区 ground but keeps its own bodies apart from 孟津县', () => {
    const jili = resolveIdentity({ agency: '吉利区人力资源和社会保障局', year: 2019 });
    const mengjin = resolveIdentity({ agency: '孟津县人力资源和社会保障局', year: 2019 });
    expect(jili).toMatchObject({
      province: '河南省',
      city: '洛阳市',
      county: '吉利区',
      division_code: '410306',
      division_code_current: '410308',
      level: 'county'
    });
    expect(jili.agency_id).toBe('410306-人力资源和社会保障局');
    expect(jili.agency_id).not.toBe(mengjin.agency_id);
  });

  it('淮安市人民政府 is a city-level government in 江苏省', () => {
    const r = resolveIdentity({ agency: '淮安市人民政府', year: 2024 });
    expect(r).toMatchObject({
      province: '江苏省',
      city: '淮安市',
      county: null,
      division_code: '320800',
      level: 'city',
      body_kind: 'government',
      agency_id: '320800-人民政府'
    });
  });

  it('上海市人民政府办公厅 is a province-level office of a 直辖市', () => {
    const r = resolveIdentity({
      agency: '上海市人民政府办公厅',
      year: 2019,
      context: reportStart('上海市人民政府办公厅_2019.html')
    });
    expect(r).toMatchObject({
      province: '上海市',
      city: '上海市',
      county: null,
      level: 'province',
      body_kind: 'office',
      scope: 'agency',
      division_code: '310000'
    });
  });

  it('上海市科委 and 上海市科学技术委员会 are one department', () => {
    const context = reportStart('上海市科学技术委员会_2024.md');
    const full = resolveIdentity({ agency: '上海市科学技术委员会', year: 2024, context });
    const short = resolveIdentity({ agency: '上海市科委', year: 2024, context });
    expect(full).toMatchObject({ province: '上海市', city: '上海市', level: 'province', body_kind: 'department' });
    expect(full.agency_id).toBe('310000-科学技术委员会');
    expect(short.agency_id).toBe(full.agency_id);
    expect(short.agency).toBe('上海市科委');
  });

  it('平潭综合实验区 reports sum the whole zone in every corpus year', () => {
    for (const year of [2019, 2021, 2022, 2023, 2025]) {
      // The parser passes the title and first paragraphs; the 2021 text says so only further on.
      const context = reportStart(`平潭综合实验区_${year}.txt`, 4000);
      const r = resolveIdentity({ agency: '平潭综合实验区', year, context });
      expect(r, String(year)).toMatchObject({
        province: '福建省',
        city: '福州市',
        county: null,
        division_code: '350128',
        level: 'city',
        body_kind: 'government',
        scope: 'jurisdiction',
        agency_id: '350128-管理委员会'
      });
    }
  });

  it('a government without a whole-area phrase stays agency scope', () => {
    expect(resolveIdentity({ agency: '平潭综合实验区', year: 2022, context: '我区编制完成了本报告。' }).scope).toBe(
      'agency'
    );
    // A department never reports for the whole area, whatever its text says.
    expect(
      resolveIdentity({ agency: '孟津区人力资源和社会保障局', year: 2023, context: '汇总全区各单位情况' }).scope
    ).toBe('agency');
  });

  it('a township body is level township under its county', () => {
    const r = resolveIdentity({ agency: '洛阳市孟津区城关镇人民政府', year: 2023 });
    expect(r).toMatchObject({
      province: '河南省',
      city: '洛阳市',
      county: '孟津区',
      division_code: '410308',
      level: 'township',
      body_kind: 'township',
      agency_id: '410308-城关镇人民政府'
    });
    expect(resolveIdentity({ agency: '西工区王城路街道办事处', year: 2023 })).toMatchObject({
      body_kind: 'township',
      county: '西工区',
      agency_id: '410303-王城路街道办事处'
    });
  });

  it('an ambiguous county name needs context, else the region stays NULL', () => {
    const bare = resolveIdentity({ agency: '新城区人民政府', year: 2022 });
    expect(bare).toMatchObject({ province: null, city: null, county: null, division_code: null, level: null });
    const xian = resolveIdentity({ agency: '新城区人民政府', year: 2022, context: '西安市新城区2022年政府信息公开' });
    expect(xian).toMatchObject({ province: '陕西省', city: '西安市', county: '新城区', division_code: '610102' });
    // 鼓楼区 in 福州 and 南京 differ by province; 福建 alone settles it.
    const gulou = resolveIdentity({
      agency: '鼓楼区市场监督管理局',
      year: 2022,
      context: '根据《福建省政府信息公开办法》'
    });
    expect(gulou).toMatchObject({ province: '福建省', city: '福州市', division_code: '350102' });
  });

  it('functional zones: 洛阳高新区 is a county-level 管委会', () => {
    const long = resolveIdentity({ agency: '洛阳高新技术产业开发区管理委员会', year: 2022 });
    const short = resolveIdentity({ agency: '洛阳高新区管委会', year: 2022 });
    expect(long).toMatchObject({
      county: '洛阳高新技术产业开发区',
      division_code: '410371',
      level: 'county',
      body_kind: 'government',
      agency_id: '410371-管理委员会'
    });
    expect(short).toMatchObject({ county: '洛阳高新技术产业开发区', agency_id: long.agency_id });
  });

  it('the office of a district government is `office`', () => {
    expect(resolveIdentity({ agency: '孟津区人民政府办公室', year: 2023 })).toMatchObject({
      body_kind: 'office',
      agency_id: '410308-人民政府办公室'
    });
    expect(resolveIdentity({ agency: '孟津县政府办', year: 2020 })).toMatchObject({
      body_kind: 'office',
      agency_id: '410308-人民政府办公室'
    });
  });

  it('a body named without its place takes the place its context names', () => {
    const r = resolveIdentity({
      agency: '人力资源和社会保障局',
      year: 2023,
      context: '洛阳市孟津区人力资源和社会保障局'
    });
    expect(r).toMatchObject({ county: '孟津区', agency_id: '410308-人力资源和社会保障局' });
  });

  it('every field the manifest sets overrides the guess', () => {
    const r = resolveIdentity({
      agency: '人力资源和社会保障局',
      year: 2020,
      manifest: {
        file: 'a.txt',
        province: '河南省',
        city: '洛阳市',
        county: '孟津县',
        scope: 'jurisdiction',
        level: 'city',
        body_kind: 'other',
        source_url: 'https://example.gov.cn/a',
        published_date: '2021-01-20'
      }
    });
    expect(r).toMatchObject({
      province: '河南省',
      city: '洛阳市',
      county: '孟津县',
      division_code: '410322',
      division_code_current: '410308',
      scope: 'jurisdiction',
      level: 'city',
      body_kind: 'other',
      source_url: 'https://example.gov.cn/a',
      published_date: '2021-01-20',
      agency_id: '410308-人力资源和社会保障局'
    });
    const named = resolveIdentity({
      agency: '平潭综合实验区',
      year: 2019,
      manifest: { file: 'b.txt', agency: '平潭综合实验区管委会', agency_id: 'pingtan' }
    });
    expect(named).toMatchObject({ agency: '平潭综合实验区管委会', agency_id: 'pingtan', body_kind: 'government' });
  });
});
