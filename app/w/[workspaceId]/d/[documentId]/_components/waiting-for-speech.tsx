import { Alert } from "@/components/ui/alert";
import type { Messages } from "@/lib/i18n/server";

/** A recording kept without a speech endpoint: what to configure, then Retry (the children). */
export function WaitingForSpeech({ m, children }: { m: Messages; children?: React.ReactNode }) {
  const t = m.recordings;
  const vars: [string, string][] = [
    ["SPEECH_BASE_URL", t.varBase],
    ["SPEECH_MODEL", t.varModel],
    ["SPEECH_API_KEY", t.varKey],
  ];
  return (
    <Alert tone="info">
      <div data-testid="waiting-for-speech">
        <p className="font-medium">{t.waitingTitle}</p>
        <p className="mt-1">{t.waitingBody}</p>
        <p className="mt-2">{t.howTo}</p>
        <ul className="mt-1 space-y-0.5">
          {vars.map(([name, what]) => (
            <li key={name}>
              <code className="rounded bg-white/70 px-1 font-mono text-xs">{name}</code> — {what}
            </li>
          ))}
        </ul>
        {children ? <div className="mt-2">{children}</div> : null}
      </div>
    </Alert>
  );
}
