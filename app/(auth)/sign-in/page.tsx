import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { signInErrorMessage } from "@/components/auth/sign-in-error";
import { SignInForm } from "@/components/auth/sign-in-form";
import { enabledOAuthProviders } from "@/lib/auth/options";
import { getSessionUser } from "@/lib/auth/session";
import { safeCallbackUrl } from "@/lib/auth/callback-url";

type Props = { searchParams: Promise<{ callbackUrl?: string | string[]; reset?: string | string[]; error?: string | string[] }> };

export default async function SignInPage({ searchParams }: Props) {
  const params = await searchParams;
  // Without an explicit target, "/" decides where this user lands (month view or overview).
  const callbackUrl = safeCallbackUrl(typeof params.callbackUrl === "string" ? params.callbackUrl : undefined, "/");
  if (await getSessionUser()) redirect(callbackUrl);
  const t = await getTranslations("auth");
  return (
    <SignInForm
      callbackUrl={callbackUrl}
      providers={enabledOAuthProviders()}
      notice={params.reset === "done" ? t("resetDone") : undefined}
      initialError={signInErrorMessage(params.error)}
    />
  );
}
