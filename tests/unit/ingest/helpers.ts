import { readFileSync } from "node:fs";
import path from "node:path";
import { expect } from "vitest";
import { parseDocument } from "@/lib/ingest";
import { isAppError } from "@/lib/errors";
import type { ParsedDoc } from "@/lib/ingest/types";

export const FIXTURES = path.resolve(__dirname, "../../fixtures/ingest");

export function fixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(path.join(FIXTURES, name)));
}

export function parseFixture(name: string): Promise<ParsedDoc> {
  return parseDocument({ bytes: fixture(name), fileName: name });
}

export function parseText(text: string, fileName = "input.txt"): Promise<ParsedDoc> {
  return parseDocument({ bytes: new TextEncoder().encode(text), fileName });
}

/** The compact "[speaker|time] text" view used to assert order and content in one go. */
export function lines(doc: ParsedDoc): string[] {
  return doc.segments.map((s) => `${s.speaker ?? "-"}|${s.startMs ?? "-"}|${s.text}`);
}

export async function expectCode(p: Promise<unknown>, code: string): Promise<void> {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(isAppError(err), `expected AppError ${code}, got ${String(err)}`).toBe(true);
  expect((err as { code: string }).code).toBe(code);
}
