/**
 * A workspace glossary: terms and the ways speech recognition or typing gets them wrong
 * (混元 ← 浑元/会员, DeFi ← define). `correctText` replaces variants by their term in one pass over the
 * text (Aho–Corasick), so its cost is linear in the text for a given glossary however many terms it
 * has. Latin variants match whole words only, case-insensitively; a CJK variant is only replaced where
 * it does not cut through a longer dictionary word (会员卡 keeps its 会员), which is where a blind
 * replacement would change what was said.
 */
import { zhDictionaryBoundaries } from "./segment";

export interface GlossaryEntry {
  term: string;
  variants: string[];
}

/** A run of corrected text: `original` is set where a variant was replaced by `text` (its term). */
export interface CorrectedPiece {
  text: string;
  original?: string;
}

export interface Corrected {
  text: string;
  pieces: CorrectedPiece[];
  /** How many variants were replaced. */
  replaced: number;
}

interface Node {
  next: Map<number, number>;
  fail: number;
  /** The pattern ending here (its length and term), if any. */
  out: { length: number; term: string } | null;
  /** The nearest node on the fail chain (excluding this one) that ends a pattern. */
  dict: number;
}

export interface CompiledGlossary {
  nodes: Node[];
  /** Lower-cased variant and term → every spelling of that entry (term first), for search expansion. */
  forms: Map<string, string[]>;
  empty: boolean;
  /** Check CJK matches against dictionary words (off for exact names such as speaker labels). */
  cjkWords: boolean;
}

const isLatinWordChar = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f);
const isCjk = (c: number) => (c >= 0x3400 && c <= 0x4dbf) || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff);

/** Lower-cases one UTF-16 unit at a time, so offsets in the folded text are offsets in the original. */
function foldCase(s: string): string {
  let out = "";
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    const low = ch.toLowerCase();
    out += low.length === 1 ? low : ch;
  }
  return out;
}

/**
 * `termsAsPatterns`: the terms match too (as themselves), so a variant inside a longer term is left
 * alone — what makes re-applying a speaker map to already renamed text change nothing.
 */
export function compileGlossary(entries: GlossaryEntry[], opts: { cjkWords?: boolean; termsAsPatterns?: boolean } = {}): CompiledGlossary {
  const nodes: Node[] = [{ next: new Map(), fail: 0, out: null, dict: -1 }];
  const forms = new Map<string, string[]>();
  let patterns = 0;
  for (const { term, variants } of entries) {
    const spellings = [term, ...variants.filter((v) => foldCase(v) !== foldCase(term))];
    for (const s of spellings) forms.set(foldCase(s), spellings);
    for (const variant of opts.termsAsPatterns ? spellings : spellings.slice(1)) {
      const v = foldCase(variant);
      if (!v) continue;
      let at = 0;
      for (let i = 0; i < v.length; i++) {
        const c = v.charCodeAt(i);
        let to = nodes[at].next.get(c);
        if (to === undefined) {
          to = nodes.length;
          nodes.push({ next: new Map(), fail: 0, out: null, dict: -1 });
          nodes[at].next.set(c, to);
        }
        at = to;
      }
      // Two entries claiming the same variant: the first one listed wins, deterministically.
      if (!nodes[at].out) nodes[at].out = { length: v.length, term };
      patterns++;
    }
  }
  // Breadth-first fail links, as in Aho–Corasick.
  const queue: number[] = [];
  for (const child of nodes[0].next.values()) queue.push(child);
  for (let q = 0; q < queue.length; q++) {
    const u = queue[q];
    for (const [c, v] of nodes[u].next) {
      let f = nodes[u].fail;
      while (f !== 0 && !nodes[f].next.has(c)) f = nodes[f].fail;
      const target = nodes[f].next.get(c);
      nodes[v].fail = target !== undefined && target !== v ? target : 0;
      const fv = nodes[v].fail;
      nodes[v].dict = nodes[fv].out ? fv : nodes[fv].dict;
      queue.push(v);
    }
  }
  return { nodes, forms, empty: patterns === 0, cjkWords: opts.cjkWords ?? true };
}

