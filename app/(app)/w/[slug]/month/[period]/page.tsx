import { notFound } from "next/navigation";
import { Suspense } from "react";
import { SectionLoading } from "@/components/ui/section-loading";
import { MonthChanges } from "@/components/month/month-changes";
import { MonthHeader } from "@/components/month/month-header";
import { MonthOutOfRange } from "@/components/month/month-out-of-range";
import { FirstRunPointer } from "@/components/onboarding/first-run-pointer";
import { NewLeaks } from "@/components/month/new-leaks";
import { RealisedValue } from "@/components/month/realised-value";
import { ToRecord } from "@/components/month/to-record";
import { canWrite } from "@/lib/auth/roles";
import { requireWorkspacePage } from "@/lib/auth/workspace-gate";
import { isPeriod } from "@/lib/dashboard/month-period";
import { getMonthView, getPastMonthNewLeaks } from "@/lib/dashboard/month-view";

/** A past month's new leaks, streamed after the rest of the page (the engine runs over that month's history). */
async function PastMonthNewLeaks({ workspaceId, slug, period }: { workspaceId: string; slug: string; period: string }) {
  return <NewLeaks slug={slug} period={period} newLeaks={await getPastMonthNewLeaks(workspaceId, period)} />;
}

export default async function MonthPage({ params }: { params: Promise<{ slug: string; period: string }> }) {
  const { slug, period } = await params;
  const { workspace, role } = await requireWorkspacePage(slug);
  if (!isPeriod(period)) notFound();
  const view = await getMonthView(workspace.id, period, { deferPastLeaks: true });
  const nav = { slug: workspace.slug, period, previous: null, next: null, current: view.range.current, first: view.range.first };
  if (view.kind === "out-of-range") {
    return (
      <div className="space-y-6">
        <MonthHeader {...nav} showIntro={false} />
        <FirstRunPointer workspaceId={workspace.id} slug={workspace.slug} role={role} />
        <MonthOutOfRange slug={workspace.slug} period={period} reason={view.reason} range={view.range} />
      </div>
    );
  }
  return (
    <div className="space-y-6">
      <MonthHeader {...nav} previous={view.previous} next={view.next} />
      <FirstRunPointer workspaceId={workspace.id} slug={workspace.slug} role={role} />
      <RealisedValue
        period={period}
        isCurrent={view.isCurrent}
        realised={view.realised}
        realisedTotal={view.realisedTotal}
        stillToRecord={view.toRecord.items.length}
        slug={workspace.slug}
        canEditRates={canWrite(role)}
      />
      <ToRecord period={period} toRecord={view.toRecord} canRecord={canWrite(role)} />
      {view.newLeaksDeferred ? (
        <Suspense fallback={<SectionLoading />}>
          <PastMonthNewLeaks workspaceId={workspace.id} slug={workspace.slug} period={period} />
        </Suspense>
      ) : (
        <NewLeaks slug={workspace.slug} period={period} newLeaks={view.newLeaks} />
      )}
      <MonthChanges period={period} previous={view.changes.previousPeriod} changes={view.changes} slug={workspace.slug} canEditRates={canWrite(role)} />
    </div>
  );
}
