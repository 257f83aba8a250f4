import { getWorkspaceDashboard } from "@/lib/dashboard/workspace-dashboard";
import { evaluateInvestment } from "@/lib/investments/evaluate-investment";
import { getInvestmentDetail } from "@/lib/investments/queries";
import { getLeakThresholds } from "@/lib/leaks/queries";

type Link = { investmentId: string | null; workspace: { id: string; currency: string } };

/** What a stakeholder link shows: the workspace dashboard, or one investment. */
export async function loadSharedView(link: Link) {
  if (!link.investmentId) {
    return { kind: "workspace" as const, dashboard: await getWorkspaceDashboard(link.workspace.id) };
  }
  const [investment, leakThresholds] = await Promise.all([getInvestmentDetail(link.workspace.id, link.investmentId), getLeakThresholds(link.workspace.id)]);
  const evaluation = evaluateInvestment(investment, { leakThresholds });
  if (!evaluation.ok) return { kind: "unavailable" as const };
  const leaks = evaluation.result.leaks.map((leak) => ({ ...leak, investmentId: investment.id, investmentName: investment.name, workspaceId: investment.workspaceId, currency: investment.currency }));
  return { kind: "investment" as const, name: investment.name, result: evaluation.result, leaks };
}
