import { redirect } from "next/navigation";
import { getSessionUser } from "@/lib/auth/session";
import { getMessages } from "@/lib/i18n/server";
import { AuthForm } from "../_components/auth-form";

export async function generateMetadata() {
  return { title: (await getMessages()).m.auth.signUp };
}

export default async function SignUpPage() {
  if (await getSessionUser()) redirect("/");
  return <AuthForm mode="sign-up" />;
}
