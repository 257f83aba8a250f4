import type { ReactNode } from "react";
import { LocaleSwitcher } from "@/components/ui/locale-switcher";
import { MainLandmark } from "@/components/navigation/main-landmark";

export default function AuthLayout({ children }: { children: ReactNode }) {
  return (
    <MainLandmark className="flex min-h-screen flex-col items-center justify-center px-4 py-10">
      <div className="mb-6 flex w-full max-w-sm items-center justify-between">
        <span className="text-xl font-semibold tracking-tight text-blue-800">Realised</span>
        <LocaleSwitcher />
      </div>
      <div className="w-full max-w-sm rounded-lg border border-gray-200 bg-white p-6 shadow-sm">{children}</div>
    </MainLandmark>
  );
}
