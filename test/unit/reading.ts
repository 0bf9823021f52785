/**
 * Words as a reader counts them: a number written with no-break spaces (116 000, 0800 98 100) is
 * one word, a unit after a number (18 ans) is a word of its own, and punctuation is none (the
 * French "?" after its narrow no-break space included).
 */
export const words = (text: string): number =>
  text
    .replace(/(\d)[\u00a0\u202f](?=\d)/g, '$1')
    .split(/\s+/)
    .filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
