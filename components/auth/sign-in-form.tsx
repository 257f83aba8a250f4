"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useState, useTransition, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { signInErrorMessage, type SignInErrorMessage } from "./sign-in-error";

type Props = {
  callbackUrl: string;
  providers: { id: string; name: string }[];
  notice?: string;
  /** From next-auth's redirect to /sign-in?error=…, already reduced to a known message. */
  initialError?: SignInErrorMessage | null;
};

export function SignInForm({ callbackUrl, providers, notice, initialError = null }: Props) {
  const t = useTranslations("auth");
  const router = useRouter();
  const [error, setError] = useState<SignInErrorMessage | null>(initialError);
  const [pending, startTransition] = useTransition();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(async () => {
      const result = await signIn("credentials", {
        redirect: false,
        email: String(data.get("email") ?? ""),
        password: String(data.get("password") ?? ""),
      });
      if (result?.ok && !result.error) {
        router.push(callbackUrl);
        router.refresh();
        return;
      }
      setError(signInErrorMessage(result?.error) ?? { key: "signInFailed" });
    });
  }

  return (
    <div className="space-y-5">
      <h1 className="text-lg font-semibold">{t("signInTitle")}</h1>
      {notice ? (
        <p role="status" className="rounded-md bg-green-50 p-3 text-sm text-green-800">
          {notice}
        </p>
      ) : null}
      <form onSubmit={onSubmit} className="space-y-4" noValidate>
        <TextField label={t("email")} name="email" type="email" autoComplete="email" required autoFocus />
        <TextField label={t("password")} name="password" type="password" autoComplete="current-password" required />
        {error ? (
          <p role="alert" className="rounded-md bg-red-50 p-3 text-sm text-red-800">
            {error.key === "rateLimited" ? t("rateLimited", { minutes: error.minutes }) : t(error.key)}
          </p>
        ) : null}
        <Button pending={pending} className="w-full">
          {pending ? t("signingIn") : t("signIn")}
        </Button>
      </form>
      {providers.length > 0 ? (
        <div className="space-y-2 border-t pt-4">
          {providers.map((provider) => (
            <Button key={provider.id} type="button" variant="secondary" className="w-full" onClick={() => signIn(provider.id, { callbackUrl })}>
              {t("continueWith", { provider: provider.name })}
            </Button>
          ))}
        </div>
      ) : null}
      <div className="flex justify-between text-sm">
        <Link className="text-blue-700 underline" href={`/sign-up?callbackUrl=${encodeURIComponent(callbackUrl)}`}>
          {t("createAccount")}
        </Link>
        <Link className="text-blue-700 underline" href="/reset">
          {t("forgotPassword")}
        </Link>
      </div>
    </div>
  );
}
