/**
 * A local SMTP server (smtp-server) that keeps every message it receives, parsed (mailparser), for
 * tests of outgoing mail. No TLS, any login accepted; addresses in `reject` are refused at RCPT TO.
 */
import { simpleParser, type ParsedMail } from "mailparser";
import { createServer } from "node:http";
import { SMTPServer } from "smtp-server";

export interface ReceivedMail {
  from: string;
  to: string[];
  parsed: ParsedMail;
  raw: string;
}

export interface SmtpSink {
  port: number;
  url: string;
  messages: ReceivedMail[];
  /** Resolves with the next message (or the one already waiting). */
  next(timeoutMs?: number): Promise<ReceivedMail>;
  close(): Promise<void>;
}

export async function startSmtpSink(opts: { port?: number; reject?: string[] } = {}): Promise<SmtpSink> {
  const messages: ReceivedMail[] = [];
  let taken = 0;
  const waiters: (() => void)[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onAuth: (_auth, _session, cb) => cb(null, { user: "test" }),
    onRcptTo: (address, _session, cb) => (opts.reject?.includes(address.address.toLowerCase()) ? cb(new Error("550 No such user here")) : cb()),
    onData: (stream, session, cb) => {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", async () => {
        const raw = Buffer.concat(chunks).toString("utf8");
        const parsed = await simpleParser(raw);
        const envelopeFrom = session.envelope.mailFrom;
        messages.push({ from: envelopeFrom ? envelopeFrom.address : "", to: session.envelope.rcptTo.map((r) => r.address), parsed, raw });
        for (const w of waiters.splice(0)) w();
        cb();
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(opts.port ?? 0, "127.0.0.1", () => resolve());
  });
  const port = (server.server.address() as { port: number }).port;
  return {
    port,
    url: `smtp://127.0.0.1:${port}`,
    messages,
    async next(timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      while (messages.length <= taken) {
        if (Date.now() > deadline) throw new Error("no mail arrived");
        await new Promise<void>((r) => {
          waiters.push(r);
          setTimeout(r, 100);
        });
      }
      return messages[taken++];
    },
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

/**
 * Run alone (e2e): `tsx tests/support/smtp-sink.ts --port 2525 --http-port 2526` — SMTP on the first
 * port; on the second, GET /health and GET /messages (what arrived: envelope, subject, text, html).
 */
if (process.argv[1]?.endsWith("smtp-sink.ts")) {
  const arg = (name: string) => {
    const i = process.argv.indexOf(name);
    return i >= 0 ? Number(process.argv[i + 1]) : 0;
  };
  void startSmtpSink({ port: arg("--port") }).then((sink) => {
    const http = createServer((req, res) => {
      if (req.url === "/health") return void res.writeHead(200).end("ok");
      if (req.url === "/messages") {
        const body = sink.messages.map((m) => ({
          from: m.from,
          to: m.to,
          subject: m.parsed.subject ?? "",
          text: m.parsed.text ?? "",
          html: typeof m.parsed.html === "string" ? m.parsed.html : "",
          replyTo: m.parsed.replyTo?.text ?? "",
        }));
        return void res.writeHead(200, { "Content-Type": "application/json" }).end(JSON.stringify(body));
      }
      res.writeHead(404).end();
    });
    http.listen(arg("--http-port"), "127.0.0.1", () => console.log(`smtp sink on ${sink.url}`));
  });
  // Started by Playwright: ends with it.
  process.on("disconnect", () => process.exit(0));
}
