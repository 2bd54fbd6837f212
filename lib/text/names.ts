/**
 * The names a person goes by and where a line says one of them ("was I mentioned?", "my to-dos").
 *
 * A member is known by their display name and the aliases they set themselves. A name in Chinese
 * characters of three or four characters is also said by its given name (王小明 → 小明, 欧阳娜娜 →
 * 娜娜); a Latin name of two or more words by its first word (Alice Chen → Alice). Those given-name
 * forms count only when they are unambiguous in the workspace: no other member has the same given
 * name, or that form as a name or alias. A two-character Chinese name's given name is one
 * character, which names nobody on its own, so it has none.
 *
 * Finding a form in a line: Latin forms match as whole words, case-insensitively (a given-name form
 * only capitalised, so "will" is not Will); a Chinese form must not cut through a dictionary word
 * (李明 is not in 李明天, where 明天 is "tomorrow"). Where the forms of two people overlap, the longer
 * wins: 王小明 in a line is 王小明, not 小明 who is someone else.
 */
import { zhDictionaryBoundaries } from "./segment";
import { hasHan } from "@/lib/text/cjk";

export interface PersonNames {
  userId: string;
  name: string;
  aliases: string[];
}

export interface NameForm {
  form: string;
  userId: string;
  kind: "name" | "alias" | "given";
}

const CJK_ONLY = /^\p{sc=Han}+$/u;
const LATIN_WORD = /^\p{Lu}[\p{L}'’-]+$/u;

const clean = (s: string) => s.normalize("NFKC").replace(/\s+/g, " ").trim();
const key = (s: string) => clean(s).toLowerCase();

/** The given name a full name is also called by, or null (see the module comment). */
export function givenNameOf(name: string): string | null {
  const n = clean(name).replace(/[·•]/g, "");
  if (CJK_ONLY.test(n)) return n.length === 3 || n.length === 4 ? n.slice(-2) : null;
  const words = n.split(" ");
  return words.length >= 2 && LATIN_WORD.test(words[0]) && words[0].length >= 2 ? words[0] : null;
}

/** Every form of every person, given-name forms only where no one else shares them. */
export function nameForms(people: PersonNames[]): NameForm[] {
  const explicit: NameForm[] = [];
  for (const p of people) {
    const seen = new Set<string>();
    for (const [form, kind] of [[p.name, "name"], ...p.aliases.map((a) => [a, "alias"])] as [string, NameForm["kind"]][]) {
      const f = clean(form);
      if (f.length < 2 || seen.has(key(f))) continue;
      seen.add(key(f));
      explicit.push({ form: f, userId: p.userId, kind });
    }
  }
  const given = people.flatMap((p) => {
    const g = givenNameOf(p.name);
    return g ? [{ form: g, userId: p.userId, kind: "given" as const }] : [];
  });
  const givenCount = new Map<string, number>();
  for (const g of given) givenCount.set(key(g.form), (givenCount.get(key(g.form)) ?? 0) + 1);
  const taken = new Map<string, Set<string>>();
  for (const f of explicit) taken.set(key(f.form), (taken.get(key(f.form)) ?? new Set()).add(f.userId));
  const unambiguous = given.filter((g) => givenCount.get(key(g.form)) === 1 && [...(taken.get(key(g.form)) ?? [])].every((id) => id === g.userId));
  const own = new Set(explicit.map((f) => `${f.userId}\u0000${key(f.form)}`));
  return [...explicit, ...unambiguous.filter((g) => !own.has(`${g.userId}\u0000${key(g.form)}`))];
}

export interface NameHit {
  start: number;
  end: number;
  form: string;
  userId: string;
}

const isWordChar = (ch: string | undefined) => !!ch && /[\p{L}\p{N}]/u.test(ch) && !hasHan(ch);

/** Where `forms` occur in `text`, overlaps resolved to the longest form; in text order. */
export function findNames(text: string, forms: NameForm[]): NameHit[] {
  const hay = text.normalize("NFKC");
  const lower = hay.toLowerCase();
  let cuts: Set<number> | null = null;
  const boundaries = () => (cuts ??= new Set(zhDictionaryBoundaries(hay)));
  const hits: NameHit[] = [];
  for (const f of forms) {
    const cjk = hasHan(f.form);
    const caseSensitive = f.kind === "given" && !cjk;
    const needle = caseSensitive ? f.form : f.form.toLowerCase();
    const source = caseSensitive ? hay : lower;
    for (let at = source.indexOf(needle); at >= 0; at = source.indexOf(needle, at + 1)) {
      const end = at + needle.length;
      if (cjk) {
        // A CJK edge of the form must fall on a word boundary; a Latin edge on a non-letter.
        const startOk = hasHan(hay[at]) ? boundaries().has(at) : !isWordChar(hay[at - 1]);
        const endOk = hasHan(hay[end - 1]) ? boundaries().has(end) : !isWordChar(hay[end]);
        if (!startOk || !endOk) continue;
      } else if (isWordChar(hay[at - 1]) || isWordChar(hay[end])) continue;
      hits.push({ start: at, end, form: f.form, userId: f.userId });
    }
  }
  hits.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: NameHit[] = [];
  for (const h of hits) if (!kept.some((k) => h.start < k.end && k.start < h.end)) kept.push(h);
  return kept.sort((a, b) => a.start - b.start);
}

/** Whether `text` names `userId` (with everyone's forms, so a longer name of someone else wins). */
export function mentionsPerson(text: string, forms: NameForm[], userId: string): boolean {
  return findNames(text, forms).some((h) => h.userId === userId);
}

/** Whether a speaker label is one of the person's own names (their own lines are not mentions of them). */
export function isOwnName(label: string | null | undefined, forms: NameForm[], userId: string): boolean {
  if (!label) return false;
  const k = key(label);
  return forms.some((f) => f.userId === userId && f.kind !== "given" && key(f.form) === k);
}
