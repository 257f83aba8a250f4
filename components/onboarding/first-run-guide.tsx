import Link from "next/link";
import { useTranslations } from "next-intl";
import type { FirstRunStep, FirstRunStepStatus, ShownFirstRunGuide } from "@/lib/onboarding/first-run";

const badge: Record<FirstRunStepStatus, string> = {
  done: "bg-green-50 text-green-800 ring-green-700/30",
  current: "bg-blue-50 text-blue-800 ring-blue-700/30",
  todo: "bg-gray-100 text-gray-700 ring-gray-500/30",
};

const primaryLink =
  "inline-flex items-center justify-center rounded-md bg-blue-700 px-3 py-2 text-sm font-medium text-white hover:bg-blue-800 focus:outline-none focus-visible:ring-2 focus-visible:ring-blue-600 focus-visible:ring-offset-2";

/**
 * The guided start of a new workspace: three steps in order, each saying in words whether
 * it is done, next or for later. Full (the whole overview of an empty workspace) explains
 * every step; compact (above the dashboard) explains only the one to do now.
 */
export function FirstRunGuide({ guide }: { guide: ShownFirstRunGuide }) {
  const t = useTranslations("onboarding");
  const full = guide.layout === "full";
  return (
    <section aria-labelledby="first-run-title" data-testid="first-run-guide" className="rounded-lg border border-blue-200 bg-white p-4 shadow-sm sm:p-6">
      <h2 id="first-run-title" className="text-base font-semibold text-gray-900">
        {t("title")}
      </h2>
      {full ? <p className="mt-1 text-sm text-gray-700">{t("intro")}</p> : null}
      {guide.waitingFor ? <p className="mt-3 rounded-md bg-gray-50 p-3 text-sm text-gray-800">{t(`waitingFor.${guide.waitingFor}`)}</p> : null}
      <ol className={full ? "mt-4 space-y-4" : "mt-4 grid gap-4 md:grid-cols-3"}>
        {guide.steps.map((step, index) => (
          <GuideStep key={step.id} step={step} number={index + 1} explain={full || step.status === "current"} />
        ))}
      </ol>
    </section>
  );
}

function GuideStep({ step, number, explain }: { step: FirstRunStep; number: number; explain: boolean }) {
  const t = useTranslations("onboarding");
  return (
    <li aria-current={step.status === "current" ? "step" : undefined} className="flex min-w-0 gap-3">
      <StepIcon status={step.status} />
      <div className="min-w-0 flex-1">
        <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
          <h3 className="text-sm font-semibold text-gray-900">
            <span className="font-normal text-gray-700">{t("step", { number })}: </span>
            {t(`steps.${step.id}.title`)}
          </h3>
          <span className={`rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${badge[step.status]}`}>{t(`status.${step.status}`)}</span>
        </div>
        {explain ? <p className="mt-1 text-sm text-gray-700">{t(`steps.${step.id}.body`)}</p> : null}
        {step.href ? (
          <Link href={step.href} className={`mt-3 ${primaryLink}`}>
            {t(`steps.${step.id}.action`)}
          </Link>
        ) : null}
      </div>
    </li>
  );
}

/** Decoration only: the status is said in words next to it. */
function StepIcon({ status }: { status: FirstRunStepStatus }) {
  const circle = { done: "bg-green-700 text-white", current: "bg-blue-700 text-white", todo: "border-2 border-gray-400 bg-white" }[status];
  return (
    <span aria-hidden="true" data-icon={status} className={`mt-0.5 flex h-6 w-6 shrink-0 items-center justify-center rounded-full ${circle}`}>
      {status === "done" ? (
        <svg viewBox="0 0 20 20" fill="currentColor" className="h-4 w-4">
          <path fillRule="evenodd" d="M16.7 5.3a1 1 0 0 1 0 1.4l-8 8a1 1 0 0 1-1.4 0l-4-4a1 1 0 1 1 1.4-1.4L8 12.6l7.3-7.3a1 1 0 0 1 1.4 0Z" clipRule="evenodd" />
        </svg>
      ) : status === "current" ? (
        <svg viewBox="0 0 20 20" fill="currentColor" className="h-4 w-4">
          <path fillRule="evenodd" d="M10.3 4.3a1 1 0 0 1 1.4 0l5 5a1 1 0 0 1 0 1.4l-5 5a1 1 0 0 1-1.4-1.4l3.3-3.3H4a1 1 0 1 1 0-2h9.6l-3.3-3.3a1 1 0 0 1 0-1.4Z" clipRule="evenodd" />
        </svg>
      ) : null}
    </span>
  );
}
