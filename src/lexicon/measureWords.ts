/**
 * Measure words (量词) that make a numeral a `count`. The unit of a count is
 * the measure word as written. Longer words first when matching (`人次`
 * before `人`). Not here on purpose: 号 (numbers and grades: 95号汽油), 级
 * (grades), 国/省/市 (places without a measure word: 中亚五国), 大 (十大产业), 群 (5000群众)
 * and 科 (科技).
 */
export const MEASURE_WORDS: readonly string[] = [
  // people and households
  '人次', '户次', '人', '名', '位', '户', '口', '岁', '周岁', '代',
  // organisations and places
  '家', '所', '座', '处', '间', '栋', '幢', '层', '个', '支', '队', '组', '届', '期', '批', '批次',
  // things
  '项', '例', '件', '台', '辆', '架', '架次', '艘', '艘次', '列', '车次', '班次', '趟', '套', '条', '张',
  '篇', '部', '本', '册', '页', '首', '幅', '份', '款', '种', '类', '只', '头', '匹', '峰', '株', '棵',
  '颗', '粒', '根', '块', '片', '枚', '把', '盏', '笔', '单', '宗', '起', '次', '场', '轮', '门',
  '节', '集', '盘', '箱', '瓶', '袋', '桶', '包', '对', '双', '副', '顶', '辆次', '方面', '部门',
  '项次', '眼', '孔', '道', '尾', '羽', '剂', '台套', '人份', '剂次', '台次', '场次', '航次', '班', '频次',
  '乘次', '家次', '间夜', '票', '碗', '杯', '盒', '罐', '坛', '盆', '筐', '捆', '串', '朵', '束', '档',
  '具', '尊', '面', '封', '扇', '枝', '滴', '桌', '卷', '幕', '声', '句', '顿', '餐',
  // writing and games (5000字, 12章, 四段, 3局, 第5回)
  '字', '章', '段', '局', '回',
  // rounds and steps (跑了三圈, 读了三遍, 一万步)
  '圈', '遍', '步',
  // pixels (5000万像素)
  '像素',
  // shares (500万股, 每10股)
  '股',
  // bedding (棉被2万床), goals (打进68球), qubits (66量子比特)
  '床', '球', '量子比特',
  // kitchen, exams, rows and strokes (2勺糖, 三瓣蒜, 第5题, 第一排, 跳绳185下)
  '勺', '汤匙', '茶匙', '瓣', '题', '道题', '排', '下',
  // board lots of shares (成交356万手; after digits only: 二手房, 一手资料 are words)
  '手',
];
