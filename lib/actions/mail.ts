"use server";
import { workspaceAction } from "./client";
import { SendMinutesSchema } from "./mail.schema";
import { appOrigin } from "@/lib/auth/app-origin";
import { recordAudit } from "@/lib/db/audit";
import { loadMinutesExport } from "@/lib/db/exports";
import { AppError } from "@/lib/errors";
import { minutesMail } from "@/lib/export/minutes-mail";
import { mailConfig, sendMail } from "@/lib/mail/transport";

/** Emails a meeting's minutes (text + HTML, to-dos with owners and due dates, a link back) to the addresses given. */
export const sendMinutesEmail = workspaceAction("member", SendMinutesSchema, async (ctx, input) => {
  const cfg = mailConfig();
  if (!cfg.configured) throw new AppError("MAIL_NOT_CONFIGURED", `Mail is not configured on this server: set ${cfg.missing} (see README, Configuration).`);
  const source = await loadMinutesExport(ctx.workspaceId, input.documentId, input.version);
  if (!source) throw new AppError("NOT_FOUND", "This meeting has no minutes to send yet.");
  const link = `${await appOrigin()}/w/${ctx.workspaceId}/d/${input.documentId}?tab=minutes`;
  const mail = minutesMail(source.input, { link, sender: ctx.user.name, note: input.note });
  const sent = await sendMail({ to: input.recipients, ...mail, replyTo: ctx.user.email });
  await recordAudit({
    workspaceId: ctx.workspaceId,
    actorUserId: ctx.user.id,
    action: "minutes.emailed",
    targetType: "document",
    targetId: input.documentId,
    detail: { recipients: input.recipients, version: source.version },
  });
  return { sent: sent.accepted.length || input.recipients.length, recipients: input.recipients };
});
