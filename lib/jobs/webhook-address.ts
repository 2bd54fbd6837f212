import "server-only";
import { lookup } from "node:dns/promises";
import { BlockList, isIP } from "node:net";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";

/**
 * Where a webhook may point. A URL whose host resolves to a private, loopback, link-local or otherwise
 * internal address is refused — at registration, and again at every delivery, on the address the
 * connection actually uses (lib/jobs/webhook-send.ts's lookup), so a name that resolves publicly once
 * and to 127.0.0.1 later (DNS rebinding) is still refused. WEBHOOK_ALLOW_HOSTS lists the exceptions.
 */
const internal = new BlockList();
for (const [net, bits] of [
  ["0.0.0.0", 8],
  ["10.0.0.0", 8],
  ["100.64.0.0", 10],
  ["127.0.0.0", 8],
  ["169.254.0.0", 16],
  ["172.16.0.0", 12],
  ["192.0.0.0", 24],
  ["192.0.2.0", 24],
  ["192.88.99.0", 24],
  ["192.168.0.0", 16],
  ["198.18.0.0", 15],
  ["198.51.100.0", 24],
  ["203.0.113.0", 24],
  ["224.0.0.0", 4],
  ["240.0.0.0", 4],
] as const)
  internal.addSubnet(net, bits, "ipv4");
for (const [net, bits] of [
  ["::", 128],
  ["::1", 128],
  ["fc00::", 7],
  ["fe80::", 10],
  ["fec0::", 10],
  ["ff00::", 8],
  ["2001:db8::", 32],
  ["100::", 64],
] as const)
  internal.addSubnet(net, bits, "ipv6");

/** IPv4 written inside IPv6 (::ffff:10.0.0.1, 64:ff9b::a00:1) is judged as the IPv4 it carries. */
function embeddedIpv4(address: string): string | null {
  const lower = address.toLowerCase();
  const dotted = /^(?:::ffff:|64:ff9b::)(\d{1,3}(?:\.\d{1,3}){3})$/.exec(lower);
  if (dotted) return dotted[1];
  const hex = /^(?:::ffff:|64:ff9b::)([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(lower);
  if (!hex) return null;
  const [a, b] = [parseInt(hex[1], 16), parseInt(hex[2], 16)];
  return `${a >> 8}.${a & 255}.${b >> 8}.${b & 255}`;
}

export function isInternalAddress(address: string): boolean {
  const v4 = isIP(address) === 4 ? address : embeddedIpv4(address);
  if (v4) return internal.check(v4, "ipv4");
  return isIP(address) === 6 ? internal.check(address, "ipv6") : true;
}

function allowedHosts(): Set<string> {
  return new Set(
    env()
      .WEBHOOK_ALLOW_HOSTS.split(",")
      .map((h) =>
        h
          .trim()
          .toLowerCase()
          .replace(/^\[|\]$/g, ""),
      )
      .filter(Boolean),
  );
}

/** The URL's host without IPv6 brackets, lower-cased. */
export function hostOf(url: URL): string {
  return url.hostname.toLowerCase().replace(/^\[|\]$/g, "");
}

export function hostAllowed(host: string): boolean {
  return allowedHosts().has(host.toLowerCase());
}

/** Checks a webhook URL before it is saved: http(s), and every address its host resolves to is public (or the host is allowed). */
export async function assertDeliverableUrl(raw: string): Promise<URL> {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new AppError("INVALID_INPUT", "The webhook URL is not a valid URL.");
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") throw new AppError("INVALID_INPUT", "The webhook URL must start with https:// or http://.");
  if (url.username || url.password) throw new AppError("INVALID_INPUT", "Put no user name or password in the webhook URL; deliveries are signed instead.");
  const host = hostOf(url);
  if (hostAllowed(host)) return url;
  let addresses: string[];
  try {
    addresses = isIP(host) ? [host] : (await lookup(host, { all: true, verbatim: true })).map((a) => a.address);
  } catch {
    throw new AppError("INVALID_INPUT", `The webhook host ${host} could not be resolved.`);
  }
  const bad = addresses.find(isInternalAddress);
  if (bad) {
    throw new AppError(
      "INVALID_INPUT",
      `The webhook host ${host} resolves to ${bad}, a private, loopback or internal address; webhooks only go to public addresses (an operator can allow a host with WEBHOOK_ALLOW_HOSTS).`,
    );
  }
  return url;
}
