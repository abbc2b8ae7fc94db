/**
 * Narrative sections 一 (总体情况), 五 (问题及改进) and 六 (其他事项) in plausible Chinese: sentences
 * drawn from pools and filled with the body's own figures. The figures about applications, review and
 * litigation are the table's, so the prose/table check (rule 10) finds nothing; the other figures are
 * drawn at random, which also keeps two bodies' texts far apart for the near-duplicate check (rule 11).
 */
import type { Profile } from './bodies';
import type { Random } from './random';

export interface NarrativeFacts {
  agency: string;
  /** How the body calls itself: 我局, 我委, 我区, 本镇… */
  self: string;
  year: number;
  profile: Profile;
  /** A government's report for its whole area. */
  jurisdiction: boolean;
  /** 全区 / 全县 / 全市: the area word of a jurisdiction report. */
  area: string;
  township: boolean;
  newApplications: number;
  carriedIn: number;
  carriedOut: number;
  reviews: number;
  suits: number;
}

export interface Narrative {
  s1: string;
  s5: string;
  s6: string;
}

/** Work areas a body's 主动公开 is about. */
const FOCUS: Readonly<Partial<Record<Profile, readonly string[]>>> = {
  hr: ['就业创业', '社会保障', '人才人事', '劳动关系', '职业技能培训', '根治欠薪'],
  market: ['食品安全', '市场主体登记', '双随机抽查', '价格监管', '特种设备安全', '知识产权保护'],
  enforcement: ['市容环境整治', '违法建设治理', '占道经营管理', '城市照明', '环境卫生', '执法公示'],
  education: ['招生入学', '教育经费', '学校安全', '教师招聘', '学生资助', '课后服务'],
  land: ['国土空间规划', '土地征收', '矿产资源管理', '不动产登记', '耕地保护', '地质灾害防治'],
  police: ['户籍办理', '交通管理', '出入境服务', '治安管理', '警情通报', '反诈宣传'],
  department: ['财政预决算', '政策文件', '行政执法', '重点项目', '公共服务', '民生实事'],
  township: ['村务公开', '惠民资金', '人居环境整治', '乡村振兴', '防汛减灾', '便民服务'],
  office: ['政府常务会议', '重大决策', '政策解读', '财政预决算', '重点项目建设', '民生实事'],
  city_office: ['政府常务会议', '重大行政决策', '政策解读', '财政预决算', '优化营商环境', '重大建设项目'],
  city_department: ['行政许可', '行政处罚', '重点领域改革', '政策文件', '公共服务事项', '专项资金']
};

/** `n(min, max)` draws a figure, mostly towards `min`; townships' figures are a tenth. */
type Fill = (f: NarrativeFacts, n: (min: number, max: number) => number, focus: () => string) => string;

const OPENERS: readonly Fill[] = [
  (f) =>
    `${f.year}年，${f.self}坚持以习近平新时代中国特色社会主义思想为指导，认真贯彻落实《中华人民共和国政府信息公开条例》，扎实推进政务公开工作。`,
  (f) =>
    `${f.year}年以来，${f.agency}按照上级关于政务公开工作的部署要求，坚持以公开为常态、不公开为例外，持续提升政府工作透明度。`,
  (f) => `${f.year}年，${f.self}紧紧围绕中心工作，把政务公开作为转变作风、服务群众的重要抓手，各项工作有序推进。`,
  (f) =>
    `${f.year}年度，${f.agency}高度重视政府信息公开工作，主要负责同志多次听取工作汇报，明确专人负责，形成了上下联动的工作格局。`,
  (f) =>
    `过去一年，${f.self}深入贯彻《中华人民共和国政府信息公开条例》，对照${f.year}年政务公开工作要点，逐项抓好落实。`,
  (f) => `${f.year}年，${f.self}以提升群众获得感为目标，健全政务公开工作机制，推动政府信息公开工作规范化、标准化。`,
  (f) =>
    `根据《中华人民共和国政府信息公开条例》要求，${f.agency}${f.year}年进一步压实工作责任，完善公开制度，政务公开质效稳步提升。`,
  (f) =>
    `${f.year}年，${f.self}调整充实政务公开工作领导小组，召开专题会议${Math.max(2, f.year % 7)}次，研究部署年度重点任务。`
];

