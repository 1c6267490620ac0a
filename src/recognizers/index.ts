/**
 * Every recognizer, in the order that breaks ties: when two match the same
 * span, the earlier one wins (a date before a duration, a percent before a
 * count). Longer matches always win over shorter ones.
 */
import { count, sportsRecord } from './count.js';
import { date, latinPeriod } from './date.js';
import { dateRange } from './dateRange.js';
import { compoundDuration, duration, halfDuration, termParts } from './duration.js';
import { jiaoFen, money, nameFirstMoney, signMoney } from './money.js';
import { doubling, multiple } from './multiple.js';
import { bareMagnitude, fraction, indexPoints, magnitudeNumber, ratio, scaleReading, slashFraction } from './number.js';
import { ordinal } from './ordinal.js';
import { discount, halfPoint, interestLi, percent, percentagePoint, percentWords, tenths } from './percent.js';
import { halfQuantity, pressurePair, quantity, sizeList } from './quantity.js';
import type { Recognizer } from './types.js';

export const RECOGNIZERS: readonly Recognizer[] = [
  date, dateRange, latinPeriod,
  money, jiaoFen, signMoney, nameFirstMoney,
  percentagePoint, halfPoint, percentWords, percent, tenths, discount, interestLi,
  multiple, doubling,
  quantity, halfQuantity, pressurePair, sizeList,
  duration, compoundDuration, halfDuration, termParts,
  count, sportsRecord,
  ordinal,
  fraction, slashFraction, ratio, indexPoints, scaleReading, bareMagnitude, magnitudeNumber,
];
