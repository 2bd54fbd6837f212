import cluster from "node:cluster";

/**
 * Messages between the server processes of one `npm start` (scripts/next-cluster.cjs runs several on
 * one port). A process sends a topic and a payload to the cluster's primary, which passes it to every
 * other process, where the topic's handlers run. Used for what would otherwise differ per process:
 * live-meeting wake-ups and rate-limit counts. A no-op in a single process (`npm run dev`, tests).
 */
interface RelayMessage {
  jiyaoRelay: string;
  payload: unknown;
}

type Handler = (payload: unknown) => void;

// On globalThis: Next bundles a module once per route, and each bundle registers its own handlers.
const g = globalThis as unknown as { jiyaoRelayHandlers?: Map<string, Set<Handler>> };

const isRelay = (m: unknown): m is RelayMessage => typeof (m as RelayMessage | null)?.jiyaoRelay === "string";

function handlers(): Map<string, Set<Handler>> {
  if (!g.jiyaoRelayHandlers) {
    g.jiyaoRelayHandlers = new Map();
    const all = g.jiyaoRelayHandlers;
    if (cluster.isWorker)
      process.on("message", (m) => {
        if (isRelay(m)) for (const h of all.get(m.jiyaoRelay) ?? []) h(m.payload);
      });
  }
  return g.jiyaoRelayHandlers;
}

/** Runs `handler` for each `topic` message another server process sends. */
export function onRelay(topic: string, handler: Handler): void {
  const all = handlers();
  let set = all.get(topic);
  if (!set) all.set(topic, (set = new Set()));
  set.add(handler);
}

/** Sends `payload` to the other server processes' `topic` handlers (not to this process's). */
export function relay(topic: string, payload: unknown): void {
  if (cluster.isWorker && process.connected) process.send?.({ jiyaoRelay: topic, payload } satisfies RelayMessage);
}
