import { z } from "zod";

/**
 * The answer itself streams as free text; what is parsed out of it are the inline citation
 * markers: [12], [12][15], [12, 15], [12-14] (ranges are capped so "[1-9999]" cannot flood).
 */
const MAX_RANGE = 20;

export const CitationListSchema = z.array(z.number().int().nonnegative()).describe("Segment indexes cited in the answer, ascending");

export function parseCitationMarkers(answer: string): number[] {
  const found = new Set<number>();
  for (const m of answer.matchAll(/[[【]\s*(\d+(?:\s*(?:[,，、;]|[-–~])\s*\d+)*)\s*[\]】]/g)) {
    for (const part of m[1].split(/[,，、;]/)) {
      const [a, b] = part.split(/[-–~]/).map((x) => Number(x.trim()));
      if (b === undefined) found.add(a);
      else for (let i = Math.min(a, b); i <= Math.max(a, b) && i - Math.min(a, b) < MAX_RANGE; i++) found.add(i);
    }
  }
  return CitationListSchema.parse([...found].sort((x, y) => x - y));
}
