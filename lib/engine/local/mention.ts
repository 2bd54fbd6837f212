/**
 * "有没有提到我" / "was I mentioned" / "did anyone mention me": the asker's own names, not a topic.
 * The question carries no name, so the answer needs to know who asks (AskOptions.asker); it is the
 * lines that name them (lib/text/names.ts), each cited, or a plain "not mentioned" that says which
 * names were looked for. Lines the asker spoke themselves are not mentions of them.
 */
import type { AnswerResult, Asker } from "@/lib/engine/types";
import type { ParsedDoc, Segment } from "@/lib/ingest/types";
import { isOwnName, mentionsPerson } from "@/lib/text/names";

const ZH =
  /(?:有没有|有无|是否|有)(?:人|谁)?(?:提到|提及|说到|讲到|点名|叫到|点到|@)了?我(?!们)|提到了?我(?!们)(?:吗|没|了)|我(?:的名字)?(?:有没有|是否|有)?被(?:人)?(?:提到|提及|点名|点到|cue)|点了?我的?名|谁(?:提到|说到|点名|叫)了?我(?!们)/;
const EN =
  /\b(?:(?:was|were|am) I(?: ever)?|have I (?:ever )?been) (?:mentioned|named|brought up|called on|talked about)\b|\b(?:did|has|have|does) (?:anyone|anybody|someone|somebody|people|they|anyone else|the team) (?:mention(?:ed)?|name(?:d)?|bring up|brought up|talk about|say|said|call on) (?:me|my name)\b|\b(?:any )?mentions? of me\b|\bwho mentioned me\b|\bmy name (?:come|came) up\b/i;

/** Whether the question asks if the asker was mentioned. */
export function isMentionQuestion(question: string): boolean {
  const q = question.normalize("NFKC");
  return ZH.test(q) || EN.test(q);
}

export const MAX_MENTION_LINES = 30;

/** The lines of `segments` that name the asker, not spoken by them. */
export function linesMentioning<S extends Pick<Segment, "index" | "text" | "speaker">>(segments: S[], asker: Asker): S[] {
  return segments.filter((s) => mentionsPerson(s.text, asker.forms, asker.userId) && !isOwnName(s.speaker, asker.forms, asker.userId));
}

export function askerNames(asker: Asker): string[] {
  return [...new Set(asker.forms.filter((f) => f.userId === asker.userId).map((f) => f.form))];
}

const clock = (ms: number) => {
  const s = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(s / 3600);
  const mm = String(Math.floor((s % 3600) / 60)).padStart(2, "0");
  const ss = String(s % 60).padStart(2, "0");
  return h ? `${h}:${mm}:${ss}` : `${mm}:${ss}`;
};

/** The honest answer when no line names the asker, saying which names were looked for. */
export function notMentioned(lang: string, names: string[], where: "meeting" | "workspace" = "meeting"): AnswerResult {
  const zh = lang === "zh";
  const list = names.join(zh ? "、" : ", ");
  const answer = zh
    ? `${where === "meeting" ? "这次会议" : "工作区的会议"}中没有提到你（查找的名字：${list || "无"}）。`
    : `You were not mentioned in ${where === "meeting" ? "this meeting" : "the workspace's meetings"} (names looked for: ${list || "none"}).`;
  return { answer, citations: [], found: false };
}

/** The answer over one document: every line naming the asker (up to MAX_MENTION_LINES), cited. */
export function answerMentioned(doc: ParsedDoc, asker: Asker): AnswerResult {
  const zh = doc.lang === "zh";
  const names = askerNames(asker);
  const lines = linesMentioning(doc.segments, asker);
  if (!lines.length) return notMentioned(doc.lang, names);
  const shown = lines.slice(0, MAX_MENTION_LINES);
  const head = zh ? `有 ${lines.length} 处提到你：` : `You were mentioned in ${lines.length} line${lines.length === 1 ? "" : "s"}:`;
  const body = shown.map((s) => {
    const when = s.startMs != null ? `${clock(s.startMs)} ` : "";
    const who = s.speaker ? `${s.speaker}${zh ? "：" : ": "}` : "";
    return `- ${when}${who}${s.text.trim()}`;
  });
  const more = lines.length > shown.length ? [zh ? `……另有 ${lines.length - shown.length} 处。` : `… and ${lines.length - shown.length} more.`] : [];
  return { answer: [head, ...body, ...more].join("\n"), citations: shown.map((s) => s.index), found: true };
}
