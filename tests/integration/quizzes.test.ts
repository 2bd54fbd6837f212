import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { makeUser, makeWorkspace, signInAs, setUpTestDatabase } from "../support/db";
import { ok } from "../support/action-result";

vi.mock("@/lib/auth/session", () => ({ getSessionUser: vi.fn() }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ host: "localhost:3000" }) }));

setUpTestDatabase();
delete process.env.MODEL_BASE_URL;

const { readyDocument } = await import("../support/authz-fixtures");
const actions = await import("@/lib/actions/quizzes");
const { getQuiz, listAttempts, listQuizzes } = await import("@/lib/db/quizzes");
const { loadSharedQuiz } = await import("@/lib/db/quiz-shares");
const { loadParsedDoc } = await import("@/lib/pipelines/load-doc");
const { checkQuestion } = await import("@/lib/engine/quiz-check");
const { db } = await import("@/lib/db/client");

type U = Awaited<ReturnType<typeof makeUser>>;
let alice: U, vera: U, bob: U;
let ws: string, wsB: string, doc: string, docB: string;

beforeAll(async () => {
  alice = await makeUser("alice");
  vera = await makeUser("vera");
  bob = await makeUser("bob");
  ws = await makeWorkspace(alice, [[vera, "viewer"]]);
  wsB = await makeWorkspace(bob);
  doc = await readyDocument(ws, alice.id, "onboarding.md", readFileSync("tests/fixtures/quiz/onboarding.md", "utf8"));
  docB = await readyDocument(wsB, bob.id, "expenses-zh.md", readFileSync("tests/fixtures/quiz/expenses-zh.md", "utf8"));
}, 120_000);

/** The right response for a stored question. */
const right = (q: { answer: unknown }) => q.answer as number | number[] | boolean | string;

