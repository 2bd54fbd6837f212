"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { deckAboutTopic } from "@/lib/actions/writings";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/input";
import { useI18n } from "@/lib/i18n/client";
import { fmt } from "@/lib/i18n/locales";

type Source = "all" | "collection" | "chosen";

/**
 * "Make a deck about X from these documents": needs a model, and says so (disabled) without one.
 * A topic the documents do not mention gets "not found", never invented slides.
 */
export function TopicDeckForm({
  workspaceId,
  modelReady,
  documents,
  collections,
}: {
  workspaceId: string;
  modelReady: boolean;
  documents: { id: string; title: string }[];
  collections: { id: string; name: string }[];
}) {
  const router = useRouter();
  const { m } = useI18n();
  const t = m.writings.topicDeck;
  const [topic, setTopic] = useState("");
  const [source, setSource] = useState<Source>("all");
  const [collectionId, setCollectionId] = useState(collections[0]?.id ?? "");
  const [chosen, setChosen] = useState<string[]>([]);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [notFound, setNotFound] = useState<string | null>(null);
  const ready = modelReady && topic.trim().length >= 2 && (source !== "chosen" || chosen.length > 0) && (source !== "collection" || collectionId);

  async function onSubmit(e: React.FormEvent) {
    e.preventDefault();
    setPending(true);
    setError(null);
    setNotFound(null);
    const scope = source === "chosen" ? { documentIds: chosen } : source === "collection" ? { collectionId } : {};
    const res = await deckAboutTopic({ workspaceId, topic, ...scope });
    if (!res.ok) {
      setPending(false);
      return setError(res.error.message);
    }
    if (!res.data.found) {
      setPending(false);
      return setNotFound(topic.trim());
    }
    router.push(`/w/${workspaceId}/writings/${res.data.writingId}`);
  }

  const radio = (value: Source, label: string) => (
    <label className="flex items-center gap-2 text-sm">
      <input type="radio" name="topic-deck-source" value={value} checked={source === value} onChange={() => setSource(value)} disabled={!modelReady} />
      <span>{label}</span>
    </label>
  );

  return (
    <form onSubmit={onSubmit} className="space-y-3" aria-label={t.title}>
      <h2 className="text-base font-semibold">{t.title}</h2>
      <p className="text-sm text-stone-600">{t.intro}</p>
      {modelReady ? null : (
        <div data-testid="topic-deck-needs-model">
          <Alert tone="info">{t.needsModel}</Alert>
        </div>
      )}
      <Field label={t.topic} htmlFor="topic-deck-topic" hint={t.topicHint}>
        <Input id="topic-deck-topic" value={topic} maxLength={200} onChange={(e) => setTopic(e.target.value)} disabled={!modelReady} />
      </Field>
      <fieldset className="space-y-1">
        <legend className="text-sm font-medium text-stone-700">{t.from}</legend>
        {radio("all", t.all)}
        {radio("collection", t.collection)}
        {radio("chosen", t.chosen)}
      </fieldset>
      {source === "collection" ? (
        collections.length ? (
          <Field label={t.collectionLabel} htmlFor="topic-deck-collection">
            <select
              id="topic-deck-collection"
              className="block w-full rounded-md border border-stone-300 bg-white px-3 py-2 text-sm"
              value={collectionId}
              onChange={(e) => setCollectionId(e.target.value)}
            >
              {collections.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
          </Field>
        ) : (
          <p className="text-sm text-stone-600">{t.noCollections}</p>
        )
      ) : null}
      {source === "chosen" ? (
        <fieldset className="space-y-1">
          <legend className="text-sm font-medium text-stone-700">{t.documents}</legend>
          {documents.length === 0 ? <p className="text-sm text-stone-600">{t.noDocuments}</p> : null}
          <ul className="max-h-56 space-y-1 overflow-y-auto">
            {documents.map((d) => (
              <li key={d.id}>
                <label className="flex items-center gap-2 text-sm">
                  <input type="checkbox" checked={chosen.includes(d.id)} onChange={(e) => setChosen((c) => (e.target.checked ? [...c, d.id] : c.filter((x) => x !== d.id)))} />
                  <span>{d.title}</span>
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
      ) : null}
      {notFound ? (
        <div data-testid="topic-not-found">
          <Alert tone="info">{fmt(t.notFound, { topic: notFound })}</Alert>
        </div>
      ) : null}
      {error ? <Alert>{error}</Alert> : null}
      <Button type="submit" disabled={pending || !ready}>
        {pending ? t.creating : t.create}
      </Button>
    </form>
  );
}
