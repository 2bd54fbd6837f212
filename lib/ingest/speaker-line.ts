/**
 * Classifies one line of a plain-text (or DOCX/Markdown paragraph) transcript. Covers the shapes
 * real exports use: "张三：text", "Speaker 00:01:23" + text lines (腾讯会议/飞书妙记/Teams docx),
 * "[00:01:23] Speaker: text", "张三(00:01:23): text", bare "00:01:23" lines, metadata lines.
 */
import { parseClock } from "./timecode";
import { hanCount } from "@/lib/text/cjk";

export type LineKind =
  | { kind: "blank" }
  | { kind: "header"; speaker?: string; startMs?: number; endMs?: number; text?: string }
  | { kind: "speech"; speaker: string; text: string }
  | { kind: "time"; startMs: number }
  | { kind: "meta"; key: string; value: string }
  | { kind: "text"; text: string };

const CLOCK_SRC = String.raw`\d{1,3}:\d{1,2}(?::\d{1,2})?(?:[.,]\d{1,3})?`;
const OPEN = String.raw`[\[(（【]`;
const CLOSE = String.raw`[\])）】]`;
const RANGE_END = String.raw`(?:\s*(?:-->|[-–—~～至])\s*(${CLOCK_SRC}))?`;

const NAME_SEP = String.raw`(?:\s+${OPEN}?|\s*${OPEN})\s*`;
/** Header alone on its line: "张三 00:01:23", "说话人1 00:00:05", "Speaker Name   0:01", "张三(00:01:23)". */
const NAME_TIME = new RegExp(String.raw`^(.{1,40}?)${NAME_SEP}(${CLOCK_SRC})${RANGE_END}\s*${CLOSE}?\s*[:：]?$`);
/** Header followed by speech on the same line: "张三(00:01:23)：text", "Bob 00:01:23: text". */
const NAME_TIME_TEXT = new RegExp(String.raw`^(.{1,40}?)${NAME_SEP}(${CLOCK_SRC})${RANGE_END}\s*${CLOSE}?\s*[:：]\s*`);
/** "[00:01:23] Speaker: text", "(01:23) text". */
const TIME_FIRST_BRACKETED = new RegExp(String.raw`^${OPEN}\s*(${CLOCK_SRC})${RANGE_END}\s*${CLOSE}\s*`);
/** "00:01:23 Speaker: text": bare clocks need hours, so agenda lines like "09:30 开场" stay text. */
const TIME_FIRST_BARE = new RegExp(String.raw`^(\d{1,2}:\d{2}:\d{2}(?:[.,]\d{1,3})?)${RANGE_END}\s+`);
const TIME_ONLY = new RegExp(String.raw`^${OPEN}?\s*(${CLOCK_SRC})${RANGE_END}\s*${CLOSE}?$`);
const SPEAKER_COLON = /^([^:：]{1,90})[:：](.*)$/;
/**
 * "Mr. Jagmeet Singh (Burnaby South, NDP)", "张三（产品部）": a name with an affiliation in brackets, which may
 * hold one bracketed part of its own ("The Chair (Hon. Anthony Rota (Nipissing, Lib.))").
 */
const AFFILIATION = /[（(]((?:[^()（）。！？!?]|[（(][^()（）。！？!?]{0,60}[)）]){1,60})[)）]$/;

const META_KEYS =
  /^(会议主题|会议名称|会议标题|主题|标题|会议时间|会议日期|开会时间|日期|时间|会议地点|地点|参会人员|参会人|与会人员|与会者|出席人员|出席|缺席|记录人|记录|会议时长|时长|会议号|会议ID|关键词|title|subject|topic|meeting|meeting title|date|time|location|attendees|participants|duration|recorded|created|meeting id)$/i;
