/**
 * Fixtures and discovery for the authorization matrix (tests/integration/authz-matrix.test.ts): one
 * workspace with a user of every role, a stranger who owns another workspace, a processed document
 * with segments, artifacts and to-dos, a share link and an invite; plus the lists of every server
 * action and route handler in the code base, found on disk so a new one cannot go unnoticed.
 */
import { createHash, randomUUID } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { db } from "@/lib/db/client";
import { createInvitation } from "@/lib/db/invitations";
import { createQuiz } from "@/lib/db/quizzes";
import { createShareLink } from "@/lib/db/shares";
import { addMember, type Role } from "@/lib/db/workspaces";
import { processQueued } from "./process-queued";
import { makeUser, makeWorkspace, type TestUser } from "./db";

export type User = TestUser;
export const ROLES = ["owner", "admin", "member", "viewer"] as const satisfies readonly Role[];
export type Principal = Role | "outsider" | "anonymous" | "shareVisitor";
export const PRINCIPALS: Principal[] = [...ROLES, "outsider", "anonymous", "shareVisitor"];

export interface Fixtures {
  ws: string;
  users: Record<Role | "outsider", User>;
  /** A ready document (real pipeline, local engine) and a second one to carry to-dos over from. */
  doc: string;
  earlierDoc: string;
  todoId: string;
  shareToken: string;
  invitationId: string;
}

const ROOT = process.cwd();
const sha = (s: string) => createHash("sha256").update(s).digest("hex");

export const TRANSCRIPT = [
  "Alice: Welcome. Today we review the spring budget.",
  "Bob: The agency quoted forty thousand dollars for video ads.",
  "Alice: We decided to move the money to search ads.",
  "Carol: I will send the revised budget to finance by Friday.",
].join("\n");

export async function readyDocument(ws: string, uploadedById: string, fileName: string, text: string): Promise<string> {
  const id = randomUUID();
  const bytes = new TextEncoder().encode(text);
  await db().document.create({
    data: {
      id,
      workspaceId: ws,
      uploadedById,
      fileName,
      mimeType: "text/plain",
      sizeBytes: bytes.length,
      sha256: sha(text),
      title: fileName,
      speakers: [],
      original: { create: { workspaceId: ws, bytes } },
    },
  });
  await processQueued(id);
  const doc = await db().document.findUniqueOrThrow({ where: { id }, select: { status: true } });
  if (doc.status !== "ready") throw new Error(`fixture document ${fileName} is ${doc.status}`);
  return id;
}

export async function seedFixtures(): Promise<Fixtures> {
  const [owner, admin, member, viewer, outsider] = await Promise.all(["owner", "admin", "member", "viewer", "outsider"].map((l) => makeUser(l)));
  const ws = await makeWorkspace(owner, [
    [admin, "admin"],
    [member, "member"],
    [viewer, "viewer"],
  ]);
  await makeWorkspace(outsider);
  const doc = await readyDocument(ws, owner.id, "budget.txt", TRANSCRIPT);
  const earlierDoc = await readyDocument(ws, owner.id, "kickoff.txt", "Dana: I will book the venue by Monday.\nEli: Agreed, we keep the date.");
  const todo = await db().todo.findFirstOrThrow({ where: { workspaceId: ws, documentId: doc }, select: { id: true } });
  const share = await createShareLink({ workspaceId: ws, documentId: doc, createdById: owner.id, includeTranscript: true, expiresInDays: null });
  const { invitation } = await createInvitation(ws, { role: "member", invitedById: owner.id });
  return { ws, users: { owner, admin, member, viewer, outsider }, doc, earlierDoc, todoId: todo.id, shareToken: share.token, invitationId: invitation.id };
}

/** The question of `budgetQuiz`, as stored and as read back. */
export const BUDGET_QUIZ_QUESTION = {
  type: "fill",
  question: "The agency quoted forty thousand dollars for ____.",
  options: [],
  answer: "video ads",
  explanation: "Bob says so on line 2.",
} as const;

