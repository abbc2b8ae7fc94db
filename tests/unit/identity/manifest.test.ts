import { describe, expect, it } from 'vitest';
import { parseManifestCsv } from '../../../src/lib/identity/manifest';

describe('parseManifestCsv', () => {
  it('reads rows keyed by file, empty cells absent', () => {
    const csv =
      '\uFEFFfile,agency,province,city,county,level,scope,body_kind,source_url,published_date\n' +
      '平潭综合实验区_2021.txt,,福建省,,,city,jurisdiction,government,https://www.pingtan.gov.cn/a.htm,2022-02-08\n' +
      './sub\\淮安市人民政府_2024.pdf,淮安市人民政府,江苏省,淮安市,,,,,,\n';
    const { rows, errors } = parseManifestCsv(csv);
    expect(errors).toEqual([]);
    expect(rows.get('平潭综合实验区_2021.txt')).toEqual({
      file: '平潭综合实验区_2021.txt',
      province: '福建省',
      level: 'city',
      scope: 'jurisdiction',
      body_kind: 'government',
      source_url: 'https://www.pingtan.gov.cn/a.htm',
      published_date: '2022-02-08'
    });
    expect(rows.get('sub/淮安市人民政府_2024.pdf')).toEqual({
      file: 'sub/淮安市人民政府_2024.pdf',
      agency: '淮安市人民政府',
      province: '江苏省',
      city: '淮安市'
    });
  });

  it('rejects invalid enum values and dates with clear messages, keeping the valid cells', () => {
    const csv =
      'file,level,scope,body_kind,published_date\n' + 'a.txt,district,whole,ministry,2021-02-30\n' + 'a.txt,city,,,\n';
    const { rows, errors } = parseManifestCsv(csv);
    expect(rows.get('a.txt')).toEqual({ file: 'a.txt' });
    expect(errors).toHaveLength(5);
    expect(errors.slice(0, 4).every((e) => e.startsWith('清单第 2 行'))).toBe(true);
    expect(errors).toContain(
      '清单第 2 行：level 的值“district”无效，应为 national / province / city / county / township 之一。'
    );
    expect(errors.join('\n')).toContain('scope 的值“whole”无效');
    expect(errors.join('\n')).toContain('body_kind 的值“ministry”无效');
    expect(errors.join('\n')).toContain('2021-02-30');
    expect(errors[4]).toContain('重复');
  });

  it('needs a file column and names unknown columns', () => {
    expect(parseManifestCsv('name,province\nx,河南省\n').errors).toEqual(['清单缺少 file 列（输入文件的相对路径）。']);
    const { rows, errors } = parseManifestCsv('file,provnce\na.txt,河南省\n');
    expect(rows.get('a.txt')).toEqual({ file: 'a.txt' });
    expect(errors).toEqual(['清单有未知的列“provnce”，已忽略。']);
  });
});