const URL_SCHEME = /^(https?|ftp|mailto|www|file|tel)$/i;
const NOT_IN_NAME = /[。！？!?，,;；:："“”‘’、…=<>{}|\\/]/;

/** "发言人1(孙悦)", "Speaker 2 (Tom Becker)": a numbered voice the export has put a name to is that person. */
const NAMED_VOICE = /^(?:发言人|说话人|讲话人|参会人|speaker|participant) ?\d{1,3} ?[（(]([^()（）]{1,30})[)）]$/i;

/** Strips Markdown emphasis and brackets people put around speaker labels: **张三**, 【张三】. */
export function cleanSpeakerName(raw: string): string {
  const name = raw
    .trim()
    .replace(/^[*_]{1,3}|[*_]{1,3}$/g, "")
    .replace(/^[【[]|[】\]]$/g, "")
    .replace(/\s+/g, " ")
    .trim();
  return NAMED_VOICE.exec(name)?.[1].trim() || name;
}

/** Whether a label before a colon or a timestamp can be a person/speaker name. */
export function isSpeakerName(name: string): boolean {
  // Committee and Hansard-style transcripts label turns "Name (Riding, Party):"; judge the name part.
  const affiliation = AFFILIATION.exec(name);
  if (affiliation && affiliation.index > 0) return isSpeakerName(name.slice(0, affiliation.index).trimEnd());
  if (name.length === 0 || name.length > 32) return false;
  if (URL_SCHEME.test(name) || NOT_IN_NAME.test(name)) return false;
  if (/^\d+$/.test(name) || parseClock(name) !== undefined) return false;
  // "2026年11月30日 下午 3:00|45分钟" (飞书妙记's header) splits at the clock's colon: a date is no name.
  if (/\d\s*[年月日号]|[上下]午\s*\d/.test(name)) return false;
  if (!/^[\p{L}\p{N}]/u.test(name)) return false;
  const cjk = hanCount(name);
  if (cjk > 0) return cjk <= 12 && name.split(" ").length <= 3;
  return name.split(" ").length <= 4;
}

function speechOrText(rest: string): { speaker?: string; text: string } {
  const m = SPEAKER_COLON.exec(rest);
  if (m) {
    const name = cleanSpeakerName(m[1]);
    if (isSpeakerName(name)) return { speaker: name, text: m[2].trim() };
  }
  return { text: rest.trim() };
}

export function classifyLine(raw: string): LineKind {
  const line = raw.trim();
  if (!line) return { kind: "blank" };
  // Regexes only ever look at a bounded head, so a megabyte-long line costs the same as a short one.
  const head = line.length > 160 ? line.slice(0, 160) : line;
  if (line.length <= 120) {
    const only = TIME_ONLY.exec(line);
    const startMs = only ? parseClock(only[1]) : undefined;
    if (startMs !== undefined) return { kind: "time", startMs };
  }
  const tf = TIME_FIRST_BRACKETED.exec(head) ?? TIME_FIRST_BARE.exec(head);
  if (tf) {
    const startMs = parseClock(tf[1]);
    if (startMs !== undefined) {
      const endMs = tf[2] ? parseClock(tf[2]) : undefined;
      const { speaker, text } = speechOrText(line.slice(tf[0].length));
      return { kind: "header", speaker, startMs, endMs, text: text || undefined };
    }
  }
  const nt = (line.length <= 120 ? NAME_TIME.exec(line) : null) ?? NAME_TIME_TEXT.exec(head);
  if (nt) {
    const name = cleanSpeakerName(nt[1]);
    const startMs = parseClock(nt[2]);
    if (startMs !== undefined && isSpeakerName(name)) {
      const endMs = nt[3] ? parseClock(nt[3]) : undefined;
      return { kind: "header", speaker: name, startMs, endMs, text: line.slice(nt[0].length).trim() || undefined };
    }
  }
  const sc = SPEAKER_COLON.exec(head.slice(0, 100));
  if (sc) {
    const name = cleanSpeakerName(sc[1]);
    const text = line.slice(line.search(/[:：]/) + 1).trim();
    if (META_KEYS.test(name)) return { kind: "meta", key: name, value: text };
    if (isSpeakerName(name)) return text ? { kind: "speech", speaker: name, text } : { kind: "header", speaker: name };
  }
  return { kind: "text", text: line };
}
