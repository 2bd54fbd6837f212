import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { makeUser, makeWorkspace, signInAs, setUpTestDatabase } from "../support/db";

vi.mock("@/lib/auth/session", () => ({ getSessionUser: vi.fn() }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

setUpTestDatabase();

const { db } = await import("@/lib/db/client");
const { updateTodo, createTodo, carryOverTodos } = await import("@/lib/actions/todos");
const { listTodos, listEarlierMeetings, isValidDue } = await import("@/lib/db/todos");
const { listWorkspaceTodos, listMembersForAssign } = await import("@/lib/db/workspace-todos");

type U = Awaited<ReturnType<typeof makeUser>>;
let alice: U, bob: U, vera: U, mallory: U;
let ws: string, wsOther: string;

async function addDoc(workspaceId: string, title: string, meetingDate: string, todos: { text: string; owner?: string; status?: "open" | "done" | "dropped" }[] = []) {
  const doc = await db().document.create({
    data: {
      workspaceId,
      fileName: `${title}.txt`,
      mimeType: "text/plain",
      sizeBytes: 1,
      sha256: randomUUID(),
      title,
      speakers: [],
      status: "ready",
      meetingDate: new Date(meetingDate),
    },
  });
  await db().todo.createMany({
    data: todos.map((t, i) => ({
      workspaceId,
      documentId: doc.id,
      text: t.text,
      owner: t.owner ?? null,
      status: t.status ?? "open",
      citations: [i],
      position: i,
      confidence: 0.9,
    })),
  });
  return doc.id;
}

const todoIds = async (documentId: string) => (await db().todo.findMany({ where: { documentId }, orderBy: { position: "asc" } })).map((t) => t.id);

beforeAll(async () => {
  alice = await makeUser("alice");
  bob = await makeUser("Bob");
  vera = await makeUser("vera");
  mallory = await makeUser("mallory");
  ws = await makeWorkspace(alice, [
    [bob, "member"],
    [vera, "viewer"],
  ]);
  wsOther = await makeWorkspace(mallory);
});

describe("to-do rules", () => {
  it("validates due dates as real dates or date and time", () => {
    for (const ok of ["2024-03-08", "2024-02-29", "2024-03-08T15:00", "2024-03-08T23:59:59"]) expect(isValidDue(ok)).toBe(true);
    for (const bad of ["2023-02-29", "2024-13-01", "2024-03-08T24:00", "Friday", "2024-3-8", ""]) expect(isValidDue(bad)).toBe(false);
  });

  it("a member edits text, owner, due and status; blanks clear a field", async () => {
    const doc = await addDoc(ws, "Weekly", "2024-03-01", [{ text: "Send the budget", owner: "Bob" }]);
    const [id] = await todoIds(doc);
    await signInAs(bob);
    const res = await updateTodo({ workspaceId: ws, todoId: id, text: "  Send the revised budget ", owner: "Bob Smith", due: "2024-03-08T15:00", status: "done" });
    expect(res).toMatchObject({ ok: true, data: { text: "Send the revised budget", owner: "Bob Smith", due: "2024-03-08T15:00", status: "done" } });
    const cleared = await updateTodo({ workspaceId: ws, todoId: id, owner: "", due: "" });
    expect(cleared).toMatchObject({ ok: true, data: { owner: null, due: null, text: "Send the revised budget" } });
    expect(await updateTodo({ workspaceId: ws, todoId: id, text: "   " })).toMatchObject({ ok: false, error: { code: "INVALID_INPUT" } });
    expect(await updateTodo({ workspaceId: ws, todoId: id, due: "2024-02-30" })).toMatchObject({ ok: false, error: { code: "INVALID_INPUT" } });
    expect(await updateTodo({ workspaceId: ws, todoId: id, due: "next Friday" })).toMatchObject({ ok: false, error: { code: "INVALID_INPUT" } });
    expect(await updateTodo({ workspaceId: ws, todoId: id, status: "finished" })).toMatchObject({ ok: false, error: { code: "INVALID_INPUT" } });
    expect((await db().todo.findUniqueOrThrow({ where: { id } })).text).toBe("Send the revised budget");
  });

  it("links a to-do only to a member of the same workspace", async () => {
    const doc = await addDoc(ws, "Assign", "2024-03-02", [{ text: "Book the room" }]);
    const [id] = await todoIds(doc);
    await signInAs(alice);
    expect(await updateTodo({ workspaceId: ws, todoId: id, assigneeId: bob.id })).toMatchObject({ ok: true, data: { assigneeId: bob.id, assignee: { name: "Bob" } } });
    expect(await updateTodo({ workspaceId: ws, todoId: id, assigneeId: mallory.id })).toMatchObject({ ok: false, error: { code: "INVALID_INPUT" } });
    expect(await updateTodo({ workspaceId: ws, todoId: id, assigneeId: "no-such-user" })).toMatchObject({ ok: false, error: { code: "INVALID_INPUT" } });
    expect((await db().todo.findUniqueOrThrow({ where: { id } })).assigneeId).toBe(bob.id);
    expect(await updateTodo({ workspaceId: ws, todoId: id, assigneeId: "" })).toMatchObject({ ok: true, data: { assigneeId: null } });
    expect((await listMembersForAssign(ws)).map((m) => m.id).sort()).toEqual([alice.id, bob.id, vera.id].sort());
  });

  it("a viewer cannot edit, add or carry over", async () => {
    const doc = await addDoc(ws, "Viewer", "2024-03-03", [{ text: "Read the notes" }]);
    const [id] = await todoIds(doc);
    await signInAs(vera);
    expect(await updateTodo({ workspaceId: ws, todoId: id, status: "done" })).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    expect(await createTodo({ workspaceId: ws, documentId: doc, text: "x" })).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    expect(await carryOverTodos({ workspaceId: ws, documentId: doc, fromDocumentId: doc })).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    expect((await db().todo.findUniqueOrThrow({ where: { id } })).status).toBe("open");
  });

  it("another workspace's to-dos and documents are NOT_FOUND", async () => {
    const theirs = await addDoc(wsOther, "Secret", "2024-03-01", [{ text: "Secret plan" }]);
    const [id] = await todoIds(theirs);
    const mine = await addDoc(ws, "Mine", "2024-03-04");
    await signInAs(alice);
    // Alice's own workspace in the input, Mallory's ids: the scoped queries find nothing.
    expect(await updateTodo({ workspaceId: ws, todoId: id, text: "hijacked" })).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });
    expect(await createTodo({ workspaceId: ws, documentId: theirs, text: "x" })).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });
    expect(await carryOverTodos({ workspaceId: ws, documentId: mine, fromDocumentId: theirs })).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });
    expect(await updateTodo({ workspaceId: wsOther, todoId: id, text: "hijacked" })).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });
    expect((await db().todo.findUniqueOrThrow({ where: { id } })).text).toBe("Secret plan");
    expect(await listTodos(ws, mine)).toEqual([]);
  });

  it("adds a manual to-do after the existing ones", async () => {
    const doc = await addDoc(ws, "Manual", "2024-03-05", [{ text: "First" }]);
    await signInAs(bob);
    const res = await createTodo({ workspaceId: ws, documentId: doc, text: "Call the venue", owner: "Bob", due: "2024-03-10" });
    expect(res).toMatchObject({ ok: true, data: { text: "Call the venue", owner: "Bob", due: "2024-03-10", status: "open", citations: [], position: 1 } });
    expect((await listTodos(ws, doc)).map((t) => t.text)).toEqual(["First", "Call the venue"]);
  });
});