/** Cached dictionary word boundaries of the CJK run around `pos`. */
class CjkBoundaries {
  private cache = new Map<number, { end: number; cuts: Set<number> }>();
  constructor(private readonly text: string) {}
  /** True when `pos` (a position inside or at the edge of a CJK run) falls between two dictionary words. */
  isCut(pos: number): boolean {
    const t = this.text;
    const before = pos > 0 && isCjk(t.charCodeAt(pos - 1));
    const after = pos < t.length && isCjk(t.charCodeAt(pos));
    if (!before || !after) return true;
    let start = pos;
    while (start > 0 && isCjk(t.charCodeAt(start - 1))) start--;
    let run = this.cache.get(start);
    if (!run) {
      let end = pos;
      while (end < t.length && isCjk(t.charCodeAt(end))) end++;
      const cuts = new Set(zhDictionaryBoundaries(t.slice(start, end)).map((b) => b + start));
      run = { end, cuts };
      this.cache.set(start, run);
    }
    return run.cuts.has(pos);
  }
}

function acceptable(text: string, start: number, end: number, cjk: CjkBoundaries | null): boolean {
  const first = text.charCodeAt(start);
  const last = text.charCodeAt(end - 1);
  if (isLatinWordChar(first) && start > 0 && isLatinWordChar(text.charCodeAt(start - 1))) return false;
  if (isLatinWordChar(last) && end < text.length && isLatinWordChar(text.charCodeAt(end))) return false;
  if (cjk && isCjk(first) && !cjk.isCut(start)) return false;
  if (cjk && isCjk(last) && !cjk.isCut(end)) return false;
  return true;
}

/** Replaces glossary variants in `text` by their terms; the pieces keep what each replacement was. */
export function correctText(g: CompiledGlossary, text: string): Corrected {
  if (g.empty || !text) return { text, pieces: text ? [{ text }] : [], replaced: 0 };
  const folded = foldCase(text);
  const cjk = g.cjkWords ? new CjkBoundaries(text) : null;
  // best[start] = the longest acceptable match starting at `start` (length, term); at most one per end.
  const bestLen = new Int32Array(text.length);
  const bestTerm: (string | undefined)[] = new Array(text.length);
  let state = 0;
  const nodes = g.nodes;
  for (let i = 0; i < folded.length; i++) {
    const c = folded.charCodeAt(i);
    while (state !== 0 && !nodes[state].next.has(c)) state = nodes[state].fail;
    state = nodes[state].next.get(c) ?? 0;
    // The longest acceptable pattern ending at i: walk the (short) chain of patterns that end here.
    for (let n = nodes[state].out ? state : nodes[state].dict; n > 0; n = nodes[n].dict) {
      const out = nodes[n].out!;
      const start = i + 1 - out.length;
      if (!acceptable(text, start, i + 1, cjk)) continue;
      if (out.length > bestLen[start]) {
        bestLen[start] = out.length;
        bestTerm[start] = out.term;
      }
      break;
    }
  }
  // Leftmost-longest, non-overlapping.
  const pieces: CorrectedPiece[] = [];
  let plain = 0;
  let replaced = 0;
  for (let i = 0; i < text.length; ) {
    const len = bestLen[i];
    if (!len) {
      i++;
      continue;
    }
    if (i > plain) pieces.push({ text: text.slice(plain, i) });
    const original = text.slice(i, i + len);
    const term = bestTerm[i]!;
    pieces.push(original === term ? { text: term } : { text: term, original });
    if (original !== term) replaced++;
    i += len;
    plain = i;
  }
  if (plain < text.length) pieces.push({ text: text.slice(plain) });
  return { text: pieces.map((p) => p.text).join(""), pieces: mergePlain(pieces), replaced };
}

function mergePlain(pieces: CorrectedPiece[]): CorrectedPiece[] {
  const out: CorrectedPiece[] = [];
  for (const p of pieces) {
    const prev = out[out.length - 1];
    if (prev && prev.original === undefined && p.original === undefined) prev.text += p.text;
    else out.push({ ...p });
  }
  return out;
}

/** Every spelling a search term stands for: the term and its variants when it is one of them, else itself. */
export function expandSearchTerm(g: CompiledGlossary, term: string): string[] {
  return g.forms.get(foldCase(term)) ?? [term];
}
