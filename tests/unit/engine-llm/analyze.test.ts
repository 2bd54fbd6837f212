import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createLlmEngine, type ModelCallRecord } from "@/lib/engine/llm";
import { verifyAnalysis } from "@/lib/engine/verify";
import { AnalysisSchema } from "@/lib/engine/types";
import { startFakeOpenAI, type FakeOpenAI } from "@/tests/support/fake-openai-server";
import { englishMeeting, fastRetry, goodModel, isExtract, isMerge, makeChunks, makeDoc, system, transcriptLines, userText } from "@/tests/support/llm-helpers";

let server: FakeOpenAI;
beforeAll(async () => {
  server = await startFakeOpenAI(goodModel);
});
afterAll(() => server.close());
beforeEach(() => {
  server.requests.length = 0;
  server.setHandler(goodModel);
});

function engine(extra: Record<string, unknown> = {}, calls: ModelCallRecord[] = []) {
  return createLlmEngine({
    baseURL: server.url,
    modelName: "fake-model",
    apiKey: "k",
    concurrency: 2,
    timeoutMs: 2000,
    maxRetries: 2,
    ...fastRetry,
    onCall: (c) => calls.push(c),
    ...extra,
  });
}

describe("LLM engine: analyze (map-reduce)", () => {
  it("extracts per chunk, merges once, and returns a verifiable Analysis", async () => {
    const doc = englishMeeting(12);
    const chunks = makeChunks(doc, 4);
    const calls: ModelCallRecord[] = [];
    const progress: number[] = [];
    const analysis = await engine({}, calls).analyze(doc, chunks, { onProgress: (d) => progress.push(d) });

    expect(AnalysisSchema.parse(analysis)).toEqual(analysis);
    expect(server.requests.filter(isExtract)).toHaveLength(3);
    expect(server.requests.filter(isMerge)).toHaveLength(1);
    expect(analysis.coverage).toEqual({ chunksTotal: 3, chunksOk: 3, failed: [] });
    expect(analysis.decisions.length).toBe(3);
    expect(analysis.todos[0]).toMatchObject({ owner: "Carol", due: "2024-05-03", dueText: "by Friday", confidence: 0.9 });
    expect(analysis.topics.map((t) => [t.segmentStart, t.segmentEnd])).toEqual([
      [0, 3],
      [4, 7],
      [8, 11],
    ]);
    expect(analysis.topics[1].startMs).toBe(40_000);
    expect(analysis.outline).toMatchObject({ title: "Merged minutes" });
    expect(analysis.outline.slides).toHaveLength(5);
    expect(progress).toEqual([1, 2, 3, 4]);

    const verified = verifyAnalysis(analysis, doc);
    expect([...verified.summary, ...verified.decisions, ...verified.todos, ...verified.topics].every((i) => i.verified)).toBe(true);

    expect(analysis.usage?.calls).toBe(4);
    expect(calls).toHaveLength(4);
    expect(calls.every((c) => c.outcome === "ok" && c.promptTokens > 0 && c.completionTokens > 0 && c.latencyMs >= 0)).toBe(true);
    expect(analysis.usage?.promptTokens).toBe(calls.reduce((n, c) => n + c.promptTokens, 0));
  });

  it("sends the transcript delimited as data, and the merge step never sees the transcript", async () => {
    const doc = englishMeeting(8);
    await engine().analyze(doc, makeChunks(doc, 4));
    for (const r of server.requests.filter(isExtract)) {
      expect(system(r)).toContain("untrusted data");
      expect(userText(r)).toMatch(/<transcript>\n\d+ [\s\S]*\n<\/transcript>$/);
      expect(r.body.response_format).toEqual({ type: "json_object" });
      expect(r.headers.authorization).toBe("Bearer k");
    }
    const merge = server.requests.find(isMerge)!;
    // Segment 3 became no note, so its text must not travel to the merge step.
    expect(userText(merge)).not.toContain("workstream 3");
    expect(userText(merge)).not.toMatch(/^\d+ /m);
    expect(userText(merge)).not.toContain("<transcript>");
    // Each chunk's request carries only its own segments.
    const [first, second] = server.requests.filter(isExtract).sort((a, b) => transcriptLines(a)[0].index - transcriptLines(b)[0].index);
    expect(transcriptLines(first).map((l) => l.index)).toEqual([0, 1, 2, 3]);
    expect(transcriptLines(second).map((l) => l.index)).toEqual([4, 5, 6, 7]);
  });

  it("asks for minutes in Chinese for a Chinese document", async () => {
    const doc = makeDoc(
      [
        ["张三", "我们决定下周上线新版本。"],
        ["李四", "我来负责测试，周五之前完成。"],
      ],
      "zh",
      "周会",
    );
    const analysis = await engine().analyze(doc, makeChunks(doc, 2));
    expect(analysis.lang).toBe("zh");
    for (const r of server.requests) expect(system(r)).toContain("简体中文");
    expect(userText(server.requests[0])).toContain("meeting date 2024-05-01 (Wednesday)");
  });

  it("retries a 429, waiting at least the Retry-After", async () => {
    let first = true;
    server.setHandler((r) => {
      if (isExtract(r) && first) {
        first = false;
        return { status: 429, retryAfter: 0.3 };
      }
      return goodModel(r);
    });
    const calls: ModelCallRecord[] = [];
    const doc = englishMeeting(4);
    const analysis = await engine({ concurrency: 1 }, calls).analyze(doc, makeChunks(doc, 4));
    expect(analysis.coverage.chunksOk).toBe(1);
    const [a, b] = server.requests;
    expect(b.receivedAt - a.receivedAt).toBeGreaterThanOrEqual(290);
    expect(calls[0]).toMatchObject({ outcome: "error", attempt: 1 });
    expect(calls[0].error).toContain("429");
    expect(calls[1]).toMatchObject({ outcome: "ok", attempt: 2, task: "extract-chunk" });
  });

  it("reports a chunk that keeps failing with 500 in coverage and returns the rest", async () => {
    server.setHandler((r) => (isExtract(r) && transcriptLines(r)[0]?.index === 4 ? { status: 500 } : goodModel(r)));
    const doc = englishMeeting(12);
    const calls: ModelCallRecord[] = [];
    const analysis = await engine({ maxRetries: 2 }, calls).analyze(doc, makeChunks(doc, 4));
    expect(analysis.coverage.chunksTotal).toBe(3);
    expect(analysis.coverage.chunksOk).toBe(2);
    expect(analysis.coverage.failed).toHaveLength(1);
    expect(analysis.coverage.failed[0]).toMatchObject({ chunk: 1, segmentStart: 4, segmentEnd: 7 });
    expect(analysis.coverage.failed[0].error).toMatch(/^Part 2 of 3 \(segments 4–7\) failed: .*HTTP 500/);
    expect(calls.filter((c) => c.chunk === 1).map((c) => c.outcome)).toEqual(["error", "error", "error"]);
    // Nothing from the failed part is claimed; the other parts are there.
    expect(analysis.topics.map((t) => t.segmentStart)).toEqual([0, 8]);
  });

  it("does not retry a 400 (a bad request stays bad)", async () => {
    server.setHandler((r) => (isExtract(r) ? { status: 400 } : goodModel(r)));
    const doc = englishMeeting(4);
    await expect(engine().analyze(doc, makeChunks(doc, 4))).rejects.toMatchObject({ code: "MODEL_ERROR" });
    expect(server.requests).toHaveLength(1);
  });

  it("times out a call that hangs, retries, then reports the chunk", async () => {
    server.setHandler((r) => (isExtract(r) && transcriptLines(r)[0]?.index === 0 ? { hang: true } : goodModel(r)));
    const doc = englishMeeting(8);
    const calls: ModelCallRecord[] = [];
    const analysis = await engine({ timeoutMs: 150, maxRetries: 1 }, calls).analyze(doc, makeChunks(doc, 4));
    expect(analysis.coverage.failed).toHaveLength(1);
    expect(analysis.coverage.failed[0].error).toContain("no answer within 150 ms");
    expect(calls.filter((c) => c.chunk === 0).map((c) => c.outcome)).toEqual(["timeout", "timeout"]);
  });

  it("never has more calls in flight than MODEL_CONCURRENCY", async () => {
    const own = await startFakeOpenAI((r) => ({ ...(goodModel(r) as { content: string }), latencyMs: 80 }));
    try {
      const doc = englishMeeting(16);
      const analysis = await createLlmEngine({ baseURL: own.url, modelName: "m", concurrency: 3, ...fastRetry }).analyze(doc, makeChunks(doc, 2));
      expect(analysis.coverage.chunksOk).toBe(8);
      // Calls overlap up to the limit and never past it (wall time is `npm run bench -- llm`'s job).
      expect(own.maxInFlight()).toBe(3);
    } finally {
      await own.close();
    }
  });

  it("fails the whole analysis only when every chunk failed", async () => {
    server.setHandler(() => ({ status: 503 }));
    const doc = englishMeeting(8);
    await expect(engine({ maxRetries: 0 }).analyze(doc, makeChunks(doc, 4))).rejects.toMatchObject({ code: "MODEL_ERROR" });
  });

  it("falls back to the map notes when the merge call fails", async () => {
    server.setHandler((r) => (isMerge(r) ? { status: 500 } : goodModel(r)));
    const doc = englishMeeting(8);
    const analysis = await engine({ maxRetries: 0 }).analyze(doc, makeChunks(doc, 4));
    expect(analysis.coverage.chunksOk).toBe(2);
    expect(analysis.decisions).toHaveLength(2);
    expect(analysis.topics).toHaveLength(2);
    expect(analysis.outline.title).toBe(doc.title);
    expect(analysis.outline.slides).toHaveLength(2);
    expect(verifyAnalysis(analysis, doc).decisions.every((d) => d.verified)).toBe(true);
  });

  it("merges notes in groups first when they exceed one merge call's budget", async () => {
    const doc = englishMeeting(40);
    const calls: ModelCallRecord[] = [];
    const analysis = await engine({ mergeNotesTokens: 300 }, calls).analyze(doc, makeChunks(doc, 4));
    const merges = server.requests.filter(isMerge);
    expect(merges.length).toBeGreaterThan(2);
    // Group merges see part of the notes; the final one sees the (renumbered) merged notes.
    const noteLines = (r: (typeof merges)[number]) => (userText(r).split("<notes>\n")[1] ?? "").split("\n</notes>")[0].split("\n");
    for (const r of merges.slice(0, -1)) expect(noteLines(r).length).toBeLessThan(50);
    expect(analysis.coverage.chunksOk).toBe(10);
    expect(analysis.decisions).toHaveLength(10);
    const verified = verifyAnalysis(analysis, doc);
    expect(verified.decisions.every((d) => d.verified && d.citations.length === 1)).toBe(true);
    expect(verified.topics.map((t) => t.segmentStart)).toEqual([0, 4, 8, 12, 16, 20, 24, 28, 32, 36]);
    expect(calls.filter((c) => c.task === "merge").length).toBe(merges.length);
  });

  it("stops when the caller aborts", async () => {
    server.setHandler((r) => ({ ...(goodModel(r) as { content: string }), latencyMs: 300 }));
    const doc = englishMeeting(8);
    const controller = new AbortController();
    setTimeout(() => controller.abort(new Error("user cancelled")), 50);
    await expect(engine().analyze(doc, makeChunks(doc, 4), { signal: controller.signal })).rejects.toThrow("user cancelled");
  });
});