const ACTIVE: readonly Fill[] = [
  (f, n, focus) => `全年通过门户网站主动公开政府信息${n(80, 4000)}条，重点公开${focus()}、${focus()}等群众关注的信息。`,
  (f, n, focus) =>
    `围绕${focus()}和${focus()}等重点领域，${f.self}及时发布各类信息${n(60, 3000)}条，做到应公开尽公开。`,
  (f, n, focus) => `主动公开方面，${f.self}在政府网站专栏更新信息${n(50, 2500)}条，其中涉及${focus()}的信息占比较高。`,
  (f, n, focus) =>
    `${f.self}按照“五公开”要求，全年主动公开${focus()}类信息${n(40, 2000)}条、政策解读材料${n(3, 60)}篇。`,
  (f, n, focus) =>
    `加强${focus()}信息发布，全年累计公开各类政务信息${n(80, 4000)}条，发布政策解读${n(3, 60)}篇，回应社会关切${n(5, 300)}次。`,
  (f, n, focus) => `依托政务新媒体平台推送${focus()}相关动态${n(30, 1500)}条，同步在门户网站公开信息${n(50, 3000)}条。`,
  (f, n, focus) => `动态调整主动公开基本目录，新增${focus()}栏目，全年更新公开内容${n(40, 2500)}条。`,
  (f, n, focus) => `突出${focus()}、${focus()}两个重点，图文解读${n(3, 50)}篇，网站信息发布量达${n(80, 4000)}条。`
];

const MANAGEMENT: readonly Fill[] = [
  (f, n) => `严格落实公开前保密审查制度，全年审查拟公开信息${n(60, 3000)}条，未发生泄密事件。`,
  (f, n) => `开展规范性文件清理，对${n(5, 300)}件文件的有效性进行了梳理，并及时向社会公布清理结果。`,
  (f, n) => `健全政府信息管理动态调整机制，对已公开的${n(20, 1500)}条历史信息进行了核查更新。`,
  (f, n) => `落实信息发布协调机制，全年召开信息审核会议${n(2, 24)}次，确保发布内容准确一致。`,
  (f, n) => `对照政务公开标准目录，逐项核对公开事项${n(20, 400)}个，完善了公开时限和公开方式。`,
  (f, n) => `建立政策文件库，集中公开现行有效文件${n(10, 400)}件，方便群众查询。`
];

const PLATFORM: readonly Fill[] = [
  (f, n) => `加强政务新媒体管理，全年发布信息${n(30, 2000)}条，阅读量稳步增长。`,
  (f, n) => `优化门户网站栏目设置，完成网站适老化改造，全年网站访问量约${n(1, 300)}万人次。`,
  (f, n) => `依托政务服务大厅设置政府信息查阅点，全年接待现场查阅群众${n(10, 900)}人次。`,
  (f, n) => `持续做好政府公报和网站的协同发布，全年在线答复群众留言${n(10, 1200)}条。`,
  (f, n) => `在便民服务中心设立公开栏${n(2, 60)}处，定期更新办事指南和公开内容。`,
  (f, n) => `开展政府开放日活动${n(1, 6)}次，邀请群众代表现场体验办事流程。`
];

const OVERSIGHT: readonly Fill[] = [
  (f, n) => `组织政务公开业务培训${n(1, 10)}次，参训人员${n(20, 800)}人次。`,
  (f, n) => `将政务公开纳入年度目标考核，开展季度自查${n(1, 4)}次，发现并整改问题${n(2, 60)}个。`,
  (f, n) => `畅通社会评议渠道，全年收集群众意见建议${n(5, 400)}条，均已按期办理。`,
  (f, n) => `邀请人大代表、政协委员等参与政务公开工作评议，收集意见${n(3, 120)}条。`,
  (f, n) => `落实政务公开工作责任追究制度，全年开展专项督查${n(1, 8)}次。`
];

function applicationSentence(f: NarrativeFacts): string {
  const where = f.jurisdiction ? f.area : f.self;
  const parts: string[] = [];
  if (f.newApplications === 0 && f.carriedIn === 0) {
    return `依申请公开方面，${where}本年度未收到政府信息公开申请，依申请公开渠道保持畅通。`;
  }
  parts.push(`依申请公开方面，${where}全年共收到政府信息公开申请${f.newApplications}件`);
  if (f.carriedIn > 0) parts.push(`上年结转的申请${f.carriedIn}件`);
  parts.push(`均在法定期限内依法答复`);
  if (f.carriedOut > 0) parts.push(`结转下年度继续办理的申请${f.carriedOut}件`);
  return `${parts.join('，')}。`;
}

