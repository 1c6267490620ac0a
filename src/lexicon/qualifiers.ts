/**
 * Words that make a figure approximate (`approx`). Those before the figure and
 * those after it stay outside `text`; 余/多/几 inside a figure are in
 * numerals.ts. Longest first when matching.
 */
import type { Approx } from '../types.js';

export const APPROX_BEFORE: Readonly<Record<string, Exclude<Approx, ''>>> = {
  约: 'about', 大约: 'about', 大概: 'about', 近似: 'about', 约为: 'about', 约合: 'about', 大致: 'about', 差不多: 'about',
  超: 'over', 超过: 'over', 逾: 'over', 突破: 'over', 过: 'over', 破: 'over', 首破: 'over', 首次突破: 'over', 首次超过: 'over',
  不低于: 'over', 不少于: 'over', 至少: 'over', 最少: 'over', 不下: 'over', 达到或超过: 'over', 大于: 'over', 多于: 'over', 起码: 'over',
  近: 'under', 将近: 'under', 接近: 'under', 不到: 'under', 不足: 'under', 不超过: 'under',
  // A limit not to pass, said as advice or a rule: under (别超过两杯, 不得超过3小时); the floor not to fall below: over.
  别超过: 'under', 不要超过: 'under', 不能超过: 'under', 不得超过: 'under', 不宜超过: 'under', 不应超过: 'under', 不可超过: 'under', 勿超过: 'under',
  不得低于: 'over', 不能低于: 'over', 不应低于: 'over', 不宜低于: 'over', 不得少于: 'over', 不能少于: 'over', 不应少于: 'over',
  跌破: 'under', 下破: 'under', 上破: 'over', 上限: 'under', 下限: 'over', 最低: 'over', 最长: 'under', 最短: 'over', 最高减免: 'under',
  // 不小于 is at least, 不大于 at most (not 小于 and 大于 after a stray 不); ≥ and ≤ the same in signs.
  不小于: 'over', 不短于: 'over', 大于等于: 'over', 大于或等于: 'over', '≥': 'over', '⩾': 'over', '>': 'over', '＞': 'over',
  不大于: 'under', 不多于: 'under', 不长于: 'under', 小于等于: 'under', 小于或等于: 'under', '≤': 'under', '⩽': 'under', '<': 'under', '＜': 'under',
  不高于: 'under', 最多: 'under', 最高: 'under', 未满: 'under', 不满: 'under', 小于: 'under', 少于: 'under', 至多: 'under', 顶多: 'under',
};

/**
 * Qualifiers that are adverbs: they may stand before a verb of one or two
 * characters and its figure (`大约消耗了300千卡`, `至少运动150分钟`,
 * `最多吃400毫克`, `至少建成1家`).
 */
export const APPROX_ADVERBS: readonly string[] = ['大约', '大概', '至少', '最少', '起码', '最多', '至多', '顶多', '将近', '差不多'];

export const APPROX_AFTER: Readonly<Record<string, Exclude<Approx, ''>>> = {
  左右: 'about', 上下: 'about', 前后: 'about',
  以上: 'over', 开外: 'over', '+': 'over',
  以下: 'under', 以内: 'under', 之内: 'under', 内: 'under',
};

/**
 * Verbs that may stand between a qualifier and its figure (`约达`, `超过了`)
 * or between a change word and its figure (`增长了`, `增幅达`).
 */
export const LINKING_WORDS: readonly string[] = ['达到', '达', '可达', '为', '了', '是', '到', '有', '在', '需要', '需', '要', '占'];

/** Words ending in a qualifier that are none: 签约, 合约, 最近, 经过. */
export const FALSE_BEFORE = /(?:签|(?<!折)合|契|条|预|节|制|相|履|违|特|北|公|邀|集|简|守|毁|解|(?<![持继连陆])续|纽|盟|誓|租|婚)约$|(?:最|附|临|靠|就|亲|邻|贴)近$|(?:赶|高|买|卖|買|賣)超$|(?:经|通|度|越|跨|不|错|路|胜|难|透|穿|放|记|闪)过$/;