describe("generating a quiz", () => {
  it("stores the requested number of questions, each grounded in the lines it cites", async () => {
    await signInAs(alice);
    const made = ok(await actions.createQuiz({ workspaceId: ws, documentId: doc, count: 8 }));
    expect(made.questions).toBe(8);
    const quiz = (await getQuiz(ws, made.id))!;
    expect(quiz).toMatchObject({ documentId: doc, engine: "local", settings: { count: 8, difficulty: "medium" } });
    expect(quiz.questionList.map((q) => q.position)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    const { doc: parsed } = await loadParsedDoc(ws, doc);
    for (const q of quiz.questionList) {
      expect(q.citations.every((c) => c.documentId === doc)).toBe(true);
      const problems = checkQuestion({ ...q, options: q.options.length ? q.options : undefined, citations: q.citations.map((c) => c.segment) }, parsed);
      expect(problems, q.question).toEqual([]);
    }
    expect(new Set(quiz.questionList.map((q) => q.type)).size).toBeGreaterThan(2);
    expect((await listQuizzes(ws, { documentId: doc })).map((q) => q.id)).toContain(made.id);
  });

  it("keeps to the chosen types, and easy choice questions have fewer options than hard ones", async () => {
    await signInAs(alice);
    const only = (await getQuiz(ws, ok(await actions.createQuiz({ workspaceId: ws, documentId: doc, count: 5, types: ["fill", "truefalse"] })).id))!;
    expect(only.questionList.length).toBeGreaterThan(0);
    expect(only.questionList.every((q) => q.type === "fill" || q.type === "truefalse")).toBe(true);
    const opts = async (difficulty: string) => {
      const q = (await getQuiz(ws, ok(await actions.createQuiz({ workspaceId: ws, documentId: doc, count: 4, types: ["single"], difficulty })).id))!;
      return q.questionList.map((x) => x.options.length);
    };
    expect(new Set(await opts("easy"))).toEqual(new Set([3]));
    expect(Math.max(...(await opts("hard")))).toBe(5);
  });

  it("refuses bad input with a clear message and viewers cannot generate", async () => {
    await signInAs(alice);
    expect(await actions.createQuiz({ workspaceId: ws, documentId: doc, count: 0 })).toMatchObject({
      ok: false,
      error: { code: "INVALID_INPUT", message: expect.stringMatching(/at least 1/) },
    });
    expect(await actions.createQuiz({ workspaceId: ws, documentId: doc, types: [] })).toMatchObject({
      ok: false,
      error: { code: "INVALID_INPUT", message: expect.stringMatching(/question type/) },
    });
    expect(await actions.createQuiz({ workspaceId: ws })).toMatchObject({ ok: false, error: { message: expect.stringMatching(/document or a collection/) } });
    await signInAs(vera);
    expect(await actions.createQuiz({ workspaceId: ws, documentId: doc })).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
  });
});

describe("editing a quiz", () => {
  it("re-checks an edited question, deletes and reorders", async () => {
    await signInAs(alice);
    const id = ok(await actions.createQuiz({ workspaceId: ws, documentId: doc, count: 6, types: ["single", "fill"] })).id;
    const quiz = (await getQuiz(ws, id))!;
    const single = quiz.questionList.find((q) => q.type === "single")!;
    // Same question, new explanation: still grounded.
    expect(
      ok(
        await actions.updateQuestion({
          workspaceId: ws,
          quizId: id,
          questionId: single.id,
          question: single.question,
          options: single.options,
          answer: single.answer,
          explanation: "Read the security section.",
        }),
      ),
    ).toEqual({ verified: true });
    // The correct answer moved to a wrong option: kept, but no longer verified.
    const wrong = ((single.answer as number) + 1) % single.options.length;
    expect(
      ok(await actions.updateQuestion({ workspaceId: ws, quizId: id, questionId: single.id, question: single.question, options: single.options, answer: wrong, explanation: "" })),
    ).toEqual({ verified: false });
    const after = (await getQuiz(ws, id))!.questionList.find((q) => q.id === single.id)!;
    expect(after).toMatchObject({ answer: wrong, verified: false });
    expect(after.editedAt).not.toBeNull();
    expect(
      await actions.updateQuestion({ workspaceId: ws, quizId: id, questionId: single.id, question: single.question, options: single.options, answer: 9, explanation: "" }),
    ).toMatchObject({ ok: false, error: { code: "INVALID_INPUT" } });

    const ids = quiz.questionList.map((q) => q.id);
    ok(await actions.reorderQuestions({ workspaceId: ws, quizId: id, order: [...ids].reverse() }));
    expect((await getQuiz(ws, id))!.questionList.map((q) => q.id)).toEqual([...ids].reverse());
    expect(await actions.reorderQuestions({ workspaceId: ws, quizId: id, order: ids.slice(1) })).toMatchObject({ ok: false, error: { code: "CONFLICT" } });
    ok(await actions.deleteQuestion({ workspaceId: ws, quizId: id, questionId: ids[0] }));
    expect((await getQuiz(ws, id))!.questionList.map((q) => q.id)).not.toContain(ids[0]);
    ok(await actions.removeQuiz({ workspaceId: ws, quizId: id }));
    expect(await getQuiz(ws, id)).toBeNull();
  });
});

describe("taking a quiz", () => {
  it("scores a member's attempt, with the cited lines for each answer", async () => {
    await signInAs(alice);
    const id = ok(await actions.createQuiz({ workspaceId: ws, documentId: doc, count: 6 })).id;
    const qs = (await getQuiz(ws, id))!.questionList;
    await signInAs(vera);
    const all = ok(await actions.submitAttempt({ workspaceId: ws, quizId: id, responses: qs.map((q) => ({ questionId: q.id, response: right(q) })) }));
    expect(all).toMatchObject({ score: qs.length, total: qs.length });
    for (const f of all.feedback) {
      expect(f.correct).toBe(true);
      expect(f.lines.length).toBeGreaterThan(0);
      expect(f.lines[0]).toMatchObject({ documentId: doc, title: "Onboarding handbook" });
    }
    // Two answered wrong, one left out: three points fewer.
    const [a, b, ...rest] = qs;
    const wrongOf = (q: (typeof qs)[number]) =>
      q.type === "truefalse" ? !q.answer : q.type === "fill" ? "nothing like it" : q.type === "single" ? ((q.answer as number) + 1) % q.options.length : [0];
    const partial = ok(
      await actions.submitAttempt({
        workspaceId: ws,
        quizId: id,
        responses: [
          { questionId: a.id, response: wrongOf(a) },
          { questionId: b.id, response: wrongOf(b) },
          ...rest.slice(1).map((q) => ({ questionId: q.id, response: right(q) })),
        ],
      }),
    );
    expect(partial.score).toBe(qs.length - 3);
    const attempts = await listAttempts(ws, id);
    expect(attempts.map((t) => [t.takerName, t.score, t.member])).toEqual([
      ["vera", qs.length - 3, true],
      ["vera", qs.length, true],
    ]);
  });

  it("a fill-in answer is compared without case, width, spaces or surrounding punctuation", async () => {
    await signInAs(alice);
    const id = ok(await actions.createQuiz({ workspaceId: ws, documentId: doc, count: 3, types: ["fill"] })).id;
    const q = (await getQuiz(ws, id))!.questionList[0];
    const res = ok(await actions.submitAttempt({ workspaceId: ws, quizId: id, responses: [{ questionId: q.id, response: ` ${String(q.answer).toUpperCase()}。` }] }));
    expect(res.feedback.find((f) => f.questionId === q.id)!.correct).toBe(true);
  });

  it("a trainee takes a shared quiz signed out with their name; the owner sees the result", async () => {
    await signInAs(alice);
    const id = ok(await actions.createQuiz({ workspaceId: ws, documentId: doc, count: 5 })).id;
    const qs = (await getQuiz(ws, id))!.questionList;
    const link = ok(await actions.shareQuiz({ workspaceId: ws, quizId: id, expiresInDays: 7 }));
    expect(link.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(JSON.stringify(await db().quizShare.findFirstOrThrow({ where: { id: link.id } }))).not.toContain(link.token);

    await signInAs(null);
    const shared = (await loadSharedQuiz(link.token))!;
    expect(shared.questions.map((q) => q.id)).toEqual(qs.map((q) => q.id));
    // Before answering, a trainee sees no answers, explanations or citations.
    for (const q of shared.questions) expect(Object.keys(q).sort()).toEqual(["id", "options", "question", "type"]);
    const res = ok(
      await actions.submitSharedAttempt({ token: link.token, takerName: "Trainee Tom", responses: qs.slice(1).map((q) => ({ questionId: q.id, response: right(q) })) }),
    );
    expect(res).toMatchObject({ score: qs.length - 1, total: qs.length });
    expect(res.feedback[1].lines[0].text.length).toBeGreaterThan(10);
    expect(JSON.stringify(res)).not.toContain(ws);

    await signInAs(alice);
    expect((await listAttempts(ws, id))[0]).toMatchObject({ takerName: "Trainee Tom", score: qs.length - 1, member: false, viaLink: true });
    ok(await actions.revokeQuizLink({ workspaceId: ws, quizId: id, shareId: link.id }));
    await signInAs(null);
    expect(await loadSharedQuiz(link.token)).toBeNull();
    expect(await actions.submitSharedAttempt({ token: link.token, takerName: "Late", responses: [] })).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });
    expect(await actions.submitSharedAttempt({ token: "nope", takerName: "", responses: [] })).toMatchObject({ ok: false, error: { code: "INVALID_INPUT" } });
  });
});

