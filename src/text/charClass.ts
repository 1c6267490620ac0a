/**
 * A one-character regex class as a test on UTF-16 code units, for loops that
 * look at every character: each code unit is tested with the regex the first
 * time it is seen and remembered, so it means exactly what the regex means
 * and costs a table lookup after that.
 */
export function charTest(re: RegExp): (code: number) => boolean {
  const probe = new RegExp(re.source, re.flags.replace(/[gy]/g, ''));
  /** 0: not seen yet, 1: no, 2: yes. */
  const memo = new Uint8Array(0x10000);
  return (code) => {
    let v = memo[code]!;
    if (v === 0) {
      v = probe.test(String.fromCharCode(code)) ? 2 : 1;
      memo[code] = v;
    }
    return v === 2;
  };
}

/** `；` or `;`. */
export const isSemicolon = (code: number): boolean => code === 0xff1b || code === 0x3b;

/** What stands between two items of a list: one of `、和及与`. */
export const LIST_JOINER = /^[、和及与]$/;
