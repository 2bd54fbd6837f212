import "server-only";
import nodemailer from "nodemailer";
import { env, type Env } from "@/lib/env";
import { AppError } from "@/lib/errors";

/**
 * Outgoing mail over SMTP (lib/env.ts SMTP_* and MAIL_FROM), through nodemailer. One transport per
 * send: mail is rare (someone presses Send), so no pool is kept open.
 */
export type MailConfig =
  | { configured: true; from: string; transport: { url: string } | { host: string; port: number; secure: boolean; auth?: { user: string; pass: string } } }
  | { configured: false; missing: string };

export function mailConfig(e: Env = env()): MailConfig {
  if (!e.SMTP_URL && !e.SMTP_HOST) return { configured: false, missing: "SMTP_URL or SMTP_HOST" };
  if (!e.MAIL_FROM) return { configured: false, missing: "MAIL_FROM" };
  if (e.SMTP_URL) return { configured: true, from: e.MAIL_FROM, transport: { url: e.SMTP_URL } };
  const port = e.SMTP_PORT ?? 587;
  const secure = e.SMTP_SECURE ? e.SMTP_SECURE === "on" : port === 465;
  return {
    configured: true,
    from: e.MAIL_FROM,
    transport: { host: e.SMTP_HOST!, port, secure, ...(e.SMTP_USER ? { auth: { user: e.SMTP_USER, pass: e.SMTP_PASS ?? "" } } : {}) },
  };
}

export interface OutgoingMail {
  to: string[];
  subject: string;
  text: string;
  html: string;
  replyTo?: string;
}

/** Sends one message to all recipients; the server refusing any address or the connection failing is an error. */
export async function sendMail(mail: OutgoingMail): Promise<{ messageId: string; accepted: string[] }> {
  const cfg = mailConfig();
  if (!cfg.configured) throw new AppError("MAIL_NOT_CONFIGURED", `Mail is not configured on this server: set ${cfg.missing} (see README, Configuration).`);
  // A mail server that does not answer fails the send within seconds instead of holding the request.
  const transporter = nodemailer.createTransport({ ...cfg.transport, connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 } as Parameters<
    typeof nodemailer.createTransport
  >[0]);
  try {
    const info = await transporter.sendMail({
      from: cfg.from,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      ...(mail.replyTo ? { replyTo: mail.replyTo } : {}),
    });
    const rejected = (info.rejected ?? []).map(String);
    if (rejected.length) throw new AppError("MAIL_FAILED", `The mail server refused: ${rejected.join(", ")}.`);
    return { messageId: info.messageId, accepted: (info.accepted ?? []).map(String) };
  } catch (e) {
    if (e instanceof AppError) throw e;
    // Every recipient refused: nodemailer lists them on the error.
    const refused = (e as { rejected?: unknown }).rejected;
    if (Array.isArray(refused) && refused.length) throw new AppError("MAIL_FAILED", `The mail server refused: ${refused.map(String).join(", ")}.`);
    const reason = e instanceof Error ? e.message : String(e);
    throw new AppError("MAIL_FAILED", `The mail could not be sent: ${reason}`);
  } finally {
    transporter.close();
  }
}
