/**
 * Summary candidates: what a summary may pick, each a run of units of one sentence that reads as
 * a sentence on its own. English units are whole sentences again (a comma cut leaves "2016)
 * proposed…" or "which is going to…"). Chinese units are short clauses, which is what makes
 * extracts precise, so a clause is joined to the one before it only when it needs it — it has no
 * subject or its subject is a pronoun ("周五前拿到至少三家的报价" → with "王强你…") — and to the one
 * after it when it cannot end there ("在…过程中", "因为…"). The shown text is tidied
 * (lib/text/disfluency.ts); each part's raw clause stays the evidence.
 */
import { displayLen, midSentence, sameSentence, type Unit } from "@/lib/engine/local/units";
import { tidySentence } from "@/lib/text/disfluency";
import { dropTrailingPhrase, NEEDS_CONTEXT, opensWithFiniteVerb, standaloneIssue, type Issue } from "@/lib/text/standalone";
import { contentTerms } from "@/lib/text/terms";
import { hanCount, hasHan } from "@/lib/text/cjk";

export interface Candidate extends Unit {
  /** Verbatim clauses this candidate is made of, in order: its evidence. */
  evidence: string[];
  /** Candidates showing the same joined sentence share a group: it is shown once. */
  group: number;
}

/** A joined Chinese candidate stays a sentence a reader takes in at once. */
const MAX_JOINED_HAN = 35;

function join(parts: Unit[], id: number, meeting: boolean): Candidate {
  const zh = parts.some((p) => hasHan(p.text));
  const texts = parts.map((p, i) => (i > 0 ? midSentence(p) : p.text));
  const raw = texts.reduce((a, t) => (a && !(hasHan(a.at(-1)!) || hasHan(t[0] ?? "")) ? `${a} ${t}` : a + t), "");
  const tidy = tidySentence(raw, { zh, meeting });
  // Spoken Chinese trails off after the main clause; the point ends with it. A point does not open
  // on the link to a clause it was cut from ("但是对方的测试环境…") or on the closure that settled it
  // ("就定了，上线时间推到…"): the evidence keeps both.
  const text = zh && meeting ? dropTrailingPhrase(dropLeadingLink(tidy)) : tidy;
  const first = parts[0];
  return {
    ...first,
    id,
    text,
    raw: parts.map((p) => p.raw).join(zh ? "" : " "),
    terms: parts.length === 1 && text === first.text ? first.terms : contentTerms(text),
    content: parts.some((p) => p.content),
    len: displayLen(text),
    evidence: parts.map((p) => p.raw),
    group: id,
  };
}

const ZH_LEADING_LINK = /^(?:(?:但是|可是|不过|另外|而且)[，,]?|(?:那么?)?就?(?:这么)?定了[吧]?[，,])\s*/;

function dropLeadingLink(text: string): string {
  const rest = text.replace(ZH_LEADING_LINK, "");
  return rest !== text && hanCount(rest) >= 8 ? rest : text;
}

/** Runs of units that came from one sentence, in order. */
function sentenceRuns(units: Unit[]): Unit[][] {
  const runs: Unit[][] = [];
  for (const u of units) {
    const run = runs.at(-1);
    if (run && sameSentence(run.at(-1)!, u) && run.at(-1)!.id === u.id - 1) run.push(u);
    else runs.push([u]);
  }
  return runs;
}

const hanLen = (parts: Unit[]) => parts.reduce((a, p) => a + p.len, 0);

// A piece of an English sentence cut at a comma that opens with a closing bracket, the year of a
// citation or a relative pronoun continues the piece before it ("2016) proposed…", "which is…").
// (Letter case says nothing: ASR transcripts are lower case throughout.)
const CONTINUES = /^(?:[)\]%,;:]|\d{4}[a-z]?\)|(?:which|who|whom|whose|whereas)\b)/i;
/** A joined English candidate stays under this many words. */
const MAX_JOINED_WORDS = 45;

/**
 * Group a sentence's pieces so that each group needs nothing outside it: a piece joins the one
 * before it when it continues it (English) or its subject is there (Chinese: a pronoun, or a
 * task with no doer), or when that one is a frame waiting for its main clause (Chinese). Pieces
 * that still cannot stand alone are left to the selection's check.
 */
function groupPieces(run: Unit[], zh: boolean, meeting: boolean): Unit[][] {
  const groups: Unit[][] = [];
  let waiting = false;
  for (const u of run) {
    const prev = groups.at(-1);
    const fits = prev && (zh ? hanLen(prev) + u.len <= MAX_JOINED_HAN : hanLen(prev) + u.len <= MAX_JOINED_WORDS);
    const issue = zh ? standaloneIssue(tidySentence(u.text, { zh, meeting })) : null;
    const needsPrev = zh ? NEEDS_CONTEXT.has(issue ?? "short") : CONTINUES.test(u.raw.trim()) || (!!prev && opensWithFiniteVerb(u.text));
    if (prev && fits && (needsPrev || waiting)) prev.push(u);
    else groups.push([u]);
    // A frame or subordinate clause ("在…过程中，", "如果…，") is completed by the clause after it.
    waiting = zh && issue === "dangling";
  }
  return groups;
}

export function summaryCandidates(units: Unit[], opts: { meeting: boolean }): Candidate[] {
  const out: Candidate[] = [];
  for (const run of sentenceRuns(units)) {
    const zh = run.some((u) => hasHan(u.text));
    for (const g of groupPieces(run, zh, opts.meeting)) out.push(join(g, out.length, opts.meeting));
  }
  return out;
}

/** Lazily computed issue per candidate: the English grammar check is only run on what may be shown. */
export function issueChecker(cands: Candidate[]): (i: number) => Issue | null {
  const memo = new Map<number, Issue | null>();
  return (i) => {
    if (!memo.has(i)) memo.set(i, standaloneIssue(cands[i].text));
    return memo.get(i)!;
  };
}
