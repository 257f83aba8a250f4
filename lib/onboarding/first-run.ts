import { canWrite, type Role } from "@/lib/auth/roles";

/**
 * What the first-run guide needs to know about a workspace (its live investments: archived
 * ones are not on the dashboard, so they do not count here either).
 */
export type FirstRunFacts = {
  investmentCount: number;
  /** The oldest investment whose plan is still a draft: the one to approve. */
  draftInvestmentId: string | null;
  /** The oldest investment with an approved plan (any status past draft): the one to record a month for. */
  approvedInvestmentId: string | null;
  /** Whether any month of actuals is recorded. */
  hasActuals: boolean;
};

export const FIRST_RUN_STEPS = ["create", "approve", "record"] as const;
export type FirstRunStepId = (typeof FIRST_RUN_STEPS)[number];
/** done; current — the one to do now (exactly one while the guide shows); todo — comes later. */
export type FirstRunStepStatus = "done" | "current" | "todo";
/** href: where the current step is done, for members who may do it; null otherwise. */
export type FirstRunStep = { id: FirstRunStepId; status: FirstRunStepStatus; href: string | null };

export type ShownFirstRunGuide = {
  show: true;
  /** full: the workspace has no investments, the guide is the whole page; compact: above the dashboard. */
  layout: "full" | "compact";
  steps: FirstRunStep[];
  /** For viewers, who cannot do the steps: the step the workspace is waiting for. Null for owners and editors. */
  waitingFor: FirstRunStepId | null;
};
export type FirstRunGuide = { show: false } | ShownFirstRunGuide;

/**
 * The guided start of a new workspace: (1) create an investment from a template, (2) approve
 * its plan, (3) record a month of actuals. Shown until all three are done, then never again
 * (it goes by itself; there is nothing to dismiss).
 */
export function firstRunGuide(slug: string, facts: FirstRunFacts, role: Role): FirstRunGuide {
  const done: Record<FirstRunStepId, boolean> = {
    create: facts.investmentCount > 0,
    approve: facts.approvedInvestmentId !== null,
    record: facts.hasActuals,
  };
  const current = FIRST_RUN_STEPS.find((id) => !done[id]);
  if (!current) return { show: false };
  const acts = canWrite(role);
  return {
    show: true,
    layout: done.create ? "compact" : "full",
    steps: FIRST_RUN_STEPS.map((id) => ({
      id,
      status: done[id] ? "done" : id === current ? "current" : "todo",
      href: acts && id === current ? stepHref(slug, id, facts) : null,
    })),
    waitingFor: acts ? null : current,
  };
}

function stepHref(slug: string, step: FirstRunStepId, facts: FirstRunFacts): string {
  const investments = `/w/${encodeURIComponent(slug)}/investments`;
  switch (step) {
    case "create":
      // Without a template the new-investment page is the template gallery: picking one is the step.
      return `${investments}/new`;
    case "approve":
      // The approve button lives on the investment's page.
      return facts.draftInvestmentId ? `${investments}/${facts.draftInvestmentId}` : investments;
    case "record":
      return facts.approvedInvestmentId ? `${investments}/${facts.approvedInvestmentId}/actuals` : investments;
  }
}
