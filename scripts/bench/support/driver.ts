/**
 * A small fetch-based load driver: signed-in virtual users over loopback, each looping page loads,
 * streamed questions and the occasional sign-in until a deadline, pausing a "think time" between
 * requests. Every response is read to the end; a non-2xx status, a redirect (lost session), an
 * `error` line in the answer stream or a stream without its `done` line counts as an error.
 */
import { randomUUID } from "node:crypto";

export interface VirtualUser {
  email: string;
  password: string;
  userId: string;
  workspaceId: string;
  documentId?: string;
  cookie: string;
}

export type Kind = "library" | "document" | "question" | "sign-in";

export interface Sample {
  kind: Kind;
  ms: number;
  ok: boolean;
  status: number;
  /** When it finished, ms since the load started. */
  at: number;
  /** Length of the decoded body (pages), 0 where not measured. */
  chars: number;
}

export const PASSWORD = "correct horse battery staple";

const cookieOf = (res: Response) =>
  res.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");

const json = (base: string, body: unknown) => ({
  method: "POST",
  headers: { "content-type": "application/json", origin: base },
  body: JSON.stringify(body),
  redirect: "manual" as const,
});

/** Sign-up through the auth API; the personal workspace comes from the home page's redirect. */
/** Uploads a file as the browser does: its raw body to the streamed upload route. */
export function uploadRaw(base: string, user: VirtualUser, fileName: string, type: string, body: Uint8Array): Promise<Response> {
  return fetch(`${base}/api/w/${user.workspaceId}/documents`, {
    method: "POST",
    body: new Uint8Array(body.buffer as ArrayBuffer, body.byteOffset, body.byteLength),
    headers: { cookie: user.cookie, "content-type": type, "x-file-name": encodeURIComponent(fileName) },
  });
}

export async function signUp(base: string, label: string): Promise<VirtualUser> {
  const email = `${label}-${randomUUID().slice(0, 8)}@example.test`;
  const res = await fetch(`${base}/api/auth/sign-up/email`, json(base, { email, password: PASSWORD, name: label }));
  if (!res.ok) throw new Error(`sign-up ${res.status}: ${await res.text()}`);
  const { user } = (await res.json()) as { user: { id: string } };
  const cookie = cookieOf(res);
  const home = await fetch(`${base}/`, { headers: { cookie }, redirect: "manual" });
  await home.arrayBuffer();
  const workspaceId = /\/w\/([0-9a-f-]{36})/.exec(home.headers.get("location") ?? "")?.[1];
  if (!workspaceId) throw new Error(`no workspace for ${email} (home: ${home.status} ${home.headers.get("location")})`);
  return { email, password: PASSWORD, userId: user.id, workspaceId, cookie };
}

const EN_QUESTIONS = [
  "What did we decide about the billing migration?",
  "Who will send the updated plan?",
  "What are the risks of the mobile release?",
  "When is the follow-up on the dashboards?",
];
const ZH_QUESTIONS = ["支付接口什么时候提测？", "谁负责跟进监控？", "灰度方案定了吗？", "合同需要谁确认？"];

type Outcome = { ok: boolean; status: number; chars?: number };

async function timed(kind: Kind, started: number, fn: () => Promise<Outcome>): Promise<Sample> {
  const t0 = performance.now();
  let r: Outcome;
  try {
    r = await fn();
  } catch {
    r = { ok: false, status: 0 };
  }
  const t1 = performance.now();
  return { kind, ms: t1 - t0, ok: r.ok, status: r.status, at: t1 - started, chars: r.chars ?? 0 };
}

async function page(base: string, u: VirtualUser, path: string) {
  const res = await fetch(`${base}${path}`, { headers: { cookie: u.cookie }, redirect: "manual" });
  const body = await res.text();
  return { ok: res.status === 200 && body.length > 0, status: res.status, chars: body.length };
}

async function ask(base: string, u: VirtualUser, question: string) {
  const res = await fetch(`${base}/api/w/${u.workspaceId}/ask`, {
    ...json(base, { question, documentId: u.documentId }),
    headers: { "content-type": "application/json", origin: base, cookie: u.cookie },
  });
  const text = await res.text();
  const lines = text
    .split("\n")
    .filter(Boolean)
    .map((l) => JSON.parse(l) as { type: string });
  const ok = res.status === 200 && lines.some((l) => l.type === "done") && !lines.some((l) => l.type === "error");
  return { ok, status: res.status };
}

async function signIn(base: string, u: VirtualUser) {
  const res = await fetch(`${base}/api/auth/sign-in/email`, json(base, { email: u.email, password: u.password }));
  await res.arrayBuffer();
  if (res.ok) u.cookie = cookieOf(res);
  return { ok: res.ok, status: res.status };
}

export interface LoadOptions {
  seconds: number;
  thinkMs: number;
  /** Share of each kind, summing to 1: library, document page, question, sign-in. */
  mix: Record<Kind, number>;
  rand: () => number;
}

function pick(mix: Record<Kind, number>, x: number): Kind {
  let acc = 0;
  for (const [k, share] of Object.entries(mix) as [Kind, number][]) {
    acc += share;
    if (x < acc) return k;
  }
  return "library";
}

/** Runs every user concurrently until the deadline (a request in flight then still finishes). */
export async function runLoad(base: string, users: VirtualUser[], opts: LoadOptions): Promise<Sample[]> {
  const samples: Sample[] = [];
  const started = performance.now();
  const deadline = started + opts.seconds * 1000;
  await Promise.all(
    users.map(async (u, i) => {
      // Staggered starts, so the first second is not fifty simultaneous requests.
      await new Promise((r) => setTimeout(r, (i / users.length) * opts.thinkMs));
      const questions = i % 2 ? EN_QUESTIONS : ZH_QUESTIONS;
      for (let n = 0; performance.now() < deadline && n < 1_000_000; n++) {
        const kind = pick(opts.mix, opts.rand());
        const run =
          kind === "library"
            ? () => page(base, u, `/w/${u.workspaceId}`)
            : kind === "document"
              ? () => page(base, u, `/w/${u.workspaceId}/d/${u.documentId}`)
              : kind === "question"
                ? () => ask(base, u, questions[n % questions.length])
                : () => signIn(base, u);
        samples.push(await timed(kind, started, run));
        const think = opts.thinkMs * (0.5 + opts.rand());
        if (performance.now() + think < deadline) await new Promise((r) => setTimeout(r, think));
        else break;
      }
    }),
  );
  return samples;
}
