/**
 * What looks like a figure but is not one (spec §1 "Not figures"). These are
 * general rules of Chinese, not phrases from any one document.
 */

/**
 * Set phrases (成语 and fixed expressions) whose numerals count nothing. A
 * figure lying inside one of these is dropped.
 */
export const IDIOMS: readonly string[] = [
  '一成不变', '千方百计', '千家万户', '五湖四海', '三心二意', '一心一意', '四面八方', '七上八下',
  '九牛一毛', '一举两得', '一石二鸟', '百花齐放', '百家争鸣', '千军万马', '成千上万', '千千万万',
  '万无一失', '一五一十', '十全十美', '一针一线', '一分一秒', '铁人三项', '双十一', '双十二', '一朝一夕', '一草一木', '一年四季', '一年一度', '三番五次',
  '接二连三', '一干二净', '三言两语', '四分五裂', '五花八门', '七嘴八舌', '九死一生', '一刀切',
  '一把手', '一揽子', '一体化', '一站式', '一条龙', '一张网', '一盘棋', '一张蓝图', '一代人',
  '万家灯火', '万众一心', '千里之外', '百年大计', '千载难逢', '一日千里', '三天两头', '两手抓',
  '一次性', '第一时间', '一方面', '另一方面', '千万不要', '千万别', '百分百',
  '一年半载', '三年五载', '千百年', '千秋万代', '世世代代', '三次产业', '一二三产业',
  // Set formulas of official prose, counted in name only.
  '两个确立', '两个维护', '四个意识', '四个自信', '四个全面', '五位一体', '三个代表', '八项规定',
  '两个一百年', '三个务必', '四个伟大', '两个毫不动摇', '三个有利于', '四个走在前列', '两个大局',
  '三个转变', '四个革命', '一个合作', '三项制度', '五个必由之路',
  '二十四节气', '二十四史', '十二生肖', '四大名著', '一波三折', '七折八扣', '一百单八将',
  '三天打鱼两天晒网', '十年树木', '百年树人', '一年之计', '一日之计', '十年如一日', '一日三餐',
  '十年磨一剑', '十年寒窗', '三十年河东', '三十年河西', '一天比一天', '一年比一年', '一天到晚', '一年到头', '十天半月', '十天半个月', '一日不见', '如隔三秋', '一亩三分地',
  '个五年规划', '个五年计划', '五年规划', '五年计划', '十万八千里', '三头六臂', '信心百倍', '二次元',
  '三分钟热度', '七年之痒', '三人成虎', '三人行', '三个臭皮匠', '两眼一抹黑', '四两拨千斤', '千斤顶', '千斤重担', '两口子', '小两口',
  '十二万分', '三寸不烂之舌', '三寸金莲', '三寸之舌', '一寸光阴一寸金', '一寸光阴', '得寸进尺', '一分钱一分货', '半斤八两', '二把手', '三把手', '一把年纪', '一毛不拔', '一毛一分', '一分一毛', '一分一厘', '一文不值', '一步到位', '一步一个脚印', '三下五除二', '一清二楚', '乱七八糟', '七七八八', '十有八九', '八九不离十', '一传十', '十传百',
  '一千零一夜', '海底两万里', '一百个放心', '三人一组', '两人一组', '九年义务教育', '九年制义务教育',
  // Names of events (spec: 9·11).
  '第一次世界大战', '第二次世界大战', '第一次鸦片战争', '第二次鸦片战争', '第一次工业革命', '第二次工业革命', '第三次工业革命', '第四次工业革命',
  // Place and brand names whose numeral is followed by a measure word or a unit (六盘水: 六盘).
  '六盘水', '三门峡', '七台河', '五台山', '五台县', '九台区', '三台县', '三元里', '五道口', '五棵松',
  '二道江', '三道岭', '二道白河', '七匹狼', '三只松鼠', '三棵树', '三元桥', '九眼桥', '三家店', '三里屯', '六里桥', '八里庄',
];

/**
 * Place names made of a count (`五棵树村`, `三道河乡`): a Chinese count, one
 * more character, and a place word. Not with these measure words, which
 * count places and name none (`五座大桥`, `三条公路`, `十五个乡镇`).
 */
export const MEASURE_WORDS_OF_NO_PLACE_NAME: ReadonlySet<string> = new Set(['个', '座', '条', '所', '处', '家', '名', '位', '项', '栋', '幢']);

/** Ordinary nouns that end in a place word: after a count they are what it counts, no name (两道山岭, 两座石桥). */
export const COMMON_PLACE_NOUNS: ReadonlySet<string> = new Set([
  '大桥', '小桥', '石桥', '木桥', '铁桥', '浮桥', '吊桥', '拱桥', '天桥', '廊桥', '公路', '马路', '道路', '铁路', '山路', '小路', '大路', '水路',
  '线路', '电路', '思路', '出路', '套路', '通路', '退路', '弯路', '新路', '大街', '小街', '老街', '小巷', '街巷', '乡镇', '村镇', '小镇', '古镇',
  '城镇', '集镇', '重镇', '名镇', '山村', '小村', '渔村', '乡村', '新村', '古村', '山沟', '河沟', '海湾', '港湾', '河湾', '山岭', '山坡', '斜坡',
  '陡坡', '村寨', '山寨', '古堡', '城堡', '碉堡', '村庄', '农庄', '山庄',
]);

/**
 * Quoted short names (`“新三样”`, `“十大产业集群”`): a figure inside a pair of
 * quotation marks this many code points apart or closer is part of a name.
 */
export const QUOTED_NAME_MAX = 6;

/** A figure inside 《…》 this long or shorter is part of a title (dates excepted). */
export const TITLE_MAX = 30;
export const QUOTE_PAIRS: readonly (readonly [string, string])[] = [['“', '”'], ['「', '」'], ['『', '』'], ['‘', '’']];

/**
 * Codes of standards: the number after one and a blank is an identifier
 * (`GB/T 1.1-2020`, `ISO 9001:2015`, `DB11 123-2019`), skipped whole.
 */
export const STANDARD_CODES: readonly string[] = [
  'GB', 'ISO', 'IEC', 'ISO/IEC', 'JGJ', 'CJJ', 'HJ', 'YY', 'DB', 'DL', 'NB', 'SL', 'QB', 'JB', 'GA', 'GJB', 'JT', 'JTG',
];
