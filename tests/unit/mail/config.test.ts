import { afterEach, describe, expect, it } from "vitest";
import { resetEnvCache } from "@/lib/env";
import { mailConfig } from "@/lib/mail/transport";

const KEYS = ["SMTP_URL", "SMTP_HOST", "SMTP_PORT", "SMTP_USER", "SMTP_PASS", "SMTP_SECURE", "MAIL_FROM"];
const saved = Object.fromEntries(KEYS.map((k) => [k, process.env[k]]));

function cfg(vars: Record<string, string>) {
  for (const k of KEYS) delete process.env[k];
  Object.assign(process.env, vars);
  resetEnvCache();
  return mailConfig();
}

afterEach(() => {
  for (const k of KEYS)
    if (saved[k] === undefined) delete process.env[k];
    else process.env[k] = saved[k];
  resetEnvCache();
});

describe("mail settings", () => {
  it("are not configured without a server or a sender, and say which is missing", () => {
    expect(cfg({})).toEqual({ configured: false, missing: "SMTP_URL or SMTP_HOST" });
    expect(cfg({ SMTP_HOST: "smtp.example.com" })).toEqual({ configured: false, missing: "MAIL_FROM" });
    expect(cfg({ SMTP_URL: "", MAIL_FROM: "" })).toEqual({ configured: false, missing: "SMTP_URL or SMTP_HOST" });
  });

  it("take SMTP_URL whole, or host, port (587), login and TLS (on for 465)", () => {
    expect(cfg({ SMTP_URL: "smtps://u:p@smtp.example.com:465", MAIL_FROM: "J <j@example.com>" })).toEqual({
      configured: true,
      from: "J <j@example.com>",
      transport: { url: "smtps://u:p@smtp.example.com:465" },
    });
    expect(cfg({ SMTP_HOST: "smtp.example.com", SMTP_USER: "u", SMTP_PASS: "p", MAIL_FROM: "j@example.com" })).toMatchObject({
      transport: { host: "smtp.example.com", port: 587, secure: false, auth: { user: "u", pass: "p" } },
    });
    expect(cfg({ SMTP_HOST: "smtp.example.com", SMTP_PORT: "465", MAIL_FROM: "j@example.com" })).toMatchObject({ transport: { port: 465, secure: true } });
    expect(cfg({ SMTP_HOST: "smtp.example.com", SMTP_PORT: "2525", SMTP_SECURE: "on", MAIL_FROM: "j@example.com" })).toMatchObject({ transport: { port: 2525, secure: true } });
    expect(cfg({ SMTP_HOST: "h", MAIL_FROM: "j@example.com" })).not.toHaveProperty("transport.auth");
  });
});
