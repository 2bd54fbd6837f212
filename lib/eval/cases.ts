/**
 * Evaluation cases in the corpus format (/work/shared/corpus/README.md) and their rendering as
 * the files a user would upload: a meeting as plain text, one `Speaker: text` line per turn (so
 * segment index = turn index), a paper as Markdown (`# title`, abstract, `## heading` sections).
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { collapseBreaks } from "@/lib/text/scan";

const Span = z.tuple([z.number().int(), z.number().int()]);

export const EvalCaseSchema = z.object({
  id: z.string(),
  lang: z.enum(["en", "zh"]),
  kind: z.enum(["meeting", "document"]),
  title: z.string().default(""),
  meetingDate: z.string().optional(),
  transcript: z.array(z.object({ speaker: z.string().default(""), text: z.string() })).optional(),
  document: z.object({ title: z.string().default(""), abstract: z.string().default(""), sections: z.array(z.object({ heading: z.string(), text: z.string() })) }).optional(),
  references: z
    .object({
      summary: z.array(z.string()).optional(),
      queries: z.array(z.object({ query: z.string(), answer: z.string(), spans: z.array(Span).default([]) })).optional(),
      topics: z.array(z.object({ topic: z.string(), spans: z.array(Span) })).optional(),
      sections: z.array(z.object({ title: z.string(), summary: z.string(), spans: z.array(Span) })).optional(),
      outline: z.array(z.object({ title: z.string(), bullets: z.array(z.string()) })).optional(),
      actions: z
        .array(
          z.object({
            text: z.string(),
            owner: z.string().nullable().default(null),
            due: z.string().nullable().default(null),
            dueText: z.string().nullable().default(null),
            turns: z.array(z.number().int()).default([]),
          }),
        )
        .optional(),
      decisions: z.array(z.object({ text: z.string(), turns: z.array(z.number().int()).default([]) })).optional(),
      negatives: z.array(z.object({ turn: z.number().int(), why: z.string().default("") })).optional(),
    })
    .default({}),
});

export type EvalCase = z.infer<typeof EvalCaseSchema>;

/** Every *.json case file under `dir`, recursively, sorted by path for stable output. */
export function listCaseFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = path.join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name.endsWith(".json")) out.push(p);
    }
  };
  if (statSync(dir).isDirectory()) walk(dir);
  else out.push(dir);
  return out;
}

export function loadCase(file: string): EvalCase {
  return EvalCaseSchema.parse(JSON.parse(readFileSync(file, "utf8")));
}

// Turn text must stay on one line for the segment index to equal the turn index.
const oneLine = (s: string) => collapseBreaks(s.replace(/\r/g, "\n")).trim();

export interface RenderedCase {
  fileName: string;
  text: string;
}

export function renderCase(c: EvalCase): RenderedCase {
  const base = c.id.replace(/[^\w.-]+/g, "_");
  if (c.kind === "meeting") {
    const lines = (c.transcript ?? []).map((t) => `${oneLine(t.speaker) || "Speaker"}: ${oneLine(t.text)}`);
    return { fileName: `${base}.txt`, text: `${lines.join("\n")}\n` };
  }
  const d = c.document ?? { title: c.title, abstract: "", sections: [] };
  const parts = [`# ${oneLine(d.title || c.title)}`, ""];
  if (d.abstract.trim()) parts.push(d.abstract.trim(), "");
  for (const s of d.sections) parts.push(`## ${oneLine(s.heading)}`, "", s.text.trim(), "");
  return { fileName: `${base}.md`, text: parts.join("\n") };
}
