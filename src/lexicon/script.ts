/**
 * One-to-one character folding applied to the text used for matching (never
 * to what we print): full-width ASCII to ASCII, Traditional to Simplified for
 * the characters our tables use, and financial numerals to plain ones. Every
 * table in the lexicon is therefore written once, in Simplified script.
 */

const PAIRS = [
  // Traditional → Simplified (numerals, units, measure words, qualifiers, dates).
  '萬万 億亿 兩两 個个 點点 圓元 臺台 幣币 門门 韓韩 盧卢 歐欧 鎊镑 噸吨 釐厘 裡里 畝亩 頃顷',
  '戶户 輛辆 條条 張张 隻只 頭头 項项 場场 筆笔 間间 歲岁 屆届 週周 時时 鐘钟 紀纪 標标 準准',
  '漲涨 減减 長长 較较 與与 約约 餘余 幾几 數数 來来 內内 級级 億亿 雙双 對对 倉仓 萬万',
  '計计 處处 僅仅 達达 為为 於于 過过 從从 華华 國国 區区 縣县 廠厂 車车 貨货 價价 額额 總总',
  '類类 種种 組组 屬属 滿满 億亿 週周 後后 歷历 屆届 號号 負负 錢钱 爾尔',
  '噸吨 釐厘 碼码 畝亩 傢家 棟栋 層层 顆颗',
  '夥伙 隊队 輪轮 單单 幀帧 頁页 冊册 則则 題题 門门 節节 盤盘 雙双',
  '營营 業业 醫医 學学 員员 職职 產产 幹干 億亿 萬万 鬥斗 餘余 許许 溫温 氣气 電电 熱热 淨净 貫贯',
  // Change words, units, measure words and currencies found missing on Hong Kong and Taiwan text.
  '擴扩 縮缩 調调 別别 劑剂 茲兹 貝贝 攝摄 銖铢 蘭兰 堅坚 亞亚 彈弹 輕轻 壓压 緩缓 轉转 揚扬 遞递 顯显',
  '塊块 盞盏 頂顶 頻频 棄弃 資资 貸贷 銀银 險险 稅税 務务 財财 購购 銷销 庫库 費费 報报 績绩 動动 變变',
  '進进 貿贸 經经 濟济 鄉乡 鎮镇 鐵铁 運运 輸输 遊游 觀观 發发 網网 實实 現现 際际 這这 們们 會会 當当',
  '該该 還还 將将 開开 紐纽 圍围 陸陆 島岛 東东 護护 療疗 藥药 診诊 縮缩 償偿 歸归 積积 儲储 額额 佔占',
  // Sports records, prices, winds and magnitudes (22勝5敗, 貴了2成, 陣風10級, 芮氏規模).
  '勝胜 敗败 貴贵 陣阵 規规 颱台 風风 強强 淺浅 復复',
  // Words of labels: connectives, forecasts, verbs of holding (並將…維持在, 預估可釋出).
  '記记 訊讯 軍军 並并 預预 維维 創创 釋释 統统 據据 廣广 設设 補补 貼贴 獎奖 勵励 團团 體体 確确 擬拟 選选 舉举 穩稳 機机 構构 範范 議议 認认 證证 聯联 讓让 線线 測测 園园 館馆 眾众 臨临 織织 權权',
  // Spoken numerals with their measure word inside (俩 = 两个, 仨 = 三个): 俩人 counts as 两人 does.
  '俩两 倆两 仨三',
  // Financial (capital) numerals → ordinary numerals.
  // 参/參 and 陆/陸 are also the words of 参加 and 大陆: they are numerals only beside another capital numeral (see foldText).
  '壹一 贰二 貳二 叁三 肆四 伍五 柒七 捌八 玖九 拾十 佰百 仟千 參参 陸陆',
].join(' ');

/** Capital numerals, and the magnitudes written with them. */
const CAPITALS = new Set(Array.from('壹贰貳叁參参肆伍陆陸柒捌玖拾佰仟万萬亿億零'));
/** Chinese digits written one by one, as in years (民國一一○年). */
const DIGITS = new Set(Array.from('〇○◯零一二三四五六七八九'));
/**
 * Characters that are numerals only beside others of a set: 参 and 陆 (and
 * their Traditional forms) beside another capital numeral; the circles ○ and ◯,
 * which stand for 〇 beside a Chinese digit (民國一一○年) and are marks elsewhere.
 */
const CAPITAL_WORDS = new Map<number, { numeral: number; word: number; beside: ReadonlySet<string> }>(
  [['参', '三', '参', CAPITALS], ['參', '三', '参', CAPITALS], ['陆', '六', '陆', CAPITALS], ['陸', '六', '陆', CAPITALS], ['○', '〇', '○', DIGITS], ['◯', '〇', '◯', DIGITS]].map(
    ([c, numeral, word, beside]) => [
      (c as string).charCodeAt(0),
      { numeral: (numeral as string).charCodeAt(0), word: (word as string).charCodeAt(0), beside: beside as ReadonlySet<string> },
    ],
  ),
);
/** In FOLDED: a character whose folding depends on its neighbours (CAPITAL_WORDS). */
const BY_CONTEXT = 0xffff;

const FOLD = new Map<number, string>();
for (const pair of PAIRS.split(/\s+/)) {
  const [from, to] = Array.from(pair);
  if (from && to && from !== to) FOLD.set(from.codePointAt(0)!, to);
}

/** Folds one UTF-16 code unit; returns the same unit when nothing applies. */
function foldChar(ch: string): string {
  const code = ch.charCodeAt(0);
  // Full-width ASCII digits, letters and signs (not the Chinese punctuation
  // that marks clauses: ，；：（）！？ stay as they are).
  if (code >= 0xff01 && code <= 0xff5e) {
    if (code === 0xff0c || code === 0xff1b || code === 0xff1a || code === 0xff08 || code === 0xff09 || code === 0xff01 || code === 0xff1f) return ch;
    return String.fromCharCode(code - 0xfee0);
  }
  if (code === 0x3000 || code === 0x00a0 || code === 0x2002 || code === 0x2003 || code === 0x2009 || code === 0x202f) return ' ';
  if (code === 0x3007) return '〇';
  return FOLD.get(code) ?? ch;
}

/**
 * What each UTF-16 code unit folds to (0: itself), as a table: a loop over
 * char codes is many times faster than a regex class of scattered CJK
 * characters, and the whole input goes through here.
 */
const FOLDED = new Uint16Array(0x10000);
for (let code = 0; code < 0x10000; code++) {
  // Surrogates are never folded (and String.fromCharCode of a lone one is a lone one).
  const ch = String.fromCharCode(code);
  const to = foldChar(ch);
  if (to !== ch) FOLDED[code] = to.charCodeAt(0);
}
for (const code of CAPITAL_WORDS.keys()) FOLDED[code] = BY_CONTEXT;

/** Folds a whole string, one code unit for one: offsets are unchanged. */
export function foldText(text: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    let to = FOLDED[text.charCodeAt(i)]!;
    if (to === 0) continue;
    // 壹万陆仟, 参拾: 参 and 陆 beside another capital numeral are numerals; elsewhere words (参加, 大陆, 陆家嘴). ○ beside a digit is 〇.
    if (to === BY_CONTEXT) {
      const capital = CAPITAL_WORDS.get(text.charCodeAt(i))!;
      const numeral = capital.beside.has(text.charAt(i - 1)) || capital.beside.has(text.charAt(i + 1));
      to = numeral ? capital.numeral : capital.word;
      if (to === text.charCodeAt(i)) continue;
    }
    out += text.slice(from, i) + String.fromCharCode(to);
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}
