// @ts-check
/**
 * Preloaded into the Next.js server by scripts/start.ts (NODE_OPTIONS=--require …): every request
 * gets an `x-jiyao-peer` header holding the address of the TCP connection it arrived on, replacing
 * anything the client sent under that name. Next.js gives route handlers and pages no access to the
 * socket, and its own `x-forwarded-for` keeps whatever value the client supplied, so without this a
 * client could pick its own address for every rate limit. lib/auth/client-address.ts reads the header,
 * and only when this preload is active in its own process (a global, not an environment variable, which
 * child processes would inherit without the preload): a plain `next start` would not strip it.
 */
const http = require("node:http");
const https = require("node:https");

const PEER_HEADER = "x-jiyao-peer";
const PATCHED = Symbol.for("jiyao.peer-address");

/** @param {import("node:http").IncomingMessage} req */
function stamp(req) {
  const address = req.socket?.remoteAddress;
  if (address) req.headers[PEER_HEADER] = address;
  else delete req.headers[PEER_HEADER];
  // rawHeaders is what some adapters copy from; keep it in step so no stale client value survives.
  for (let i = req.rawHeaders.length - 2; i >= 0; i -= 2) {
    if (req.rawHeaders[i].toLowerCase() === PEER_HEADER) req.rawHeaders.splice(i, 2);
  }
  if (address) req.rawHeaders.push(PEER_HEADER, address);
}

/** @param {typeof http | typeof https} mod */
function patch(mod) {
  const original = /** @type {any} */ (mod.createServer);
  if (original[PATCHED]) return;
  /** @param {any[]} args */
  const createServer = (...args) => {
    const server = original.apply(mod, args);
    // Runs before every other "request" listener, Next's included (the one passed to createServer too).
    server.prependListener("request", (/** @type {any} */ req) => stamp(req));
    return server;
  };
  Object.defineProperty(createServer, PATCHED, { value: true });
  /** @type {any} */ (mod).createServer = createServer;
}

patch(http);
patch(https);
/** @type {any} */ (globalThis)[Symbol.for("jiyao.peer-address.active")] = true;

module.exports = { PEER_HEADER, stamp };
