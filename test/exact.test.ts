/**
 * Exact arithmetic (src/numbers/exact.ts): values stay reduced fractions, and
 * toNumber gives the double nearest the exact value, on the fast path for
 * small parts and the BigInt path for large ones.
 */
import fc from 'fast-check';
import { add, div, int, mul, neg, parseDecimal, pow10, toNumber, ZERO } from '../src/numbers/exact.js';

/** The nearest double, by way of 60 significant decimal digits: more than any rounding here can need. */
function reference(num: bigint, den: bigint): number {
  const sign = num < 0n ? '-' : '';
  const n = num < 0n ? -num : num;
  const scale = Math.max(0, 60 + den.toString().length - n.toString().length);
  const q = (n * 10n ** BigInt(scale)) / den;
  const s = q.toString().padStart(scale + 1, '0');
  return Number(`${sign}${s.slice(0, s.length - scale)}.${s.slice(s.length - scale)}`);
}

describe('exact values', () => {
  test('are kept reduced', () => {
    expect(parseDecimal('2.50')).toEqual({ num: 5n, den: 2n });
    expect(parseDecimal('1,335.60')).toEqual({ num: 6678n, den: 5n });
    expect(mul(parseDecimal('46.04'), pow10(8))).toEqual({ num: 4604000000n, den: 1n });
    expect(div(int(6), int(-4))).toEqual({ num: -3n, den: 2n });
    expect(add(parseDecimal('0.1'), parseDecimal('0.2'))).toEqual({ num: 3n, den: 10n });
    expect(mul(ZERO, parseDecimal('7.5'))).toEqual({ num: 0n, den: 1n });
  });

  test('reduce large parts too', () => {
    const big = 10n ** 30n;
    expect(div(int(big * 6n), int(big * 4n))).toEqual({ num: 3n, den: 2n });
    expect(mul(parseDecimal('0.000000000000000000000000000002'), int(5n * 10n ** 29n))).toEqual({ num: 1n, den: 1n });
  });

  test('print as the nearest double', () => {
    expect(toNumber(mul(parseDecimal('46.04'), pow10(8)))).toBe(4604000000);
    expect(toNumber(parseDecimal('21.59'))).toBe(21.59);
    expect(toNumber(div(int(1), int(3)))).toBe(1 / 3);
    expect(toNumber(neg(div(int(2), int(3))))).toBe(-2 / 3);
    // Past 2^53: the BigInt path.
    expect(toNumber(parseDecimal('12345678901234567890.5'))).toBe(Number('12345678901234567890.5'));
    expect(toNumber(div(int(10n ** 30n), int(3)))).toBe(reference(10n ** 30n, 3n));
    expect(toNumber(div(int(1), int(3n * 10n ** 20n)))).toBe(3.3333333333333333e-21);
    expect(toNumber(div(int(1), int(9007199255847946n)))).toBe(reference(1n, 9007199255847946n));
  });

  test('any fraction prints as the reference rounding gives', () => {
    const part = fc.oneof(fc.bigInt({ min: 1n, max: 2n ** 53n }), fc.bigInt({ min: 1n, max: 10n ** 25n }), fc.bigInt({ min: 1n, max: 1000n }));
    fc.assert(
      fc.property(part, part, fc.boolean(), (a, b, negative) => {
        const value = div(int(negative ? -a : a), int(b));
        expect(toNumber(value)).toBe(reference(value.num, value.den));
      }),
      { numRuns: 2000 },
    );
  });
});
