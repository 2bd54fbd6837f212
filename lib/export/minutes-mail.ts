/**
 * The minutes as an email: the Markdown export (summary, topics, decisions, to-dos with owners and
 * due dates, citations as speaker/time labels) is the plain-text part — Markdown reads as text — and,
 * rendered by markdown-it with raw HTML off (so nothing from a transcript becomes markup), the HTML
 * part. Both start with a link to the meeting in Jiyao.
 */
import MarkdownIt from "markdown-it";
import { minutesToMarkdown } from "./markdown";
import type { MinutesInput } from "./types";

export interface MinutesMail {
  subject: string;
  text: string;
  html: string;
}

const md = new MarkdownIt({ html: false, linkify: false, typographer: false });

const escapeHtml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

export function minutesMail(minutes: MinutesInput, opts: { link: string; sender: string; note?: string }): MinutesMail {
  const zh = minutes.lang !== "en";
  const title = minutes.title.replace(/[\r\n]+/g, " ").trim() || (zh ? "会议" : "Meeting");
  const subject = zh ? `会议纪要：${title}` : `Minutes: ${title}`;
  const intro = zh ? `${opts.sender} 发送了「${title}」的会议纪要。` : `${opts.sender} sent you the minutes of “${title}”.`;
  const open = zh ? "在纪要中查看原文和引用：" : "Open it in Jiyao for the transcript and sources:";
  const note = opts.note?.trim();
  const body = minutesToMarkdown(minutes);
  const text = [intro, ...(note ? ["", note] : []), "", `${open} ${opts.link}`, "", body].join("\n");
  const html = [
    "<!doctype html>",
    `<html lang="${zh ? "zh" : "en"}"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>`,
    '<body style="font-family: -apple-system, Segoe UI, PingFang SC, Microsoft YaHei, sans-serif; line-height: 1.5; color: #1c1917; max-width: 720px;">',
    `<p>${escapeHtml(intro)}</p>`,
    ...(note ? [`<p style="white-space: pre-wrap">${escapeHtml(note)}</p>`] : []),
    `<p>${escapeHtml(open)} <a href="${escapeHtml(opts.link)}">${escapeHtml(opts.link)}</a></p>`,
    "<hr>",
    md.render(body),
    "</body></html>",
  ].join("\n");
  return { subject, text, html };
}