function disputeSentence(f: NarrativeFacts): string {
  if (f.reviews === 0 && f.suits === 0) return '本年度未发生因政府信息公开引起的行政复议、行政诉讼案件。';
  return `本年度因政府信息公开被申请行政复议${f.reviews}件，被提起行政诉讼${f.suits}件，均依法妥善应对。`;
}

const PROBLEMS: readonly string[] = [
  '一是政策解读形式较为单一，图解、视频等解读方式运用不够',
  '一是主动公开的深度和广度还需拓展，部分领域信息更新不够及时',
  '一是政务公开工作人员多为兼职，业务能力有待提升',
  '一是依申请公开答复的规范性仍需加强',
  '一是政务新媒体互动回应不够及时',
  '一是基层政务公开标准化规范化建设仍有差距',
  '一是公开内容与群众需求的契合度还不够高'
];

const PROBLEMS_2: readonly string[] = [
  '二是网站栏目内容维护不够到位',
  '二是公众参与政务公开的渠道还不够丰富',
  '二是信息发布审核流程有待进一步优化',
  '二是对重点领域信息公开的统筹指导不够',
  '二是政策文件与解读材料同步发布的比例不高',
  '二是政务公开培训的针对性有待增强'
];

const IMPROVEMENTS: readonly Fill[] = [
  (f) => `${f.year + 1}年，${f.self}将丰富政策解读形式，提高解读的针对性和可读性`,
  (f) => `下一步，${f.self}将加强业务培训，提升工作人员依法公开的能力和水平`,
  (f) => `${f.year + 1}年将进一步规范依申请公开办理流程，严格落实答复文书审核制度`,
  () => '持续优化网站栏目设置，及时更新公开内容，确保信息准确完整',
  () => '加强政务新媒体日常管理，提升互动回应效率',
  () => '聚焦群众关切，加大重点领域信息公开力度',
  () => '完善考核评价机制，推动政务公开各项任务落到实处',
  () => '推进基层政务公开标准化规范化建设，打通服务群众“最后一公里”'
];

const OTHER: readonly Fill[] = [
  () => '本年度未收取信息处理费。',
  () => '本年度未收取政府信息公开信息处理费。',
  () => '依据《政府信息公开信息处理费管理办法》，本年度未产生信息处理费。',
  () => '本机关本年度未向申请人收取信息处理费。'
];

const OTHER_2: readonly Fill[] = [
  (f, n) => `全年办理人大代表建议${n(2, 120)}件、政协委员提案${n(2, 150)}件，办理结果已按要求公开。`,
  () => '无其他需要报告的事项。',
  (f) => `${f.self}认真落实${f.year}年政务公开工作要点，各项任务均已完成。`,
  (f, n) => `本年度共发布政务公开工作信息${n(4, 60)}期，及时总结推广经验做法。`,
  () => '其他需要报告的事项：无。'
];

export function writeNarrative(rng: Random, f: NarrativeFacts): Narrative {
  const focusPool = FOCUS[f.profile] ?? FOCUS.department ?? [];
  const focus = () => rng.pick(focusPool);
  const n = (min: number, max: number) => rng.skewed(min, f.township ? Math.max(min, Math.ceil(max / 10)) : max, 1.6);
  const s1 = [
    rng.pick(OPENERS)(f, n, focus),
    rng.pick(ACTIVE)(f, n, focus),
    applicationSentence(f),
    ...rng.sample(MANAGEMENT, f.township ? 1 : 2).map((s) => s(f, n, focus)),
    ...rng.sample(PLATFORM, f.township ? 1 : 2).map((s) => s(f, n, focus)),
    rng.pick(OVERSIGHT)(f, n, focus),
    disputeSentence(f)
  ].join('');
  const s5 =
    `${rng.pick(PROBLEMS)}；${rng.pick(PROBLEMS_2)}。` +
    `针对以上问题，` +
    rng
      .sample(IMPROVEMENTS, 3)
      .map((s) => s(f, n, focus))
      .join('；') +
    '。';
  const s6 = `${rng.pick(OTHER)(f, n, focus)}${rng.pick(OTHER_2)(f, n, focus)}`;
  return { s1, s5, s6 };
}
