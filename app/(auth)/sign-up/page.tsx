import { redirect } from "next/navigation";
import { getSessionUser } from "@/lib/auth/session";
import { AuthForm } from "../_components/auth-form";

export const metadata = { title: "Create account" };

export default async function SignUpPage() {
  if (await getSessionUser()) redirect("/");
  return <AuthForm mode="sign-up" />;
}
