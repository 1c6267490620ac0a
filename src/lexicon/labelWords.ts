/**
 * Words that shape a figure's `label` and `period` (see src/labels/). They
 * are the grammar words of Chinese statistical prose, not its topics: time
 * adverbials, connectives, linking verbs, predicate openers, the heads of
 * indicator names and of organisation names. Matched longest first.
 */

/**
 * Time adverbials that are not date figures. At the head of a clause they
 * are dropped from a label; a clause that opens with one leaves the dates
 * before it behind (`去年3月…，目前…` — the figures after 目前 have no period).
 */
export const TIME_WORDS: readonly string[] = [
  '截至目前', '截止目前', '截至当前', '到目前为止', '目前', '当前', '如今', '现在', '眼下', '时下',
  '今年以来', '今年', '去年', '上年', '本年', '当年', '明年', '今后', '未来', '下一步',
  '近年来', '多年来', '长期以来', '历年来', '近年', '近期', '近日', '日前', '此前', '以往', '过去', '同期', '全年', '年内', '年底',
];

/**
 * More time words dropped at the head of a label, which leave the period as
 * it is: they refer back to the date before (`届时`, `当月`) or name a time
 * of the same report (`报告期末`, `今夏`).
 */
export const HEAD_TIME_WORDS: readonly string[] = [
  '报告期末', '报告期内', '本报告期', '报告期', '届时', '当月', '当季', '今夏', '今冬', '今春', '今秋', '下阶段', '下一阶段',
  // days, seasons of a sport and of floods, named in weather and sports news
  '昨日', '昨天', '明天', '明日', '今晨', '昨夜', '本赛季', '上赛季', '汛期', '主汛期',
  // weeks and months of market news (本周沪指周跌2.1%)
  '本周', '上周', '本月', '上月', '本季度', '上季度',
];

/** Words that open a clause before its subject; dropped from a label. */
export const CONNECTIVES: readonly string[] = [
  '其中', '此外', '另外', '同时', '与此同时', '例如', '比如', '如', '而且', '并且', '特别是', '尤其是', '据统计', '据了解',
  '据悉', '据测算', '数据显示', '统计显示', '结果显示', '总体看', '总的来看', '从总量上看', '从结构看',
  '也就是说', '因此', '所以', '以及', '而', '并', '且', '即', '但', '但是',
  // a basis or a plan said before the indicator (按照规定标准, 拟派发现金红利)
  '按照', '依照', '根据', '拟', '相当于', '或', '或者',
  // targets: what is to be reached, said of the indicator after them
  '确保', '力争到', '力争', '争取', '按可比价格计算', '按可比口径', '同口径', '扣除价格因素',
  '经季节性调整后的', '经季节性调整后', '经季节性调整的', '经季节调整后的', '经季节调整的', '经季节调整后',
  '按照上年价格计算的', '按上年价格计算的', '按照可比价格计算的', '按可比价格计算的', '按照上年价格计算', '按上年价格计算',
  // forecasts: what is expected, said of the indicator after them (预计粮食总产量达到3600万吨)
  '预计全年', '预计', '预期', '预估',
];

/**
 * Words of two or more characters that begin a predicate (adverbs,
 * auxiliaries, prepositions). A clause that starts with one has no subject of
 * its own; in a clause with a subject, the subject ends where the first of
 * these begins. (One-character ones, which hide inside nouns — 经济, 数据,
 * 国有 — are in src/labels/patterns.ts with the contexts they need.)
 */
export const PREDICATE_OPENERS: readonly string[] = [
  // a purpose after an amount (安排资金3亿元用于老旧小区改造)
  '用于', '用来', '用以',
  '已经', '还将', '共计', '合计', '总计', '累计', '分别', '先后', '相继', '正在', '仍然', '依然', '依旧',
  '继续', '连续', '首次', '成功', '积极', '不断', '持续', '进一步', '全面', '率先', '共同', '主动', '大力',
  '力争', '计划', '预计', '可以', '能够', '需要', '应当', '正式', '即将', '陆续', '逐步', '稳步', '切实',
  '按照', '经过', '通过', '依托', '借助', '围绕', '针对', '结合', '聚焦', '立足', '坚持', '面向',
  '基于', '专门', '创新', '联合', '现场', '历史性', '同比', '环比', '共有', '现有', '拥有', '达到', '突破', '超过',
  '位居', '跃居', '位列', '跻身', '排名', '随着', '自从', '对于', '关于', '根据', '依据', '经由', '为了',
  '紧急', '依法', '集中', '及时', '妥善', '整齐', '就近', '全天候', '纷纷', '一同', '下沉', '稳定', '下乡', '超额', '顺利',
];

