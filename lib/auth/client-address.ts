import { isIPv4, isIPv6 } from "node:net";

/**
 * Who is asking, for rate limits. The address of the connection is the only thing a client cannot
 * choose; scripts/peer-address.cjs (preloaded by `npm run dev` / `npm start`) puts it in this header,
 * overwriting any client value. Forwarded headers count only with TRUST_PROXY=on, and then only the
 * hop the proxy itself appended (the rightmost), since the ones before it are the client's words.
 */
export const PEER_HEADER = "x-jiyao-peer";

interface HeaderSource {
  get(name: string): string | null;
}

/**
 * One key per client: IPv4 as is, IPv4-mapped IPv6 as IPv4, other IPv6 by its /64 (one home or
 * server usually owns a whole /64, so per-address keys would give it 2^64 buckets).
 */
export function normalizeAddress(raw: string): string | null {
  let ip = raw.trim();
  if (ip.startsWith("[") && ip.includes("]")) ip = ip.slice(1, ip.indexOf("]"));
  ip = ip.replace(/%.*$/, ""); // zone id (fe80::1%eth0)
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip);
  if (mapped) ip = mapped[1];
  if (isIPv4(ip)) return ip;
  if (!isIPv6(ip)) return null;
  const [head, tail = ""] = ip.toLowerCase().split("::");
  const left = head ? head.split(":") : [];
  const right = ip.includes("::") ? (tail ? tail.split(":") : []) : [];
  const groups = ip.includes("::") ? [...left, ...Array(8 - left.length - right.length).fill("0"), ...right] : left;
  // The same form better-auth stores in session.ipAddress (normalizeIP with a /64 subnet).
  return [...groups.slice(0, 4).map((g) => g.padStart(4, "0")), "0000", "0000", "0000", "0000"].join(":");
}

/** The client's address as far as it can be trusted, or null when nothing trustworthy is known. */
/** Set by scripts/peer-address.cjs in the process it is preloaded into. */
const PEER_ACTIVE = Symbol.for("jiyao.peer-address.active");

export function peerHeaderActive(): boolean {
  return (globalThis as Record<symbol, unknown>)[PEER_ACTIVE] === true;
}

export function clientAddress(headers: HeaderSource, trustProxy: boolean, peerTrusted = peerHeaderActive()): string | null {
  if (trustProxy) {
    const hops = (headers.get("x-forwarded-for") ?? "")
      .split(",")
      .map((h) => h.trim())
      .filter(Boolean);
    const fromProxy = hops.at(-1) ?? headers.get("x-real-ip");
    const normalized = fromProxy ? normalizeAddress(fromProxy) : null;
    if (normalized) return normalized;
  }
  const peer = peerTrusted ? headers.get(PEER_HEADER) : null;
  return peer ? normalizeAddress(peer) : null;
}