describe("workspace isolation", () => {
  it("nobody reaches another workspace's quizzes or documents", async () => {
    await signInAs(alice);
    const id = ok(await actions.createQuiz({ workspaceId: ws, documentId: doc, count: 3 })).id;
    const q = (await getQuiz(ws, id))!.questionList[0];
    expect(await getQuiz(wsB, id)).toBeNull();
    // Alice's own workspace id with Bob's document; Bob's workspace with Alice's quiz.
    expect(await actions.createQuiz({ workspaceId: ws, documentId: docB })).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });
    await signInAs(bob);
    expect(await actions.createQuiz({ workspaceId: ws, documentId: doc })).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });
    for (const res of [
      await actions.submitAttempt({ workspaceId: wsB, quizId: id, responses: [] }),
      await actions.deleteQuestion({ workspaceId: wsB, quizId: id, questionId: q.id }),
      await actions.removeQuiz({ workspaceId: wsB, quizId: id }),
      await actions.shareQuiz({ workspaceId: wsB, quizId: id }),
      await actions.updateQuestion({ workspaceId: wsB, quizId: id, questionId: q.id, question: "x ____", options: [], answer: "x", explanation: "" }),
    ])
      expect(res).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });
    expect((await getQuiz(ws, id))!.questionList).toHaveLength(3);
    // Bob's own Chinese document makes a quiz in his workspace.
    const zh = (await getQuiz(wsB, ok(await actions.createQuiz({ workspaceId: wsB, documentId: docB, count: 4 })).id))!;
    expect(zh.questionList.length).toBeGreaterThan(0);
    expect(zh.questionList.every((x) => x.citations.every((c) => c.documentId === docB))).toBe(true);
  });
});
