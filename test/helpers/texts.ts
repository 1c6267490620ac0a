/** Small texts of our own, with the figures the recognizer finds in them. */

/** money 1335亿元 (line 1, column 7) and percent 21.59% (line 1, column 18). */
export const REVENUE = '全年营业收入1335亿元，同比增长21.59%。\n';

/** date 8月21日 (XXXX-08-21, or 2025-08-21 with --ref-date 2025-09-30) and count 83个. */
export const ORDERS = '8月21日，新增订单83个。\n';

/** 利润增长5%。 in GB18030: one percent figure, 5, change up. */
export const PROFIT_GB18030 = Uint8Array.from([0xc0, 0xfb, 0xc8, 0xf3, 0xd4, 0xf6, 0xb3, 0xa4, 0x35, 0x25, 0xa1, 0xa3]);

export const CSV_HEADER =
  'file,line,column,end_line,end_column,offset,length,text,kind,value,value_max,unit,number,multiplier,unit_text,approx,change,label,period,sentence_index,sentence';
