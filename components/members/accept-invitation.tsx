"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";
import { useActionForm } from "@/components/ui/use-action-form";
import { acceptInvitationAction } from "@/lib/members/actions";

export function AcceptInvitation({ token }: { token: string }) {
  const t = useTranslations("invite");
  const router = useRouter();
  const form = useActionForm(acceptInvitationAction, {
    extra: { token },
    onSuccess: ({ slug }) => {
      router.push(`/w/${slug}`);
      router.refresh();
    },
  });
  return (
    <form onSubmit={form.onSubmit} className="space-y-4">
      <FormStatus result={form.result} />
      <Button pending={form.pending} className="w-full">
        {t("accept")}
      </Button>
    </form>
  );
}
