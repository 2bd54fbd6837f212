/**
 * Reading a question: its content terms without the question frame ("summarize the discussion
 * about…", "总结一下…的讨论"), whether it asks for an overview or something specific, and which
 * speaker it is about ("What did Marketing think…").
 */
import { contentTerms } from "@/lib/text/terms";
import { stem } from "@/lib/text/stem";

// Words that frame a question about a meeting but say nothing about its subject.
const FRAME = new Set(
  [
    "summarize", "summarise", "summary", "discussion", "discuss", "discussed", "talk", "talked", "think", "thought",
    "say", "said", "mention", "mentioned", "opinion", "meeting", "group", "team", "what", "why", "how", "did", "does",
    "was", "were", "about", "regarding", "detail", "details", "conclusion", "explain", "describe", "question", "questioning",
    "debate", "view", "views", "consider", "considered", "propose", "proposed", "suggest", "suggested", "recommend",
    "总结", "讨论", "认为", "看法", "会议", "关于", "介绍", "一下", "说明", "提到", "观点", "内容", "谈到", "问题", "如何", "哪些",
  ].map((w) => (/[a-z]/.test(w) ? stem(w) : w)),
);

const OVERVIEW = /\b(?:summari[sz]e|summary|overview|recap|main points|key points|discussion (?:about|on|of)|what (?:was|were) (?:discussed|the discussions?)|what was the discussion)\b|总结|概括|概述|主要讲|讲了什么|讨论了什么|有哪些要点/i;

export interface QuestionInfo {
  kind: "overview" | "specific";
  terms: string[];
  /** Speaker labels of the document that the question names. */
  speakers: string[];
  /**
   * Terms of a context clause ("… when discussing the target group", "在讨论预算时…"): the
   * discussion the asked point sits in. `terms` holds them too; `focus` holds the rest.
   */
  context: string[];
  focus: string[];
}

// "… when talking about X", "… while presenting X", "… during the X": X names the surrounding discussion.
const CONTEXT_EN = /[\s,]+(?:when|while|during)\s+(.+?)[?.!]*$/i;
const CONTEXT_ZH = /(?:在|当)([^，。？！]{2,30}?)(?:时|的时候|期间)[，,]?/;

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

// Honorifics and role words shared by many labels never identify one speaker on their own.
const NOT_DISTINCTIVE = /^(?:mr|mrs|ms|dr|hon|the|acting|chair|chairman|chairwoman|president|minister|member|speaker|manager|and|of|\d+)$/i;

/** Words of a label that can name its speaker alone: "PhD F" → F, "Professor B" → Professor, B. */
function aliasWords(label: string): string[] {
  return label
    .replace(/\([^)]*\)/g, " ")
    .split(/[\s.,]+/)
    .filter((w) => w && /^[\p{Lu}\d]/u.test(w) && !NOT_DISTINCTIVE.test(w));
}

function mentions(q: string, needle: string, caseSensitive: boolean): string | null {
  const re = new RegExp(`(?:^|[^\\p{L}\\p{N}])(${escapeRe(needle)})(?:$|[^\\p{L}\\p{N}])`, caseSensitive ? "u" : "iu");
  const m = q.match(re);
  // A capital "A" opening the question is an article, not speaker A.
  return m && !(needle.length === 1 && (m.index ?? 0) === 0) ? needle : null;
}

export function readQuestion(q: string, speakers: string[]): QuestionInfo {
  const aliasCount = new Map<string, number>();
  for (const s of speakers) for (const w of new Set(aliasWords(s))) aliasCount.set(w, (aliasCount.get(w) ?? 0) + 1);
  const named: string[] = [];
  let body = q;
  for (const s of speakers) {
    const label = s.trim();
    if (!label) continue;
    const said = mentions(q, label, label.length <= 2) ?? aliasWords(label).filter((w) => aliasCount.get(w) === 1).map((w) => mentions(q, w, true)).find(Boolean);
    if (!said) continue;
    named.push(s);
    body = body.split(said).join(" ");
  }
  const keep = (t: string) => !FRAME.has(t) && !FRAME.has(t.replace(/^#/, ""));
  const terms = contentTerms(body, { bigrams: true }).filter(keep);
  const m = body.match(CONTEXT_EN) ?? body.match(CONTEXT_ZH);
  const context = m ? contentTerms(m[1].replace(/^[a-z]+ing\s+(?:about\s+|on\s+|of\s+)?/i, ""), { bigrams: true }).filter(keep) : [];
  const focus = m ? contentTerms(body.replace(m[0], " "), { bigrams: true }).filter(keep) : terms;
  return { kind: OVERVIEW.test(q) ? "overview" : "specific", terms, speakers: named, context, focus };
}
