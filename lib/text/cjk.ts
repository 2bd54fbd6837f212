/**
 * Han characters, defined once for every Chinese-aware rule. The class had been written two dozen
 * ways (some without Extension A or the compatibility ideographs, so a rare character split a
 * word or changed a text's language). It is Unicode's Script=Han property, which also holds 〇 and
 * 々. In a larger pattern write `\p{sc=Han}` with the u flag, or `HAN_CLASS` in a RegExp built
 * from a string; never a code-point range (tests/unit/text/cjk.test.ts fails on one in lib, app, components or cli).
 */
export const HAN_CLASS = "\\p{sc=Han}";

const ONE = /\p{sc=Han}/u;
const EVERY = /\p{sc=Han}/gu;
const RUNS = /\p{sc=Han}+/gu;

export const hasHan = (s: string): boolean => ONE.test(s);

const FIRST = /^\p{sc=Han}/u;

/** Whether `ch` (a character, or the start of a string) is Han. */
export const isHan = (ch: string | undefined): boolean => !!ch && FIRST.test(ch);

export const hanCount = (s: string): number => s.match(EVERY)?.length ?? 0;

/** The maximal runs of Han characters in `s`, in order, each with its offset. */
export function hanRuns(s: string): { text: string; index: number }[] {
  return [...s.matchAll(RUNS)].map((m) => ({ text: m[0], index: m.index }));
}

/** `s` with every run of Han characters replaced by `by` (e.g. a space, to count the Latin words left). */
export const replaceHan = (s: string, by: string): string => s.replace(RUNS, by);
