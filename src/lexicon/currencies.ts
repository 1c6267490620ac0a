/**
 * Currency words → ISO 4217 code and the factor to the currency's main unit.
 * Simplified script only: Traditional text is folded first (see script.ts).
 * Adding a currency is one line.
 */
export interface Currency {
  readonly code: string;
  /** Factor to the main unit, as a decimal string (`美分` is 0.01 USD). */
  readonly factor: string;
}

export const CURRENCIES: Readonly<Record<string, Currency>> = {
  元: { code: 'CNY', factor: '1' },
  块钱: { code: 'CNY', factor: '1' },
  人民币: { code: 'CNY', factor: '1' },
  元人民币: { code: 'CNY', factor: '1' },
  元新台币: { code: 'TWD', factor: '1' },
  元台币: { code: 'TWD', factor: '1' },
  元港币: { code: 'HKD', factor: '1' },
  美元: { code: 'USD', factor: '1' },
  美金: { code: 'USD', factor: '1' },
  美分: { code: 'USD', factor: '0.01' },
  欧元: { code: 'EUR', factor: '1' },
  日元: { code: 'JPY', factor: '1' },
  日圆: { code: 'JPY', factor: '1' },
  日币: { code: 'JPY', factor: '1' },
  英镑: { code: 'GBP', factor: '1' },
  港元: { code: 'HKD', factor: '1' },
  港币: { code: 'HKD', factor: '1' },
  澳门元: { code: 'MOP', factor: '1' },
  澳门币: { code: 'MOP', factor: '1' },
  澳元: { code: 'AUD', factor: '1' },
  澳币: { code: 'AUD', factor: '1' },
  新台币: { code: 'TWD', factor: '1' },
  台币: { code: 'TWD', factor: '1' },
  韩元: { code: 'KRW', factor: '1' },
  卢布: { code: 'RUB', factor: '1' },
  坚戈: { code: 'KZT', factor: '1' },
  加元: { code: 'CAD', factor: '1' },
  加拿大元: { code: 'CAD', factor: '1' },
  加币: { code: 'CAD', factor: '1' },
  瑞士法郎: { code: 'CHF', factor: '1' },
  新加坡元: { code: 'SGD', factor: '1' },
  新加坡币: { code: 'SGD', factor: '1' },
  新币: { code: 'SGD', factor: '1' },
  新西兰元: { code: 'NZD', factor: '1' },
  纽币: { code: 'NZD', factor: '1' },
  泰铢: { code: 'THB', factor: '1' },
  卢比: { code: 'INR', factor: '1' },
  林吉特: { code: 'MYR', factor: '1' },
  越南盾: { code: 'VND', factor: '1' },
  索姆: { code: 'KGS', factor: '1' },
  雷亚尔: { code: 'BRL', factor: '1' },
  兰特: { code: 'ZAR', factor: '1' },
  里拉: { code: 'TRY', factor: '1' },
  迪拉姆: { code: 'AED', factor: '1' },
  比索: { code: 'MXN', factor: '1' },
};

/** Currency signs written before an amount (`¥35`, `US$5亿`), → ISO 4217 code. */
export const CURRENCY_SIGNS: Readonly<Record<string, string>> = {
  '¥': 'CNY', '￥': 'CNY', $: 'USD', US$: 'USD', HK$: 'HKD', NT$: 'TWD', S$: 'SGD', A$: 'AUD', C$: 'CAD',
  '€': 'EUR', '£': 'GBP', '￡': 'GBP',
};

/** Subunits of the yuan, only after an amount in 元: `123元1角1分`. */
export const YUAN_SUBUNITS: Readonly<Record<string, string>> = { 角: '0.1', 毛: '0.1', 分: '0.01' };
