import { ResetPasswordForm } from "@/components/auth/reset-password-form";

export default async function ResetTokenPage({ params }: { params: Promise<{ token: string }> }) {
  return <ResetPasswordForm token={(await params).token} />;
}
