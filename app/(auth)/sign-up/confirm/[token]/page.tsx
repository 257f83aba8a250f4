import { ConfirmSignUpForm } from "@/components/auth/confirm-sign-up-form";

export default async function ConfirmSignUpPage({ params }: { params: Promise<{ token: string }> }) {
  return <ConfirmSignUpForm token={(await params).token} />;
}