describe("carry over", () => {
  it("copies only the open to-dos of an earlier meeting, once", async () => {
    const earlier = await addDoc(ws, "Kickoff", "2024-04-01", [
      { text: "Draft the plan", owner: "alice" },
      { text: "Already done", status: "done" },
      { text: "Dropped idea", status: "dropped" },
      { text: "Hire a designer", owner: "Bob" },
    ]);
    const later = await addDoc(ws, "Follow-up", "2024-04-08", [{ text: "New item" }]);
    expect((await listEarlierMeetings(ws, later)).find((d) => d.id === earlier)).toEqual({ id: earlier, title: "Kickoff", openCount: 2 });
    expect((await listEarlierMeetings(ws, earlier)).map((d) => d.id)).not.toContain(later);

    await signInAs(bob);
    expect(await carryOverTodos({ workspaceId: ws, documentId: later, fromDocumentId: earlier })).toEqual({ ok: true, data: { count: 2 } });
    const todos = await listTodos(ws, later);
    expect(todos.map((t) => [t.text, t.status, t.position])).toEqual([
      ["New item", "open", 0],
      ["Draft the plan", "open", 1],
      ["Hire a designer", "open", 2],
    ]);
    expect(todos[1]).toMatchObject({ owner: "alice", citations: [], carriedFrom: { documentId: earlier, title: "Kickoff" } });

    expect(await carryOverTodos({ workspaceId: ws, documentId: later, fromDocumentId: earlier })).toEqual({ ok: true, data: { count: 0 } });
    expect(await listTodos(ws, later)).toHaveLength(3);
    expect(await carryOverTodos({ workspaceId: ws, documentId: later, fromDocumentId: later })).toMatchObject({ ok: false, error: { code: "INVALID_INPUT" } });
  });
});

