/**
 * Reads lines as a transcript when they have transcript shape (speaker labels that repeat,
 * timestamps), else returns undefined so the caller reads them as a document.
 */
import { HeadingTracker, type Block, type RawSegment, type ReadResult } from "./blocks";
import { cleanSpeech, joinText } from "./clean";
import { findDate } from "./meeting-date";
import { classifyLine, type LineKind } from "./speaker-line";
import { trimEndChars } from "@/lib/text/scan";

interface Line {
  kind: LineKind;
  block: Block;
}

interface Turn {
  speaker?: string;
  startMs?: number;
  endMs?: number;
  page?: number;
  headingPath?: string[];
  parts: string[];
  /** Started by "Speaker: text" on one line; a blank line ends it. */
  inline: boolean;
}

const TITLE_KEYS = /^(会议主题|会议名称|会议标题|主题|标题|title|subject|topic|meeting|meeting title)$/i;
const DURATION = /^(?:\d+\s*(?:h|m|s|hr|min|sec|小时|分钟|分|秒)\s*){1,3}$/i;
// redos-safe: only applied to lines of at most 60 characters (see below)
const DATE_TEXT = /\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*[日号]|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|[A-Z][a-z]+\.? \d{1,2}(?:st|nd|rd|th)?,? \d{4}(?:,? \d{1,2}:\d{2}\s*[AP]M)?/g;
const LABEL_ONLY = /^(文字记录|转写内容|转写文本|会议转写|录音转写|逐字稿|会议记录|transcript|transcription)[:：]?$/i;

function toLines(blocks: Block[]): Line[] {
  const lines: Line[] = [];
  for (const block of blocks) {
    if (block.headingLevel !== undefined) {
      lines.push({ kind: { kind: "text", text: block.text }, block });
      continue;
    }
    for (const l of block.text.split("\n")) lines.push({ kind: classifyLine(l), block });
  }
  return lines;
}

/** Transcript shape: enough labelled turns, and speakers that recur (a "Key: value" list does not). */
function looksLikeTranscript(lines: Line[]): boolean {
  let content = 0;
  let timed = 0;
  let turns = 0;
  let timedHeaders = 0;
  const counts = new Map<string, number>();
  for (const { kind: k } of lines) {
    if (k.kind === "blank" || k.kind === "meta") continue;
    content++;
    if (k.kind === "time") timed++;
    if (k.kind === "header" || k.kind === "speech") {
      turns++;
      if (k.kind === "header" && k.startMs !== undefined) {
        timed++;
        timedHeaders++;
      }
      if (k.speaker) counts.set(k.speaker, (counts.get(k.speaker) ?? 0) + 1);
    }
  }
  if (turns === 0 && timed < 2) return false;
  let withSpeaker = 0;
  let repeated = 0;
  for (const c of counts.values()) {
    withSpeaker += c;
    if (c >= 2) repeated += c;
  }
  // "Name 00:01:23" header lines are unmistakable transcript turns, so a short meeting where each
  // person speaks once still counts; recurrence only guards against "Key: value" lists.
  const speakersRecur = timedHeaders >= 2 || withSpeaker === 0 || repeated >= 0.5 * withSpeaker || (withSpeaker <= 3 && counts.size <= 2);
  if (timed >= 2) return speakersRecur && (turns + timed) / 2 >= 0.1 * content;
  return withSpeaker >= 2 && speakersRecur && turns >= 0.3 * content;
}

export function readTranscript(blocks: Block[]): ReadResult | undefined {
  const lines = toLines(blocks);
  if (!looksLikeTranscript(lines)) return undefined;

  const segments: RawSegment[] = [];
  const headerLines: string[] = [];
  const headings = new HeadingTracker();
  let title: string | undefined;
  let started = false;
  let valueOnNextLine = false;
  let pendingTime: number | undefined;
  let turn: Turn | undefined;

  const close = () => {
    if (!turn) return;
    const text = cleanSpeech(turn.parts.reduce(joinText, ""));
    if (text) {
      const { speaker, startMs, endMs, page, headingPath } = turn;
      segments.push({ speaker, startMs, endMs, page, headingPath, text });
    }
    turn = undefined;
  };
  const open = (speaker: string | undefined, startMs: number | undefined, endMs: number | undefined, block: Block, inline: boolean) => {
    close();
    started = true;
    turn = { speaker, startMs, endMs, page: block.page, headingPath: headings.path(), parts: [], inline };
  };

  for (const { kind: k, block } of lines) {
    if (block.headingLevel !== undefined) {
      if (!started && title === undefined) title = block.text;
      else headings.enter(block.headingLevel, block.text);
      if (!started) headerLines.push(block.text);
      continue;
    }
    switch (k.kind) {
      case "blank":
        if (turn?.inline) close();
        break;
      case "time":
        close();
        started = true;
        pendingTime = k.startMs;
        break;
      case "header":
        open(k.speaker, k.startMs ?? pendingTime, k.endMs, block, Boolean(k.text));
        pendingTime = undefined;
        if (k.text) turn!.parts.push(k.text);
        break;
      case "speech":
        open(k.speaker, pendingTime, undefined, block, true);
        pendingTime = undefined;
        turn!.parts.push(k.text);
        break;
      case "meta":
        if (!started) {
          headerLines.push(`${k.key}：${k.value}`);
          // "关键词:" with its value on the next line (飞书妙记): that line is metadata too.
          valueOnNextLine = !k.value;
          if (TITLE_KEYS.test(k.key) && k.value && title === undefined) title = k.value;
          break;
        }
        appendText(`${k.key}：${k.value}`, block);
        break;
      case "text":
        if (!started) {
          headerLines.push(k.text);
          if (valueOnNextLine) {
            valueOnNextLine = false;
            break;
          }
          // Labels, dates and durations above the first turn describe the file; they are not speech.
          // "2024年03月12日 产品需求评审" is both the date and the title.
          if (k.text.length <= 60 && findDate(k.text)) {
            const rest = trimEndChars(k.text.replace(DATE_TEXT, "").replace(/^[\s,，:：|-]+/, ""), ",，:：|-", true);
            if (title === undefined && rest.length >= 2 && !/^[\d:\sAPMapm]+$/.test(rest)) title = rest;
            break;
          }
          if (LABEL_ONLY.test(k.text) || DURATION.test(k.text)) break;
          if (title === undefined && !turn && segments.length === 0 && k.text.length <= 80 && !/[。！？.!?]$/.test(k.text)) {
            title = k.text;
            break;
          }
        }
        appendText(k.text, block);
        break;
    }
  }
  close();
  return { segments, title, headerLines };

  function appendText(text: string, block: Block) {
    if (!turn) {
      turn = { startMs: pendingTime, page: block.page, headingPath: headings.path(), parts: [], inline: false };
      pendingTime = undefined;
    }
    turn.parts.push(text);
  }
}
