/**
 * Work passed on to someone not in the meeting: "周倩今天没来，我会后跟她说，15号之前发给孙姐审核",
 * "陈海在机房没进会，我会后找他，让他这两天把模板修好". The absent person owns it; the speaker only
 * carries the message, so it is not the speaker's "我会…".
 */
import type { People } from "@/lib/engine/local/commitments/people";

const ZH_RELAY =
  /(?:^|[，,：:；;])\s*([A-Za-z]+|\p{sc=Han}{2,3}?)(?:今天|这次|现在|今儿)?(?:在\p{sc=Han}{1,6}?)?(?:不在|没来|没进会|没上会|请假了?|休假|出差了?)[^，,；;]{0,4}[，,]\s*(?:那)?我?(?:会后|回头|待会儿?|等下|散会后)?(?:去)?(?:跟|和|给|告诉|通知|找)(?:他|她)(?:说(?:一声|一下)?|讲一下|打个招呼|带个话)?[，,]?\s*(?:让|叫|请)?(?:他|她)?(?=\p{sc=Han}|\d)([^；;。]+)/u;

/** The absent owner and the work's words (with the topic said before the name, "三季度公共收益的明细，…"), or null. */
export function relayedWork(raw: string, people: People): { owner: string; work: string } | null {
  const m = raw.match(ZH_RELAY);
  if (!m || m.index === undefined) return null;
  const owner = people.owner(m[1]);
  // Someone in the meeting is told directly, not through the speaker.
  if (!owner || people.speaker(m[1])) return null;
  const topic = raw
    .slice(0, m.index)
    .split(/[：:；;]/)
    .pop()
    // "最后补一条：Leo今天不在…" announces the item; it is no topic.
    ?.replace(/^(?:最后|再|还有|另外)?(?:补|加|说)(?:一|两|几)(?:条|个|句|点|件事)$/, "")
    .trim();
  return { owner, work: topic ? `${topic}，${m[2].trim()}` : m[2].trim() };
}
