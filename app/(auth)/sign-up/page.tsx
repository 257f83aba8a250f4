import { SignUpForm } from "@/components/auth/sign-up-form";
import { safeCallbackUrl } from "@/lib/auth/callback-url";

export default async function SignUpPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  return <SignUpForm callbackUrl={safeCallbackUrl((await searchParams).callbackUrl)} />;
}
