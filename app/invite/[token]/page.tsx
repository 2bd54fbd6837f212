import Link from "next/link";
import type { Metadata } from "next";
import { LocaleSwitch } from "@/components/locale-switch";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { getSessionUser } from "@/lib/auth/session";
import { findUsableInvitation } from "@/lib/db/invitations";
import { getMessages } from "@/lib/i18n/server";
import { fmt } from "@/lib/i18n/locales";
import { JoinButton } from "./_components/join-button";

export const dynamic = "force-dynamic";
// The token is in the path: keep it out of Referer headers sent to any other site.
export const metadata: Metadata = { title: "Invite", referrer: "no-referrer", robots: { index: false } };

const TOKEN = /^[A-Za-z0-9_-]{22,128}$/;

export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const [{ m }, user] = await Promise.all([getMessages(), getSessionUser()]);
  const invite = TOKEN.test(token) ? await findUsableInvitation(token) : null;
  const back = `?next=${encodeURIComponent(`/invite/${token}`)}`;

  return (
    <main className="flex min-h-screen items-center justify-center px-4 py-12">
      <div className="w-full max-w-sm space-y-6">
        <p className="text-center text-2xl font-semibold tracking-tight text-brand-700">
          Jiyao <span className="text-stone-500">纪要</span>
        </p>
        <Card className="space-y-4 p-6">
          {!invite ? (
            <>
              <h1 className="text-lg font-semibold">{m.members.invalidTitle}</h1>
              <p role="alert" className="text-sm text-stone-700">
                {m.members.inviteInvalid}
              </p>
              <Link href="/" className={buttonClass("secondary", "w-full")}>
                {m.errors.back}
              </Link>
            </>
          ) : (
            <>
              <h1 className="text-lg font-semibold">{fmt(m.members.acceptTitle, { workspace: invite.workspaceName })}</h1>
              <p className="text-sm text-stone-700">{fmt(m.members.acceptIntro, { role: m.workspace.roles[invite.role] })}</p>
              <p className="text-xs text-stone-600">{m.members.rolesHelp}</p>
              {user ? (
                <JoinButton token={token} />
              ) : (
                <>
                  <p className="text-sm text-stone-600">{m.members.signInFirst}</p>
                  <div className="flex flex-col gap-2">
                    <Link href={`/sign-up${back}`} className={buttonClass("primary", "w-full")}>
                      {m.auth.createLink}
                    </Link>
                    <Link href={`/sign-in${back}`} className={buttonClass("secondary", "w-full")}>
                      {m.auth.signIn}
                    </Link>
                  </div>
                </>
              )}
            </>
          )}
        </Card>
        <div className="flex justify-center">
          <LocaleSwitch />
        </div>
      </div>
    </main>
  );
}
