import { streamText } from "ai";
import type { ParsedDoc } from "@/lib/ingest/types";
import type { Chunk } from "@/lib/chunk/types";
import type { AnswerStreamPart, AskOptions } from "@/lib/engine/types";
import { countTokens } from "@/lib/text/tokens";
import { withRetries, type CallScope } from "@/lib/engine/llm/call";
import { neutralizeDelimiters, renderSegments } from "@/lib/engine/llm/render";
import { retrievePassages } from "@/lib/engine/llm/retrieve";
import { answerSystemPrompt, answerUserPrompt } from "@/lib/engine/llm/answer/prompt";
import { parseCitationMarkers } from "@/lib/engine/llm/answer/schema";
import { askerNames, isMentionQuestion, linesMentioning, notMentioned } from "@/lib/engine/local/mention";
import { hasHan } from "@/lib/text/cjk";

/** For "was I mentioned?": the lines naming the asker, each with the line before and after for context. */
function mentionPassages(doc: ParsedDoc, asker: NonNullable<AskOptions["asker"]>): Array<{ segmentStart: number; segmentEnd: number }> {
  const hit = new Set(linesMentioning(doc.segments, asker).map((s) => s.index));
  const out: Array<{ segmentStart: number; segmentEnd: number }> = [];
  doc.segments.forEach((s, pos) => {
    if (!hit.has(s.index)) return;
    const start = Math.max(0, pos - 1);
    const end = Math.min(doc.segments.length - 1, pos + 1);
    const last = out.at(-1);
    if (last && start <= last.segmentEnd + 1) last.segmentEnd = Math.max(last.segmentEnd, end);
    else out.push({ segmentStart: start, segmentEnd: end });
  });
  return out;
}

/**
 * Streams an answer: `text` parts as they arrive, then the verified `citations`, then `done`.
 * A failure before the first token is retried like any call; once text has been shown it cannot
 * be taken back, so a broken stream ends with an `error` part instead.
 */
export async function* answerWithLlm(outer: CallScope, question: string, doc: ParsedDoc, chunks: Chunk[], opts: AskOptions = {}): AsyncGenerator<AnswerStreamPart> {
  // A reader who stops reading (closed tab, break) ends the model call too.
  const stop = new AbortController();
  const scope: CallScope = { ...outer, signal: outer.signal ? AbortSignal.any([outer.signal, stop.signal]) : stop.signal };
  const mention = opts.asker && isMentionQuestion(question) ? opts.asker : null;
  const passages = mention ? mentionPassages(doc, mention) : retrievePassages(question, doc, chunks, { budgetTokens: scope.config.answerContextTokens, nowMs: opts.nowMs });
  if (!passages.length && mention) {
    // No line names the asker: say so plainly, without asking the model.
    yield { type: "text", text: notMentioned(hasHan(question) ? "zh" : "en", askerNames(mention)).answer };
    yield { type: "citations", citations: [] };
    yield { type: "done" };
    return;
  }
  if (!passages.length) {
    // Nothing in the source shares a word with the question: say so without asking the model to guess.
    yield { type: "text", text: hasHan(question) ? "文档中没有找到与这个问题相关的内容。" : "The document does not contain an answer to this question." };
    yield { type: "citations", citations: [] };
    yield { type: "done" };
    return;
  }
  const allowed = new Set(passages.flatMap((p) => doc.segments.slice(p.segmentStart, p.segmentEnd + 1).map((s) => s.index)));
  const sources = passages.map((p) => renderSegments(doc, p.segmentStart, p.segmentEnd)).join("\n…\n");
  const system = answerSystemPrompt();
  const asker = opts.asker ? askerNames(opts.asker).map(neutralizeDelimiters) : undefined;
  const prompt = answerUserPrompt({ sources, question: neutralizeDelimiters(question), asker });

  const queue = createQueue<string>();
  let answer = "";
  const call = withRetries(scope, { task: "answer" }, async (signal) => {
    let emitted = false;
    const result = streamText({ model: scope.model, system, prompt, maxRetries: 0, abortSignal: signal, onError: () => {} });
    try {
      for await (const part of result.fullStream) {
        if (part.type === "text-delta" && part.text) {
          emitted = true;
          queue.push(part.text);
        } else if (part.type === "error") throw part.error;
        else if (part.type === "abort") throw new Error("the answer stream was aborted");
        else if (part.type === "finish") {
          return {
            value: undefined,
            promptTokens: part.totalUsage.inputTokens ?? countTokens(system + prompt),
            completionTokens: part.totalUsage.outputTokens ?? countTokens(answer),
          };
        }
      }
      throw new Error("the answer stream ended without finishing");
    } catch (error) {
      if (!emitted) throw error; // nothing shown yet: safe to retry
      const reason = error instanceof Error ? error.message : String(error);
      throw new Error(`the answer stream broke off: ${reason}`); // not retryable: text already shown
    }
  });
  call.then(
    () => queue.close(),
    (error: unknown) => queue.fail(error),
  );

  try {
    for await (const text of queue) {
      answer += text;
      yield { type: "text", text };
    }
  } catch (error) {
    yield { type: "error", error: error instanceof Error ? error.message : String(error) };
    return;
  } finally {
    stop.abort(new Error("the reader stopped"));
  }
  const citations = parseCitationMarkers(answer).filter((c) => allowed.has(c));
  yield { type: "citations", citations };
  yield { type: "done" };
}

/** A single-consumer async queue: the model call pushes, the generator above pulls. */
export function createQueue<T>() {
  const items: T[] = [];
  let closed = false;
  let failure: { error: unknown } | null = null;
  let wake: (() => void) | null = null;
  const notify = () => {
    wake?.();
    wake = null;
  };
  return {
    push(item: T) {
      items.push(item);
      notify();
    },
    close() {
      closed = true;
      notify();
    },
    fail(error: unknown) {
      failure = { error };
      notify();
    },
    async *[Symbol.asyncIterator](): AsyncGenerator<T> {
      for (;;) {
        if (items.length) yield items.shift() as T;
        else if (failure) throw failure.error;
        else if (closed) return;
        else await new Promise<void>((r) => (wake = r));
      }
    },
  };
}