/**
 * Verbs of statistical prose. Used to tell a clause that has no subject
 * (`提供担保30亿元`) and to end a counted noun (`20个项目进行路演`).
 */
export const VERBS: readonly string[] = [
  '提供', '发放', '投放', '实现', '完成', '落实', '执行', '引进', '引导', '形成', '签订', '签署',
  '签约', '发布', '举办', '举行', '开展', '推动', '促成', '归集', '入驻', '上线', '注入', '投入',
  '吸纳', '吸引', '接待', '释放', '办理', '发行', '纳入', '设立', '建成', '培育', '推广', '推介',
  '推出', '授信', '获得', '获批', '荣获', '收购', '支持', '带动',
  '成为', '设在', '位于', '参展', '参会', '参赛', '参评', '入围', '获奖', '报名', '出席', '到会', '庆祝', '纪念', '提出', '指出', '表示', '强调', '要求', '认为', '给予', '授牌', '仅次于', '次于', '参与', '参加', '进行', '涵盖', '涉及', '来自', '具有', '具备', '覆盖', '惠及', '帮助',
  '解决', '节约', '减免', '降低', '提升', '提高', '增长', '增加', '下降', '减少', '保持', '组织',
  '出台', '制定', '印发', '启动', '开通', '开工', '竣工', '投产', '交流', '展示', '亮相', '接壤',
  '捐献', '加入', '落地', '落户', '注册', '储备', '再建', '建立',
  '承担', '承接', '完善', '丰富', '扩大', '拓展', '打造', '构建', '加快', '加强', '加大', '促进',
  '对接', '达成', '取得', '拿下', '争取', '创造', '带来', '贡献', '发挥', '走访', '征集',
  '收录', '认定', '评定', '入选', '入库', '转化', '采集', '访问', '会见', '出席', '见证', '交换',
  '种了', '共种', '购买', '奖励', '安排', '下达', '拨付', '兑现', '筹集', '募集',
  '放款', '运送', '发送', '回收', '治理', '改造', '采取', '挽回', '加油',
  // emergencies, courts and public services (转移群众3000人，安置800人; 受理案件…，审结…)
  '转移', '安置', '疏散', '救助', '受理', '审结', '执结', '办结', '查处', '化解', '调解', '处置', '排查', '接收', '召开', '闭幕', '开幕',
  '上缴', '清收', '营救', '下达', '检获', '缴纳',
  // police and prosecution (破获案件3260起，抓获嫌疑人4180名)
  '推行', '实施', '推进', '开行', '改建', '扩建', '修建', '铺设',
  '破获', '侦破', '抓获', '打掉', '捣毁', '起诉', '批捕', '判处', '督促', '听取', '扶持', '关停',
  // sports (以2米31夺冠, 前8名选手中有5人跑进2小时30分, 第67分钟扳平比分)
  '夺冠', '夺金', '夺魁', '取胜', '获胜', '胜出', '晋级', '出线', '卫冕', '跑进', '扳平', '锁定', '摘得', '摘金', '重回',
  // shows and events (某歌手连开3场演唱会)
  '连开', '开设', '开办', '上演',
  // transport (某航空公司开航新航线8条，载运旅客…)
  '开航', '载运', '运载',
];

/**
 * Words that stand between an indicator and its figure, besides qualifiers,
 * linking verbs and change words (which have their own tables): adverbs
 * (`分别`, `共`, `先后`), verbs of having and of holding a level (`共有`,
 * `稳定在`), and `以` of `以6.2%的增速`.
 */
export const BEFORE_FIGURE: readonly string[] = [
  '同比', '环比', '按年', '按月', '按季', '分别', '均', '共', '共计', '合计', '总计', '计', '仅', '只有', '已', '已经', '将', '可', '还', '则', '亦', '一度', '盘中一度',
  '也', '再', '又', '可达', '高达', '多达', '已达', '至', '有', '共有', '现有', '拥有', '历史性', '首次', '保持',
  '实现', '完成', '年均', '平均', '创', '创下', '达成', '录得', '以', '约为', '累计达', '在', '均在', '先后',
  '相继', '陆续', '一共', '总共', '连续', '持续', '稳定在', '保持在', '控制在', '维持在', '稳定', '维持', '调整为', '调整到', '调整至', '由', '从', '实际', '名义',
  // how widely or how much (气温普遍下降5℃, 价格小幅上涨)
  '普遍', '明显', '大幅', '小幅', '略有', '均有', '仍', '仍然', '依然', '依旧', '长达',
  // in real terms, a provisional estimate (本地生產總值按年實質上升3.1%, 零售業總銷貨價值臨時估計為305億元)
  '实质', '实質', '临时估计', '臨时估计',
  // what the amount is per (`标准为每月1900元`): said by the figure's unit, not its name
  '每月', '每年', '每天', '每日', '每周', '每人', '每户', '每吨', '每亩', '每公斤', '每千克', '每平方米', '每千瓦时', '每小时',
  '每股', '每间夜', '每人次', '每千人', '每万人', '每秒', '每升',
  // whole words whose last character is one of the words above (预计, not 预 + 计)
  '预计', '累计', '估计', '预期',
  // what may happen (最大负荷可能达到…), a target (产值力争突破…), all of them (收入全部超过…)
  '可能', '或将', '有望', '可望', '力争', '全部',
  // one-character changes of prices and indices (上证指数涨0.67%)
  '涨', '跌', '升', '收涨', '收跌',
  // what a device supports at most (刷新率最高支持120Hz; 支持 alone is a noun too: 融资支持651亿元)
  '最高支持',
];