/** A quiz of the shared document with one fill-in question on its second line; fresh where a call uses it up. */
export async function budgetQuiz(f: Fixtures): Promise<{ quizId: string; questionId: string }> {
  const { id } = await createQuiz(f.ws, {
    documentId: f.doc,
    title: "Budget quiz",
    settings: { count: 1, types: ["fill"], difficulty: "medium" },
    engine: "local",
    model: null,
    createdById: f.users.owner.id,
    questions: [{ ...BUDGET_QUIZ_QUESTION, options: [], citations: [{ documentId: f.doc, segment: 1 }] }],
  });
  const q = await db().quizQuestion.findFirstOrThrow({ where: { quizId: id }, select: { id: true } });
  return { quizId: id, questionId: q.id };
}

/** A bare document row in a given state: "failed" gives Retry something to do, "ready" a fresh target. */
export async function documentRow(ws: string, status: "failed" | "ready"): Promise<string> {
  const id = randomUUID();
  await db().document.create({
    data: {
      id,
      workspaceId: ws,
      fileName: `${status}.txt`,
      mimeType: "text/plain",
      sizeBytes: 1,
      sha256: sha(id),
      title: status,
      speakers: [],
      status,
      errorCode: status === "failed" ? "INTERNAL" : null,
    },
  });
  return id;
}

/** A fresh user with `role` in `ws`: the target of a role change or a removal, used once. */
export async function freshMember(ws: string, role: Role = "member"): Promise<string> {
  const u = await makeUser("target");
  await addMember(ws, u.id, role);
  return u.id;
}

/** An open invitation to a brand-new workspace, so any signed-in caller can accept it once. */
export async function freshInviteToken(): Promise<string> {
  const host = await makeUser("host");
  const ws = await makeWorkspace(host);
  return (await createInvitation(ws, { role: "member", invitedById: host.id })).token;
}

function walk(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { recursive: true, encoding: "utf8" }).map((f) => path.posix.join(dir, f.split(path.sep).join("/")));
}

/** Every action module: lib/actions/*.ts except the schemas and the wrapper itself. */
export function actionModules(): string[] {
  return (
    walk("lib/actions")
      .filter((f) => /^lib\/actions\/[^/]+\.ts$/.test(f) && !f.endsWith(".schema.ts") && f !== "lib/actions/client.ts")
      // Server actions are the exports of "use server" modules; helpers beside them (upload-stream.ts) are not.
      .filter((f) => /^\s*(\/\/[^\n]*\n\s*|\/\*[\s\S]*?\*\/\s*)*["']use server["']/.test(readFileSync(f, "utf8")))
      .sort()
  );
}

/** Every route handler file under app/. */
export function routeFiles(): string[] {
  return walk("app")
    .filter((f) => f.endsWith("/route.ts"))
    .sort();
}

/** Routes authenticated by API token rather than session: HTTP API v1 and MCP (tests/integration/api-v1-matrix.test.ts). */
export function isTokenRoute(file: string): boolean {
  return file.startsWith("app/api/v1/") || file.startsWith("app/api/mcp/");
}

/** "app/w/[workspaceId]/ask/route.ts" → "/w/[workspaceId]/ask"; route groups like (auth) drop out. */
export function routePattern(file: string): string {
  return (
    "/" +
    file
      .replace(/^app\//, "")
      .replace(/\/?route\.ts$/, "")
      .split("/")
      .filter((s) => s && !/^\(.*\)$/.test(s))
      .join("/")
  );
}

export const HTTP_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;

export function absolute(file: string): string {
  return path.join(ROOT, file);
}

/**
 * Files whose actions and routes a per-feature matrix covers (tests/integration/authz-<feature>.test.ts)
 * instead of the main one, so the main table stays readable; each feature matrix checks its own coverage.
 */
export const FEATURE_MATRICES: Record<string, (file: string) => boolean> = {
  meetings: (file) => /^lib\/actions\/(glossary|live|speakers|templates)\.ts$/.test(file) || file.startsWith("app/api/w/[workspaceId]/live/"),
  learning: (file) => /^lib\/actions\/(quizzes|collections)\.ts$/.test(file) || file.startsWith("app/w/[workspaceId]/quizzes/"),
  writings: (file) =>
    /^lib\/actions\/(writings|draft-templates)\.ts$/.test(file) || file.startsWith("app/w/[workspaceId]/writings/") || file.startsWith("app/api/w/[workspaceId]/writings/"),
};

export function inFeatureMatrix(file: string): boolean {
  return Object.values(FEATURE_MATRICES).some((covers) => covers(file));
}
