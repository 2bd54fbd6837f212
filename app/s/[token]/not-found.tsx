import { Card } from "@/components/ui/card";
import { getMessages } from "@/lib/i18n/server";

/** One neutral answer for unknown, revoked, expired and rate-limited alike: a guesser learns nothing. */
export default async function ShareNotFound() {
  const { m } = await getMessages();
  return (
    <Card className="mx-auto max-w-md px-6 py-10 text-center">
      <h1 className="text-base font-semibold text-stone-900">{m.errors.notFoundTitle}</h1>
      <p className="mt-2 text-sm text-stone-700" role="status">
        {m.share.invalid}
      </p>
    </Card>
  );
}