describe("workspace to-do lists", () => {
  it("filters mine (linked or named after me), open, owner, status and document", async () => {
    const w = await makeWorkspace(alice, [[bob, "member"]]);
    const doc = await addDoc(w, "Lists", "2024-05-01", [
      { text: "Bob by name", owner: "bob" },
      { text: "Alice's", owner: "alice" },
      { text: "Bob done", owner: "Bob", status: "done" },
      { text: "Nobody" },
    ]);
    const [, , , nobody] = await todoIds(doc);
    await signInAs(alice);
    await updateTodo({ workspaceId: w, todoId: nobody, assigneeId: bob.id });
    const me = { id: bob.id, name: bob.name };
    const texts = async (f: Parameters<typeof listWorkspaceTodos>[1]) => (await listWorkspaceTodos(w, f)).map((t) => t.text).sort();
    expect(await texts({ view: "mine", me })).toEqual(["Bob by name", "Bob done", "Nobody"]);
    expect(await texts({ view: "mine", me, status: "open" })).toEqual(["Bob by name", "Nobody"]);
    expect(await texts({ view: "open", me })).toEqual(["Alice's", "Bob by name", "Nobody"]);
    expect(await texts({ view: "all", me, owner: "BOB" })).toEqual(["Bob by name", "Bob done"]);
    expect(await texts({ view: "all", me, status: "done" })).toEqual(["Bob done"]);
    expect(await texts({ view: "all", me, documentId: doc })).toHaveLength(4);
    expect(await listWorkspaceTodos(ws, { view: "all", me, documentId: doc })).toEqual([]);
  });
});

describe("to-dos under concurrency and by hand", () => {
  it("10 concurrent 'add to-do' (and a carry-over among them) get distinct, consecutive positions", async () => {
    const doc = await addDoc(ws, "Busy", "2024-06-01", [{ text: "From the meeting" }]);
    const earlier = await addDoc(ws, "Before busy", "2024-05-01", [{ text: "Carried A" }, { text: "Carried B" }]);
    await signInAs(alice);
    const results = await Promise.all([
      ...Array.from({ length: 10 }, (_, i) => createTodo({ workspaceId: ws, documentId: doc, text: `Parallel ${i}` })),
      carryOverTodos({ workspaceId: ws, documentId: doc, fromDocumentId: earlier }),
    ]);
    for (const r of results) expect(r.ok).toBe(true);
    const positions = (await db().todo.findMany({ where: { documentId: doc }, select: { position: true } })).map((t) => t.position).sort((a, b) => a - b);
    expect(positions).toEqual(Array.from({ length: 13 }, (_, i) => i));
  });

  it("marks a to-do a person changed or added as edited, and not one whose status alone changed", async () => {
    const doc = await addDoc(ws, "Marks", "2024-06-02", [{ text: "Engine's to-do" }, { text: "Only ticked" }]);
    const [id, ticked] = await todoIds(doc);
    await signInAs(bob);
    expect(await updateTodo({ workspaceId: ws, todoId: id, text: "Corrected wording" })).toMatchObject({ ok: true, data: { editedBy: bob.name } });
    expect(await updateTodo({ workspaceId: ws, todoId: ticked, status: "done" })).toMatchObject({ ok: true, data: { editedAt: null } });
    const added = await createTodo({ workspaceId: ws, documentId: doc, text: "Mine" });
    expect(added).toMatchObject({ ok: true, data: { editedBy: bob.name } });
    const rows = await listTodos(ws, doc);
    expect(rows.find((t) => t.id === id)?.editedAt).toBeInstanceOf(Date);
    expect(rows.find((t) => t.id === id)?.citations).toEqual([0]);
  });

  it("an edit can drop a to-do's citation but never add one", async () => {
    const doc = await addDoc(ws, "Cites", "2024-06-03", [{ text: "Cited twice" }]);
    const [id] = await todoIds(doc);
    await db().todo.update({ where: { id }, data: { citations: [2, 5], verified: false } });
    await signInAs(bob);
    expect(await updateTodo({ workspaceId: ws, todoId: id, citations: [2, 7] })).toMatchObject({ ok: false, error: { code: "INVALID_INPUT" } });
    expect(await updateTodo({ workspaceId: ws, todoId: id, citations: [5] })).toMatchObject({ ok: true, data: { citations: [5], verified: false, editedBy: bob.name } });
    // Left citing nothing, it has nothing to be unverified against.
    expect(await updateTodo({ workspaceId: ws, todoId: id, citations: [] })).toMatchObject({ ok: true, data: { citations: [], verified: true } });
  });
});
