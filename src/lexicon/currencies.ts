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
  瑞士法郎: { code: 'CHF', factor: '1' }, 瑞郎: { code: 'CHF', factor: '1' },
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
  // With the country named: 比索, 卢比, 里亚尔 and 克朗 alone are the currencies of several countries.
  菲律宾比索: { code: 'PHP', factor: '1' },
  墨西哥比索: { code: 'MXN', factor: '1' },
  阿根廷比索: { code: 'ARS', factor: '1' },
  智利比索: { code: 'CLP', factor: '1' },
  哥伦比亚比索: { code: 'COP', factor: '1' },
  印度卢比: { code: 'INR', factor: '1' },
  巴基斯坦卢比: { code: 'PKR', factor: '1' },
  斯里兰卡卢比: { code: 'LKR', factor: '1' },
  尼泊尔卢比: { code: 'NPR', factor: '1' },
  印尼盾: { code: 'IDR', factor: '1' },
  印度尼西亚盾: { code: 'IDR', factor: '1' },
  沙特里亚尔: { code: 'SAR', factor: '1' },
  卡塔尔里亚尔: { code: 'QAR', factor: '1' },
  伊朗里亚尔: { code: 'IRR', factor: '1' },
  瑞典克朗: { code: 'SEK', factor: '1' },
  挪威克朗: { code: 'NOK', factor: '1' },
  丹麦克朗: { code: 'DKK', factor: '1' },
  捷克克朗: { code: 'CZK', factor: '1' },
  冰岛克朗: { code: 'ISK', factor: '1' },
  俄罗斯卢布: { code: 'RUB', factor: '1' },
  土耳其里拉: { code: 'TRY', factor: '1' },
  南非兰特: { code: 'ZAR', factor: '1' },
  阿联酋迪拉姆: { code: 'AED', factor: '1' },
  巴西雷亚尔: { code: 'BRL', factor: '1' },
  埃及镑: { code: 'EGP', factor: '1' },
  新谢克尔: { code: 'ILS', factor: '1' },
  谢克尔: { code: 'ILS', factor: '1' },
  兹罗提: { code: 'PLN', factor: '1' },
  福林: { code: 'HUF', factor: '1' },
  苏姆: { code: 'UZS', factor: '1' },
  图格里克: { code: 'MNT', factor: '1' },
  塔卡: { code: 'BDT', factor: '1' },
  缅元: { code: 'MMK', factor: '1' },
  韩币: { code: 'KRW', factor: '1' },
  欧分: { code: 'EUR', factor: '0.01' },
  便士: { code: 'GBP', factor: '0.01' },
};

/** Currency signs written before an amount (`¥35`, `US$5亿`), → ISO 4217 code. */
export const CURRENCY_SIGNS: Readonly<Record<string, string>> = {
  '¥': 'CNY', '￥': 'CNY', $: 'USD', US$: 'USD', HK$: 'HKD', NT$: 'TWD', S$: 'SGD', A$: 'AUD', C$: 'CAD',
  '€': 'EUR', '£': 'GBP', '￡': 'GBP',
};

/** Subunits of the yuan, only after an amount in 元: `123元1角1分`. */
export const YUAN_SUBUNITS: Readonly<Record<string, string>> = { 角: '0.1', 毛: '0.1', 分: '0.01' };
