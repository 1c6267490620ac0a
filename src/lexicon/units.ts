/**
 * Physical units → canonical SI-style symbol and the factor to it. The README's
 * unit table is this table. Longer words win over their prefixes when matching
 * (`千瓦时` before `千瓦` before `瓦`). Adding a unit is one line.
 */
export interface Unit {
  readonly unit: string;
  /** Factor to the canonical unit, a decimal or a fraction (`2000/3`). */
  readonly factor: string;
}

const u = (unit: string, factor: string): Unit => ({ unit, factor });

export const UNITS: Readonly<Record<string, Unit>> = {
  // mass
  吨: u('kg', '1000'), 公吨: u('kg', '1000'),
  // deadweight tonnage of ships (3480万载重吨): a mass, what is weighed kept in unit_text
  载重吨: u('kg', '1000'),
  // tonnes of coal equivalent and of CO2: kg, the substance kept in unit_text
  吨标准煤: u('kg', '1000'), 吨标煤: u('kg', '1000'), 吨二氧化碳当量: u('kg', '1000'), 吨二氧化碳: u('kg', '1000'), 克标准煤: u('kg', '0.001'),
  千克: u('kg', '1'), 公斤: u('kg', '1'), 斤: u('kg', '0.5'), 市斤: u('kg', '0.5'),
  克: u('kg', '0.001'), 毫克: u('kg', '0.000001'), 微克: u('kg', '0.000000001'),
  克拉: u('kg', '0.0002'), 磅: u('kg', '0.45359237'), 盎司: u('kg', '0.028349523125'),
  kg: u('kg', '1'), t: u('kg', '1000'), g: u('kg', '0.001'), mg: u('kg', '0.000001'),
  // length
  米: u('m', '1'), 千米: u('m', '1000'), 公里: u('m', '1000'), 厘米: u('m', '0.01'), 毫米: u('m', '0.001'),
  微米: u('m', '0.000001'), 纳米: u('m', '0.000000001'), 奈米: u('m', '0.000000001'), 海里: u('m', '1852'), 光年: u('m', '9460730472580800'), 天文单位: u('m', '149597870700'), 个天文单位: u('m', '149597870700'), 英里: u('m', '1609.344'),
  // Chinese market units of length: 丈 (10/3 m), 尺 and 市尺 (1/3 m)
  丈: u('m', '10/3'), 尺: u('m', '1/3'), 市尺: u('m', '1/3'),
  // 寸 after a number is the inch in today's speech (65寸电视, 6寸蛋糕, 17寸轮毂); 寸步, 三寸金莲 are idioms
  寸: u('m', '0.0254'),
  公尺: u('m', '1'), 公分: u('m', '0.01'), 公厘: u('m', '0.001'), 英尺: u('m', '0.3048'), 呎: u('m', '0.3048'), 英寸: u('m', '0.0254'),
  km: u('m', '1000'), m: u('m', '1'), cm: u('m', '0.01'), mm: u('m', '0.001'), nm: u('m', '0.000000001'),
  // area
  平方米: u('m2', '1'), 平米: u('m2', '1'), 平方千米: u('m2', '1000000'), 平方公里: u('m2', '1000000'),
  平方厘米: u('m2', '0.0001'), 平方分米: u('m2', '0.01'), 平方英里: u('m2', '2589988.110336'), 平方英尺: u('m2', '0.09290304'), 平方呎: u('m2', '0.09290304'), 平方公尺: u('m2', '1'), 坪: u('m2', '400/121'), 亩: u('m2', '2000/3'), 公顷: u('m2', '10000'), 英亩: u('m2', '4046.8564224'),
  // spoken floor space (5个平方, 100平方的房子; 100平 alone: recognizers/quantity.ts, FLOOR_SPACE)
  平方: u('m2', '1'), 个平方: u('m2', '1'),
  '㎡': u('m2', '1'), 'm²': u('m2', '1'), m2: u('m2', '1'), 'km²': u('m2', '1000000'), km2: u('m2', '1000000'),
  // volume
  立方米: u('m3', '1'), 立方公尺: u('m3', '1'), 立方千米: u('m3', '1000000000'), 立方公里: u('m3', '1000000000'),
  立方分米: u('m3', '0.001'), 立方厘米: u('m3', '0.000001'), 立方毫米: u('m3', '0.000000001'), 'cm³': u('m3', '0.000001'), cm3: u('m3', '0.000001'), 立方: u('m3', '1'), 方: u('m3', '1'), 'm³': u('m3', '1'), m3: u('m3', '1'),
  升: u('L', '1'), 公升: u('L', '1'), 加仑: u('L', '3.785411784'), 品脱: u('L', '0.473176473'), 毫升: u('L', '0.001'), L: u('L', '1'), mL: u('L', '0.001'), ml: u('L', '0.001'),
  // power
  瓦: u('W', '1'), 毫瓦: u('W', '0.001'), 微瓦: u('W', '0.000001'), 千瓦: u('W', '1000'), 瓩: u('W', '1000'), 兆瓦: u('W', '1000000'), 吉瓦: u('W', '1000000000'), 太瓦: u('W', '1000000000000'),
  马力: u('W', '735.49875'),
  W: u('W', '1'), mW: u('W', '0.001'), kW: u('W', '1000'), KW: u('W', '1000'), MW: u('W', '1000000'), GW: u('W', '1000000000'),
  // energy (度 is a kilowatt-hour only where electricity is meant; see recognizers/quantity.ts)
  瓦时: u('Wh', '1'), Wh: u('Wh', '1'), 千瓦时: u('Wh', '1000'), 瓩时: u('Wh', '1000'), mWh: u('Wh', '0.001'), 兆瓦时: u('Wh', '1000000'), 吉瓦时: u('Wh', '1000000000'), 太瓦时: u('Wh', '1000000000000'),
  度电: u('Wh', '1000'), kWh: u('Wh', '1000'), MWh: u('Wh', '1000000'), GWh: u('Wh', '1000000000'), TWh: u('Wh', '1000000000000'),
  焦耳: u('J', '1'), 千焦: u('J', '1000'), 兆焦: u('J', '1000000'), 吉焦: u('J', '1000000000'),
  千卡: u('J', '4184'), 大卡: u('J', '4184'), 卡路里: u('J', '4.184'), kJ: u('J', '1000'), MJ: u('J', '1000000'), GJ: u('J', '1000000000'), kcal: u('J', '4184'),
  // apparent power (transformers): 千伏安, kVA
  伏安: u('VA', '1'), 千伏安: u('VA', '1000'), 兆伏安: u('VA', '1000000'), VA: u('VA', '1'), kVA: u('VA', '1000'), MVA: u('VA', '1000000'),
  // electric charge (batteries): 5000毫安时, 5000mAh
  安时: u('Ah', '1'), 毫安时: u('Ah', '0.001'), Ah: u('Ah', '1'), mAh: u('Ah', '0.001'),
  // electric current (5500毫安, 3安培; a bare `A` is too often a grade: 5A级景区, A股)
  安培: u('A', '1'), 毫安: u('A', '0.001'), 千安: u('A', '1000'), mA: u('A', '0.001'), kA: u('A', '1000'),
  // voltage
  伏: u('V', '1'), 伏特: u('V', '1'), 千伏: u('V', '1000'), 毫伏: u('V', '0.001'), V: u('V', '1'), kV: u('V', '1000'),
  // frequency
  赫兹: u('Hz', '1'), 千赫: u('Hz', '1000'), 兆赫: u('Hz', '1000000'), Hz: u('Hz', '1'), MHz: u('Hz', '1000000'), GHz: u('Hz', '1000000000'),
  // pressure (950百帕: the 百 is read as a magnitude, which gives the same value)
  帕: u('Pa', '1'), 帕斯卡: u('Pa', '1'), 百帕: u('Pa', '100'), 千帕: u('Pa', '1000'), 兆帕: u('Pa', '1000000'), 吉帕: u('Pa', '1000000000'), Pa: u('Pa', '1'), hPa: u('Pa', '100'), kPa: u('Pa', '1000'), MPa: u('Pa', '1000000'), GPa: u('Pa', '1000000000'),
  // blood pressure and vacuum: millimetres of mercury (140毫米汞柱), to Pa
  毫米汞柱: u('Pa', '133.322387415'), mmHg: u('Pa', '133.322387415'),
  // sound level
  分贝: u('dB', '1'), dB: u('dB', '1'),
  // temperature
  摄氏度: u('°C', '1'), '℃': u('°C', '1'), '°C': u('°C', '1'),
  // Fahrenheit stays Fahrenheit: a temperature scale with another zero is no factor away from °C
  华氏度: u('°F', '1'), '℉': u('°F', '1'), '°F': u('°F', '1'),
  开尔文: u('K', '1'), 毫开尔文: u('K', '0.001'),
  // torque (峰值扭矩450N·m) and speed of rotation (6000转/分钟, 6000rpm)
  'N·m': u('N·m', '1'), Nm: u('N·m', '1'), '牛·米': u('N·m', '1'), 牛米: u('N·m', '1'),
  '转/分钟': u('rpm', '1'), '转/分': u('rpm', '1'), 转每分钟: u('rpm', '1'), rpm: u('rpm', '1'),
  // magnetic flux density
  特斯拉: u('T', '1'), 毫特斯拉: u('T', '0.001'), 高斯: u('T', '0.0001'),
  // containers
  标准箱: u('TEU', '1'), 标箱: u('TEU', '1'), TEU: u('TEU', '1'), 个标准箱: u('TEU', '1'),
  // data
  KB: u('B', '1000'), MB: u('B', '1000000'), GB: u('B', '1000000000'), TB: u('B', '1000000000000'), PB: u('B', '1000000000000000'), EB: u('B', '1000000000000000000'), ZB: u('B', '1000000000000000000000'),
  // transport work
  吨公里: u('t·km', '1'), 吨千米: u('t·km', '1'), 人公里: u('p·km', '1'), 人千米: u('p·km', '1'),
  // speed
  海里每小时: u('km/h', '1.852'), '海里/小时': u('km/h', '1.852'), 节: u('km/h', '1.852'),
  // length in yards (sports, ranges of arms)
  码: u('m', '0.9144'),
  公里每小时: u('km/h', '1'), '公里/小时': u('km/h', '1'), 千米每小时: u('km/h', '1'), '千米/小时': u('km/h', '1'), 'km/h': u('km/h', '1'),
  // 350千米/时: 时 for 小时, as in GB usage
  '公里/时': u('km/h', '1'), '千米/时': u('km/h', '1'), 'km/hr': u('km/h', '1'),
  米每秒: u('km/h', '3.6'), '米/秒': u('km/h', '3.6'), 'm/s': u('km/h', '3.6'),
  公里每秒: u('km/h', '3600'), '公里/秒': u('km/h', '3600'), 千米每秒: u('km/h', '3600'), '千米/秒': u('km/h', '3600'), 'km/s': u('km/h', '3600'),
};

/** `度` means a kilowatt-hour when its clause is about electricity, a degree Celsius when about temperature. */
export const DEGREE = {
  word: '度',
  meanings: [
    { context: /电/, unit: u('Wh', '1000') },
    { context: /温|摄氏|冷|热|降温|升温|烧|发热|烤|烘|空调|冰箱|炉/, unit: u('°C', '1') },
  ],
} as const;

/**
 * Units that are other words more often (`三节课`, `42码的鞋`): a quantity only
 * where the clause around them speaks of what they measure.
 */
export const UNITS_IN_CONTEXT: Readonly<Record<string, RegExp>> = {
  节: /航速|船速|风速|时速|航行速度|速度/,
  码: /距离|射程|码外|码处|码线|推进|冲刺|跑了|传球|射门|球门|开球|远射/,
};
