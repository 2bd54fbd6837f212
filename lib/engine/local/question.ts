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
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

export function readQuestion(q: string, speakers: string[]): QuestionInfo {
  const named = speakers.filter((s) => {
    if (!s.trim()) return false;
    // Single-letter labels ("F", "C") must match case-sensitively as a standalone word.
    const flags = s.length <= 2 ? "" : "i";
    return new RegExp(`(?:^|[^\\p{L}\\p{N}])${escapeRe(s)}(?:$|[^\\p{L}\\p{N}])`, `u${flags}`).test(q);
  });
  let body = q;
  for (const s of named) body = body.split(s).join(" ");
  const terms = contentTerms(body, { bigrams: true }).filter((t) => !FRAME.has(t) && !FRAME.has(t.replace(/^#/, "")));
  return { kind: OVERVIEW.test(q) ? "overview" : "specific", terms, speakers: named };
}
