"use client";

import { signOut } from "next-auth/react";
import { useTranslations } from "next-intl";

export function SignOutButton() {
  const t = useTranslations("common");
  return (
    <button
      type="button"
      onClick={() => signOut({ callbackUrl: "/sign-in" })}
      className="rounded-md border border-gray-300 px-3 py-1 text-sm hover:bg-gray-50"
    >
      {t("signOut")}
    </button>
  );
}