/** Verbs after `为…` (`为农户减免利息`): the benefactive phrase before them is dropped. */
export const BENEFACTIVE_VERBS: readonly string[] = [
  '提供', '释放', '发放', '投放', '办理', '减免', '节约', '节省', '降低', '带来', '创造', '争取',
  '解决', '注入', '授信', '兑现', '安排', '落实', '吸纳', '新增', '帮助',
];

/** Words that join two noun phrases; a counted noun ends before them (`参展企业及各国客商`). */
export const NOUN_JOINERS: readonly string[] = ['以及', '及', '暨', '并'];

/** Localizers that end a place phrase (`博览会上`); dropped at the end of a counted noun. */
export const LOCALIZERS: readonly string[] = ['期间', '之际', '上', '中', '内', '里'];

/**
 * The heads of indicator names (`贷款余额`, `产值`). Taken off the end of a
 * noun phrase to find the entity it is about (`涉农企业贷款余额` → `涉农企业`).
 */
export const INDICATOR_HEADS: readonly string[] = [
  '余额', '总额', '金额', '总量', '数量', '规模', '资金', '贷款', '信贷', '存款', '投资', '收入',
  '产值', '增加值', '生产总值', '利润', '税收', '营收', '销售额', '交易额', '成交额', '贸易额',
  '进出口', '出口', '进口', '产量', '面积', '人数', '户数', '数', '增速', '增幅', '比重', '占比',
  '上限', '下限', '标准', '市值', '营业收入', '年', '月', '日均', '年均', '各项', '总',
  '货运量', '客运量', '运输量', '吞吐量', '发送量', '周转量', '业务量', '发电量', '用电量', '销量', '产销量',
  '消费额', '零售额', '营业额', '出口额', '进口额',
  // compound indicators whose first word is no part of the entity (玉米种植面积, 滨海新区新增就业, 乡镇卫生院床位数)
  '种植面积', '播种面积', '收获面积', '新增就业', '床位数', '床位', '不良率', '用水量', '用气量', '装机容量',
  '支出', '价格', '指数', '均价',
  // hospitals, stations, sites (县人民医院、县中医院门诊量)
  '门诊量', '门急诊量', '诊疗人次', '住院人次', '客流量', '访问量', '下载量', '票房',
];

/** Nouns a figure reaches rather than measures (`突破千亿元大关`): no label from them. */
export const MILESTONES: readonly string[] = ['大关', '关口', '台阶', '门槛', '水平', '规模', '量级', '级别', '目标'];

/** Rate and attribute nouns: a label that is only one of these takes its subject (`增速` → `X增速`). */
export const ATTRIBUTE_NOUNS: readonly string[] = [
  '增速', '增幅', '涨幅', '降幅', '跌幅', '比重', '占比', '份额', '增长率', '增长', '排名', '规模', '余额',
  '总数', '数量', '总量', '价值', '支出', '总支出',
];

/** Verbs of rank before an ordinal (`位居全国第三`). */
export const RANK_VERBS: readonly string[] = ['位居', '跃居', '位列', '居于', '居', '排名', '排在', '排', '列', '跻身'];

/** Events counted in anniversaries (`成立70周年`, `建院60多年来`). */
export const EVENT_VERBS: readonly string[] = ['成立', '建交', '诞辰', '建校', '建院', '创刊', '创办', '建成', '开通', '建立', '解放', '投运', '投产', '开业', '落成', '竣工', '通车', '投用', '启用', '投入运营', '投入使用', '投入运行', '改革开放', '回归祖国', '回归', '胜利', '建党', '建国', '建军'];
