/**
 * Words that make a figure a change (`change`): a verb or noun that governs
 * the figure. Longest first when matching; a word followed by 至/到/成 makes
 * the figure a new level instead (`增至4341.6亿元`), and rate nouns
 * (`增速`, `增长率`) name no direction at all.
 */
import type { Change } from '../types.js';

/** An adverb of degree before a one-character change verb makes a change word: 大涨, 暴增, 骤降, 微升. */
const DEGREE_ADVERBS = ['大', '暴', '骤', '急', '微', '猛', '激', '狂'];
const DEGREE_VERBS: Readonly<Record<string, Exclude<Change, ''>>> = { 涨: 'up', 增: 'up', 升: 'up', 跌: 'down', 降: 'down', 减: 'down' };

export const CHANGE_BEFORE: Readonly<Record<string, Exclude<Change, ''>>> = {
  ...Object.fromEntries(DEGREE_ADVERBS.flatMap((a) => Object.entries(DEGREE_VERBS).map(([v, d]) => [a + v, d]))),
  增长: 'up', 增加: 'up', 提高: 'up', 提升: 'up', 上升: 'up', 上涨: 'up', 增: 'up', 涨: 'up',
  扩大: 'up', 高出: 'up', 攀升: 'up', 回升: 'up', 反弹: 'up', 多: 'up', 高: 'up', 升: 'up',
  增幅: 'up', 涨幅: 'up', 增量: 'up', 扩容: 'up', 翻: 'up', 升高: 'up', 增多: 'up', 年增: 'up', 月增: 'up', 成长: 'up', 净增: 'up', 走高: 'up', 上调: 'up', 调高: 'up',
  增产: 'up', 增收: 'up', 加快: 'up', 提速: 'up', 上浮: 'up',
  增长幅度: 'up', 上涨幅度: 'up', 上升幅度: 'up', 增加幅度: 'up', 提高幅度: 'up',
  下降幅度: 'down', 下跌幅度: 'down', 减少幅度: 'down', 降低幅度: 'down', 回落幅度: 'down',
  多出: 'up', 多增: 'up', 升值: 'up', 溢价: 'up', 收涨: 'up', 收升: 'up', 调升: 'up', 季增: 'up', 上修: 'up', 上扬: 'up', 递增: 'up', 延长: 'up', 升幅: 'up', 飙升: 'up',
  下降: 'down', 减少: 'down', 降低: 'down', 回落: 'down', 下跌: 'down', 下滑: 'down', 缩小: 'down',
  缩减: 'down', 收窄: 'down', 减: 'down', 降: 'down', 跌: 'down', 少: 'down', 低: 'down',
  降价: 'down', 减价: 'down', 涨价: 'up', 提价: 'up', 压缩: 'down', 快: 'up', 慢: 'down',
  降幅: 'down', 跌幅: 'down', 减幅: 'down', 下调: 'down', 压减: 'down', 减轻: 'down', 走低: 'down', 减小: 'down', 年减: 'down', 月减: 'down', 净减: 'down', 调低: 'down', 下行: 'down',
  减产: 'down', 减收: 'down', 放缓: 'down', 放慢: 'down', 萎缩: 'down', 下挫: 'down', 下浮: 'down', 回调: 'down',
  减息: 'down', 降息: 'down', 降准: 'down', 周涨: 'up', 周跌: 'down', 周升: 'up', 周降: 'down', 月涨: 'up', 月跌: 'down', 日涨: 'up', 日跌: 'down', 加息: 'up', 上行: 'up', 缩量: 'down', 放量: 'up', 衰减: 'down', 削减: 'down', 裁减: 'down', 缩水: 'down', 便宜: 'down', 瘦: 'down', 减重: 'down', 降薪: 'down', 降温: 'down',
  减排: 'down', 调贬: 'down', 立减: 'down', 直降: 'down', 直减: 'down', 收高: 'up', 收低: 'down', 重挫: 'down', 大挫: 'down', 收缩: 'down', 蒸发: 'down',
  贵: 'up', 胖: 'up', 增重: 'up', 涨薪: 'up', 加薪: 'up', 升温: 'up',
  少增: 'down', 贬值: 'down', 折价: 'down', 收跌: 'down', 调降: 'down', 季减: 'down', 下修: 'down', 倒退: 'down', 递减: 'down', 缩短: 'down',
};

/** After the figure: `2.8%的涨幅`, `5%的增长`. */
export const CHANGE_AFTER: Readonly<Record<string, Exclude<Change, ''>>> = {
  涨幅: 'up', 增幅: 'up', 升幅: 'up', 增长: 'up', 增量: 'up', 降幅: 'down', 跌幅: 'down', 减幅: 'down', 下降: 'down',
  上涨: 'up', 上升: 'up', 增加: 'up', 下滑: 'down', 回落: 'down', 减少: 'down', 下跌: 'down',
};

/** A change word directly followed by one of these yields a level: `增至`, `提高到`, `下调为` (a noun takes 为 as a link: `增幅为5%`). */
export const TO_LEVEL: readonly string[] = ['至', '到', '为', '成'];

/**
 * Change nouns that name their indicator too (降温幅度: how far the temperature fell): a direction
 * for `change`, and, unlike the words above, kept in a label (`该站最大降温幅度`).
 */
export const NAMED_CHANGES: Readonly<Record<string, Exclude<Change, ''>>> = { 降温幅度: 'down', 升温幅度: 'up' };

/** Change nouns (增幅, 增量, 下降幅度): `为` after them links a change, and they are no verbs of change. */
export const CHANGE_NOUN = /(?:[幅量]|幅度)$/;

/** Compound nouns that contain a change word but name a rate or a level. */
export const NOT_CHANGE: readonly string[] = [
  '增速', '增长率', '增长速度', '成长率', '增加值', '年增率', '涨跌幅', '增减', '高于', '低于', '高达', '多达', '低至', '高至',
  '最高', '最低', '多于', '少于', '高出于', '降至', '减至', '增至',
  // 改造提升420万亩: upgrading fields, no change of an amount; 播放量 is a count of views.
  '改造提升', '播放量',
  // 排放量, 投放量, 发放量, 释放量: amounts let out, put in or paid, no 放量 of a market.
  '排放量', '投放量', '发放量', '释放量', '下放量',
];
