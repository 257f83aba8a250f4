// The tenant-isolation matrix: every server action and every workspace page, proven to
// give a member of workspace A nothing of workspace B, and a viewer no way to write.
//
// It discovers what exists (every "use server" module under lib/, every page under
// app/(app)/w/[slug]/, every route handler) and fails when something is not in the
// tables below, so a new action or route cannot ship without joining the matrix.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { actAs } from "@/tests/support/session";
import { ROLES, hasRole, type Role } from "@/lib/auth/roles";
import { createToken } from "@/lib/auth/tokens";
import { openingPeriod } from "@/lib/dashboard/month-opening";
import { getDb } from "@/lib/db/client";
import { createUser, createWorkspace } from "@/prisma/factories";
import { startSmtpSink } from "@/tests/support/smtp-sink";

// Pages are plain async functions; importing them works in vitest, except that next-intl
// resolves its non-"react-server" build here, whose getTranslations refuses to run.
// Translations are not what this file tests, so they become the identity.
vi.mock("next-intl/server", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next-intl/server")>()),
  getTranslations: async () => (key: string) => key,
  getLocale: async () => "en",
}));

const ROOT = process.cwd();
const rel = (file: string) => path.relative(ROOT, file).split(path.sep).join("/");

type User = Awaited<ReturnType<typeof createUser>>;
type Input = Record<string, unknown>;

/** One workspace with a member of every role, a pending invitation and its token. */
type Fixture = {
  workspace: Awaited<ReturnType<typeof createWorkspace>>;
  slug: string;
  users: Record<Role, User>;
  memberships: Record<Role, string>;
  invitationId: string;
  invitationToken: string;
  /** A draft investment with a valid plan, and one whose plan is approved (version 1). */
  investmentId: string;
  approvedInvestmentId: string;
  /** A KPI (no baseline) on the approved investment, measured in 2026-01, which also has actuals for 2026-01. */
  kpiId: string;
  /** An active share link of the workspace. */
  shareLinkId: string;
  /** A frozen report of the workspace. */
  reportId: string;
  /** A monthly report e-mail waiting for approval. */
  pendingDeliveryId: string;
  /** A review (acknowledgement) of the draft investment's NO_BASELINE leak. */
  leakReviewId: string;
  /** An API token created by the workspace's editor (editors may revoke only their own). */
  apiTokenId: string;
  /** An enabled webhook endpoint of the workspace. */
  webhookEndpointId: string;
  /** An exchange rate of the workspace (USD → EUR, 2026-01). */
  exchangeRateId: string;
};

const PLAN = { costs: [{ kind: "oneTime", label: "Set-up", amount: 1000, month: 1 }], benefits: [{ kind: "fixed", label: "Fee", monthly: 300 }] };
const HEADER = { name: "Matrix investment", description: "", category: "other" as const, ownerName: "", startMonth: "2026-01", horizonMonths: 12, currency: "EUR" };

async function buildFixture(users: Record<Role, User>, label: string): Promise<Fixture> {
  const workspace = await createWorkspace(getDb(), {
    name: `Isolation ${label}`,
    members: ROLES.map((role) => ({ userId: users[role].id, role })),
  });
  const memberships = await getDb().membership.findMany({
    where: { workspaceId: workspace.id },
    select: { id: true, role: true },
  });
  const { token, tokenHash } = createToken();
  const invitation = await getDb().invitation.create({
    data: {
      workspaceId: workspace.id,
      email: `pending-${label}-${workspace.id}@example.test`,
      role: "editor",
      tokenHash,
      invitedById: users.owner.id,
      expiresAt: new Date(Date.now() + 7 * 24 * 3600 * 1000),
    },
    select: { id: true },
  });
  const investmentData = { ...HEADER, workspaceId: workspace.id, startMonth: new Date(Date.UTC(2026, 0, 1)), plan: PLAN };
  const draft = await getDb().investment.create({ data: investmentData, select: { id: true } });
  const approved = await getDb().investment.create({
    data: { ...investmentData, status: "approved", versions: { create: { version: 1, definition: { ...HEADER, ...PLAN }, reason: "Plan approved" } } },
    select: { id: true },
  });
  const january = new Date(Date.UTC(2026, 0, 1));
  await getDb().actualMonth.create({ data: { workspaceId: workspace.id, investmentId: approved.id, month: january, cost: "100", benefit: "50" } });
  const kpi = await getDb().kpi.create({
    data: { workspaceId: workspace.id, investmentId: approved.id, name: "Matrix KPI", measurements: { create: { workspaceId: workspace.id, month: january, value: "1.5" } } },
    select: { id: true },
  });
  const shareLink = await getDb().shareLink.create({
    data: { workspaceId: workspace.id, tokenHash: createToken().tokenHash, expiresAt: new Date(Date.now() + 30 * 86_400_000) },
    select: { id: true },
  });
  const report = await getDb().report.create({
    data: {
      workspaceId: workspace.id,
      kind: "workspace",
      period: "2026-01..2026-01",
      locale: "en",
      scenario: "expected",
      inputs: {},
      inputHash: "0".repeat(64),
      pdf: new Uint8Array(Buffer.from("%PDF-1.4 matrix")),
      byteSize: 15,
    },
    select: { id: true },
  });
  const delivery = await getDb().reportDelivery.create({
    data: { workspaceId: workspace.id, period: "2026-10", kind: "monthly-report", status: "pending_review" },
    select: { id: true },
  });
  const leakReview = await getDb().leakReview.create({
    data: { workspaceId: workspace.id, investmentId: draft.id, code: "NO_BASELINE", kind: "acknowledged", reason: "Matrix review", atStakeMonthly: "0" },
    select: { id: true },
  });
  const apiToken = await getDb().apiToken.create({
    data: { workspaceId: workspace.id, createdById: users.editor.id, name: "Matrix token", scope: "write", tokenHash: createToken().tokenHash, prefix: "rlsd_matrix" },
    select: { id: true },
  });
  const webhookEndpoint = await getDb().webhookEndpoint.create({
    data: { workspaceId: workspace.id, url: "https://hooks.example.test/matrix", events: ["leak.opened"], secret: `whsec_${Buffer.alloc(32, 7).toString("base64")}` },
    select: { id: true },
  });
  const exchangeRate = await getDb().exchangeRate.create({
    data: { workspaceId: workspace.id, fromCurrency: "USD", toCurrency: "EUR", month: january, rate: "0.92", source: "manual", enteredByName: "Matrix" },
    select: { id: true },
  });
  return {
    workspace,
    slug: workspace.slug,
    users,
    memberships: Object.fromEntries(memberships.map((m) => [m.role, m.id])) as Record<Role, string>,
    invitationId: invitation.id,
    invitationToken: token,
    investmentId: draft.id,
    approvedInvestmentId: approved.id,
    kpiId: kpi.id,
    shareLinkId: shareLink.id,
    reportId: report.id,
    pendingDeliveryId: delivery.id,
    leakReviewId: leakReview.id,
    apiTokenId: apiToken.id,
    webhookEndpointId: webhookEndpoint.id,
    exchangeRateId: exchangeRate.id,
  };
}

type ActionResultLike = { ok: boolean; error?: string };
type Action = ((input: unknown) => Promise<ActionResultLike>) & { minRole?: Role; isWorkspaceAction?: true };

type WorkspaceActionEntry = {
  kind: "workspace";
  minRole: Role;
  /** Valid input (without workspaceSlug) whose record ids all belong to `ws`. */
  input: (ws: Fixture) => Input;
  /** Whether the input names records by id, so id guessing across workspaces applies. */
  recordIds: boolean;
};
type UserActionEntry = {
  kind: "user";
  why: string;
  /** An outsider of B aiming at B's data through this action must fail and change nothing. */
  crossTenantProbe: (b: Fixture) => Input;
  /** The refusal, or null when the probe succeeds for the caller's own account without touching B. */
  probeError: string | null;
};
type PublicActionEntry = { kind: "public"; why: string };
type ActionEntry = WorkspaceActionEntry | UserActionEntry | PublicActionEntry;

let inviteCounter = 0;

/** Every server action, keyed "file#export". A new action must be added here. */
const ACTIONS: Record<string, ActionEntry> = {
  "lib/workspaces/actions.ts#createWorkspaceAction": {
    kind: "user",
    why: "creates a new workspace owned by the caller",
    // Asking for B's address creates the caller's own workspace at another one (every new
    // address gets a random ending), so the answer does not reveal that B exists.
    crossTenantProbe: (b) => ({ name: "Hijack", slug: b.slug }),
    probeError: null,
  },
  "lib/workspaces/actions.ts#updateWorkspaceSettingsAction": {
    kind: "workspace",
    minRole: "owner",
    input: () => ({ name: "Renamed by the matrix", currency: "USD", locale: "en" }),
    recordIds: false,
  },
  "lib/workspaces/actions.ts#updateDiscountRateAction": {
    kind: "workspace",
    minRole: "owner",
    input: () => ({ discountRatePct: "6.5" }),
    recordIds: false,
  },
  "lib/workspaces/actions.ts#deleteWorkspaceAction": {
    kind: "workspace",
    minRole: "owner",
    input: (ws) => ({ confirmSlug: ws.slug }),
    recordIds: false,
  },
  "lib/members/actions.ts#inviteMemberAction": {
    kind: "workspace",
    minRole: "owner",
    input: () => ({ email: `matrix-invite-${++inviteCounter}@example.test`, role: "editor" }),
    recordIds: false,
  },
  "lib/members/actions.ts#revokeInvitationAction": {
    kind: "workspace",
    minRole: "owner",
    input: (ws) => ({ invitationId: ws.invitationId }),
    recordIds: true,
  },
  "lib/members/actions.ts#changeMemberRoleAction": {
    kind: "workspace",
    minRole: "owner",
    input: (ws) => ({ membershipId: ws.memberships.editor, role: "viewer" }),
    recordIds: true,
  },
  "lib/members/actions.ts#removeMemberAction": {
    kind: "workspace",
    minRole: "owner",
    input: (ws) => ({ membershipId: ws.memberships.editor }),
    recordIds: true,
  },
  "lib/members/actions.ts#leaveWorkspaceAction": {
    kind: "workspace",
    minRole: "viewer",
    input: () => ({}),
    recordIds: false,
  },
  "lib/members/actions.ts#acceptInvitationAction": {
    kind: "user",
    why: "the token is the credential; it only works for the invited address",
    crossTenantProbe: (b) => ({ token: b.invitationToken }),
    probeError: "FORBIDDEN",
  },
  "lib/investments/actions.ts#createInvestmentAction": {
    kind: "workspace",
    minRole: "editor",
    input: () => ({ ...HEADER, plan: JSON.stringify(PLAN) }),
    recordIds: false,
  },
  "lib/investments/actions.ts#updateInvestmentAction": {
    kind: "workspace",
    minRole: "editor",
    input: (ws) => ({ ...HEADER, name: "Renamed by the matrix", investmentId: ws.investmentId, revision: 1 }),
    recordIds: true,
  },
  "lib/investments/actions.ts#savePlanAction": {
    kind: "workspace",
    minRole: "editor",
    input: (ws) => ({ investmentId: ws.approvedInvestmentId, revision: 1, plan: JSON.stringify(PLAN), reason: "Matrix change" }),
    recordIds: true,
  },
  "lib/investments/actions.ts#approvePlanAction": {
    kind: "workspace",
    minRole: "editor",
    input: (ws) => ({ investmentId: ws.investmentId, revision: 1 }),
    recordIds: true,
  },
  "lib/investments/actions.ts#changeStatusAction": {
    kind: "workspace",
    minRole: "editor",
    input: (ws) => ({ investmentId: ws.approvedInvestmentId, revision: 1, status: "active" }),
    recordIds: true,
  },
  "lib/investments/actions.ts#duplicateInvestmentAction": {
    kind: "workspace",
    minRole: "editor",
    input: (ws) => ({ investmentId: ws.investmentId }),
    recordIds: true,
  },
  "lib/investments/actions.ts#archiveInvestmentAction": {
    kind: "workspace",
    minRole: "editor",
    input: (ws) => ({ investmentId: ws.investmentId }),
    recordIds: true,
  },
  "lib/investments/actions.ts#restoreInvestmentAction": {
    kind: "workspace",
    minRole: "editor",
    input: (ws) => ({ investmentId: ws.investmentId }),
    recordIds: true,
  },
  "lib/investments/actions.ts#deleteInvestmentAction": {
    kind: "workspace",
    minRole: "editor",
    input: (ws) => ({ investmentId: ws.investmentId }),
    recordIds: true,
  },
  "lib/investments/actions.ts#saveAsTemplateAction": {
    kind: "workspace",
    minRole: "editor",
    input: (ws) => ({ investmentId: ws.investmentId, name: "Matrix template" }),
    recordIds: true,
  },
  "lib/leaks/actions.ts#acknowledgeLeakAction": {
    kind: "workspace",
    minRole: "editor",
    // A plan that started without a baseline KPI has an open NO_BASELINE leak.
    input: (ws) => ({ investmentId: ws.investmentId, code: "NO_BASELINE", reason: "Matrix acknowledgement" }),
    recordIds: true,
  },
  "lib/leaks/actions.ts#snoozeLeakAction": {
    kind: "workspace",
    minRole: "editor",
    input: (ws) => ({ investmentId: ws.investmentId, code: "NO_BASELINE", until: "2099-01" }),
    recordIds: true,
  },
  "lib/leaks/actions.ts#undoLeakReviewAction": {
    kind: "workspace",
    minRole: "editor",
    input: (ws) => ({ reviewId: ws.leakReviewId }),
    recordIds: true,
  },
  "lib/leaks/actions.ts#updateLeakThresholdsAction": {
    kind: "workspace",
    minRole: "owner",
    input: () => ({ underForecastPct: 25, underForecastMinMonths: 2, costOverrunPct: 10, zombieBenefitPct: 5, zombieMinMonths: 3, kpiRegressionTolerancePct: 0, paybackSlipGraceMonths: 0, negativeAfterRampGraceMonths: 0 }),
    recordIds: false,
  },
  "lib/transfer/actions.ts#importActualsCsvAction": {
    kind: "workspace",
    minRole: "editor",
    input: (ws) => ({
      investmentId: ws.investmentId,
      csvText: "Month,Cost,Benefit\n2026-01,1,1\n",
      mapping: { month: "Month", cost: "Cost", benefit: "Benefit" },
      replaceExisting: true,
    }),
    recordIds: true,
  },
  "lib/transfer/actions.ts#importInvestmentJsonAction": {
    kind: "workspace",
    minRole: "editor",
    input: () => ({ json: JSON.stringify({ name: "Matrix import", currency: "EUR", startMonth: "2026-01", horizonMonths: 12 }) }),
    recordIds: false,
  },
  "lib/transfer/actions.ts#importWorkspaceAction": {
    kind: "workspace",
    minRole: "editor",
    input: () => ({ json: JSON.stringify({ format: "realised-workspace", version: 1, investments: [] }) }),
    recordIds: false,
  },
  "lib/actuals/actions.ts#saveActualsAction": {
    kind: "workspace",
    minRole: "editor",
    input: (ws) => ({ investmentId: ws.approvedInvestmentId, month: "2026-02", cost: "100", benefit: "50", baseRevision: null }),
    recordIds: true,
  },
  "lib/actuals/actions.ts#deleteActualsAction": {
    kind: "workspace",
    minRole: "editor",
    input: (ws) => ({ investmentId: ws.approvedInvestmentId, month: "2026-01", baseRevision: 1 }),
    recordIds: true,
  },
  "lib/kpis/actions.ts#createKpiAction": {
    kind: "workspace",
    minRole: "editor",
    input: (ws) => ({ investmentId: ws.approvedInvestmentId, name: "New matrix KPI", direction: "up" }),
    recordIds: true,
  },
  "lib/kpis/actions.ts#updateKpiAction": {
    kind: "workspace",
    minRole: "editor",
    input: (ws) => ({ kpiId: ws.kpiId, name: "Renamed", baseline: "2", direction: "down" }),
    recordIds: true,
  },
  "lib/kpis/actions.ts#deleteKpiAction": { kind: "workspace", minRole: "editor", input: (ws) => ({ kpiId: ws.kpiId }), recordIds: true },
  "lib/kpis/actions.ts#recordKpiMeasurementAction": {
    kind: "workspace",
    minRole: "editor",
    input: (ws) => ({ kpiId: ws.kpiId, month: "2026-02", value: "1.7" }),
    recordIds: true,
  },
  "lib/kpis/actions.ts#deleteKpiMeasurementAction": {
    kind: "workspace",
    minRole: "editor",
    input: (ws) => ({ kpiId: ws.kpiId, month: "2026-01", baseValue: "1.5" }),
    recordIds: true,
  },
  "lib/sharing/actions.ts#createShareLinkAction": {
    kind: "workspace",
    minRole: "editor",
    input: (ws) => ({ investmentId: ws.investmentId, label: "Board", expiresOn: new Date(Date.now() + 20 * 86_400_000).toISOString().slice(0, 10), percentOnly: "on" }),
    recordIds: true,
  },
  "lib/sharing/actions.ts#revokeShareLinkAction": {
    kind: "workspace",
    minRole: "editor",
    input: (ws) => ({ shareLinkId: ws.shareLinkId }),
    recordIds: true,
  },
  "lib/reports/actions.ts#generateReportAction": {
    kind: "workspace",
    minRole: "editor",
    input: (ws) => ({ investmentId: ws.approvedInvestmentId, period: "2026-01..2026-03", locale: "en", scenario: "expected" }),
    recordIds: true,
  },
  "lib/reports/actions.ts#uploadLogoAction": {
    kind: "workspace",
    minRole: "owner",
    input: () => ({
      dataUrl: `data:image/svg+xml;base64,${Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><rect width="4" height="4"/></svg>').toString("base64")}`,
    }),
    recordIds: false,
  },
  "lib/reports/actions.ts#removeLogoAction": { kind: "workspace", minRole: "owner", input: () => ({}), recordIds: false },
  "lib/api-tokens/actions.ts#createApiTokenAction": {
    kind: "workspace",
    minRole: "editor",
    input: () => ({ name: "Matrix integration", scope: "read", expiresOn: "" }),
    recordIds: false,
  },
  "lib/api-tokens/actions.ts#revokeApiTokenAction": {
    kind: "workspace",
    minRole: "editor",
    input: (ws) => ({ tokenId: ws.apiTokenId }),
    recordIds: true,
  },
  "lib/schedules/actions.ts#saveReportScheduleAction": {
    kind: "workspace",
    minRole: "editor",
    input: () => ({ enabled: "on", dayOfMonth: "5", recipients: "board@example.test", locale: "en", holdForReview: "" }),
    recordIds: false,
  },
  "lib/schedules/actions.ts#approveMonthlyReportAction": {
    kind: "workspace",
    minRole: "editor",
    input: (ws) => ({ deliveryId: ws.pendingDeliveryId }),
    recordIds: true,
  },
  "lib/alerts/actions.ts#setAlertPreferenceAction": {
    kind: "workspace",
    minRole: "viewer",
    input: () => ({ mode: "weekly" }),
    recordIds: false,
  },
  "lib/webhooks/actions.ts#createWebhookEndpointAction": {
    kind: "workspace",
    minRole: "owner",
    input: () => ({ url: "https://hooks.example.test/new", description: "Matrix", events: ["leak.opened", "actuals.recorded"], format: "standard" }),
    recordIds: false,
  },
  "lib/webhooks/actions.ts#rotateWebhookSecretAction": {
    kind: "workspace",
    minRole: "owner",
    input: (ws) => ({ endpointId: ws.webhookEndpointId }),
    recordIds: true,
  },
  "lib/webhooks/actions.ts#revealWebhookSecretAction": {
    kind: "workspace",
    minRole: "owner",
    input: (ws) => ({ endpointId: ws.webhookEndpointId }),
    recordIds: true,
  },
  "lib/webhooks/actions.ts#setWebhookEndpointEnabledAction": {
    kind: "workspace",
    minRole: "owner",
    input: (ws) => ({ endpointId: ws.webhookEndpointId, enabled: false }),
    recordIds: true,
  },
  "lib/webhooks/actions.ts#deleteWebhookEndpointAction": {
    kind: "workspace",
    minRole: "owner",
    input: (ws) => ({ endpointId: ws.webhookEndpointId }),
    recordIds: true,
  },
  "lib/webhooks/actions.ts#sendWebhookTestEventAction": {
    kind: "workspace",
    minRole: "owner",
    input: (ws) => ({ endpointId: ws.webhookEndpointId }),
    recordIds: true,
  },
  "lib/rates/actions.ts#saveRateAction": {
    kind: "workspace",
    minRole: "editor",
    input: (ws) => ({ id: ws.exchangeRateId, from: "USD", to: "EUR", month: "2026-01", rate: "0.93" }),
    recordIds: true,
  },
  "lib/rates/actions.ts#deleteRateAction": {
    kind: "workspace",
    minRole: "editor",
    input: (ws) => ({ id: ws.exchangeRateId }),
    recordIds: true,
  },
  "lib/rates/actions.ts#previewRateImportAction": {
    kind: "workspace",
    minRole: "editor",
    input: () => ({ csvText: "from,to,month,rate\nUSD,EUR,2026-01,0.93\n" }),
    recordIds: false,
  },
  "lib/rates/actions.ts#confirmRateImportAction": {
    kind: "workspace",
    minRole: "editor",
    input: () => ({ csvText: "from,to,month,rate\nUSD,EUR,2026-01,0.93\nUSD,EUR,2026-02,0.94\n", onConflict: "replace" }),
    recordIds: false,
  },
  "lib/accounts/actions.ts#signUpAction": { kind: "public", why: "mails a confirmation link; answers alike for every address" },
  "lib/accounts/actions.ts#confirmSignUpAction": { kind: "public", why: "the mailed token is the credential" },
  "lib/accounts/actions.ts#requestPasswordResetAction": { kind: "public", why: "answers the same for every address" },
  "lib/accounts/actions.ts#resetPasswordAction": { kind: "public", why: "the reset token is the credential" },
  "lib/accounts/actions.ts#setLocaleAction": { kind: "public", why: "sets the caller's own language" },
  "lib/accounts/actions.ts#setOverviewCurrencyAction": {
    kind: "user",
    why: "sets the caller's own overview currency; it names no workspace",
    // Aimed at B it still only changes the caller's own preference.
    crossTenantProbe: (b) => ({ currency: "USD", workspaceSlug: b.slug }),
    probeError: null,
  },
  "lib/navigation/actions.ts#loadPaletteIndexAction": {
    kind: "user",
    why: "the command palette's list: the caller's own workspaces and their investments, read through their memberships",
    // Naming B changes nothing: the answer holds only the caller's workspaces (checked: no B slug).
    crossTenantProbe: (b) => ({ workspaceSlug: b.slug }),
    probeError: null,
  },
};

/**
 * Every page under /w/[slug], relative to that folder, with the role it needs. A page with
 * more dynamic segments (e.g. investments/[id]) builds them from the fixture in `params`.
 */
type PageEntry = {
  minRole: Role;
  params?: (ws: Fixture) => Record<string, string>;
  /** False when `params` names no records (e.g. a month), so id guessing does not apply. */
  recordIds?: boolean;
  /** For members the page answers with this redirect instead of rendering. */
  redirectsTo?: (ws: Fixture) => string;
};
const WORKSPACE_PAGES: Record<string, PageEntry> = {
  "page.tsx": { minRole: "viewer" },
  "members/page.tsx": { minRole: "viewer" },
  "settings/page.tsx": { minRole: "owner" },
  "audit/page.tsx": { minRole: "owner" },
  "investments/page.tsx": { minRole: "viewer" },
  "investments/new/page.tsx": { minRole: "editor" },
  "investments/[id]/page.tsx": { minRole: "viewer", params: (ws) => ({ id: ws.investmentId }) },
  "investments/[id]/edit/page.tsx": { minRole: "editor", params: (ws) => ({ id: ws.investmentId }) },
  "investments/[id]/import/page.tsx": { minRole: "editor", params: (ws) => ({ id: ws.investmentId }) },
  "transfer/page.tsx": { minRole: "viewer" },
  "investments/[id]/actuals/page.tsx": { minRole: "viewer", params: (ws) => ({ id: ws.approvedInvestmentId }) },
  // The month that needs action: the fixture's actuals are all in early 2026, so the current month is empty.
  "month/page.tsx": { minRole: "viewer", redirectsTo: (ws) => `/w/${ws.slug}/month/${openingPeriod(new Date(), { currentMonthHasData: false, firstPeriod: "2026-01" })}` },
  "month/[period]/page.tsx": { minRole: "viewer", params: () => ({ period: "2026-01" }), recordIds: false },
  "share/page.tsx": { minRole: "editor" },
  "api-tokens/page.tsx": { minRole: "editor" },
  "reports/page.tsx": { minRole: "viewer" },
  "accuracy/page.tsx": { minRole: "viewer" },
  "notifications/page.tsx": { minRole: "viewer" },
  "webhooks/page.tsx": { minRole: "owner" },
  "rates/page.tsx": { minRole: "viewer" },
};

/**
 * Every route handler. A workspace-scoped one (reached through withWorkspace) needs a new
 * "workspace" kind here with a probe proving that an outsider gets 404.
 */
type RouteEntry =
  | { kind: "public"; why: string }
  | { kind: "workspace"; minRole: Role; url: (ws: Fixture) => string; params: (ws: Fixture) => Record<string, string> };
const ROUTE_HANDLERS: Record<string, RouteEntry> = {
  "app/api/auth/[...nextauth]/route.ts": { kind: "public", why: "next-auth's own endpoints" },
  "app/api/health/route.ts": { kind: "public", why: "reports app and database status, no workspace data" },
  "app/share/[token]/report/route.ts": {
    kind: "public",
    why: "the share token is the credential (lib/sharing tests: expired, revoked and unknown links reveal nothing)",
  },
  "app/api/w/[slug]/export/route.ts": {
    kind: "workspace",
    minRole: "viewer",
    url: (ws) => `http://app.test/api/w/${ws.slug}/export`,
    params: (ws) => ({ slug: ws.slug }),
  },
  "app/api/w/[slug]/report/route.ts": {
    kind: "workspace",
    minRole: "viewer",
    url: (ws) => `http://app.test/api/w/${ws.slug}/report`,
    params: (ws) => ({ slug: ws.slug }),
  },
  "app/api/w/[slug]/investments/[id]/report/route.ts": {
    kind: "workspace",
    minRole: "viewer",
    url: (ws) => `http://app.test/api/w/${ws.slug}/investments/${ws.investmentId}/report`,
    params: (ws) => ({ slug: ws.slug, id: ws.investmentId }),
  },
  "app/api/w/[slug]/reports/[id]/route.ts": {
    kind: "workspace",
    minRole: "viewer",
    url: (ws) => `http://app.test/api/w/${ws.slug}/reports/${ws.reportId}`,
    params: (ws) => ({ slug: ws.slug, id: ws.reportId }),
  },
  "app/api/w/[slug]/investments/[id]/export/route.ts": {
    kind: "workspace",
    minRole: "viewer",
    url: (ws) => `http://app.test/api/w/${ws.slug}/investments/${ws.investmentId}/export?format=json`,
    params: (ws) => ({ slug: ws.slug, id: ws.investmentId }),
  },
};

// ---------------------------------------------------------------------------------------
// Discovery

function walk(dir: string, skip: (relPath: string) => boolean = () => false): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .map((entry) => path.join(dir, entry))
    .filter((file) => /\.(ts|tsx)$/.test(file) && !skip(rel(file)));
}

/** True when the module's first statement is the "use server" directive. */
function isServerModule(source: string): boolean {
  const body = source.replace(/^(\s+|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*/, "");
  return /^["']use server["']/.test(body);
}

const skipLib = (file: string) => /^lib\/(roi|generated)\//.test(file) || /\.test\.tsx?$/.test(file);
const serverModules = walk(path.join(ROOT, "lib"), skipLib).filter((file) =>
  isServerModule(readFileSync(file, "utf8")),
);

const discovered = new Map<string, Action>();
for (const file of serverModules) {
  const mod = (await import(/* @vite-ignore */ file)) as Record<string, unknown>;
  for (const [name, value] of Object.entries(mod)) {
    if (typeof value === "function") discovered.set(`${rel(file)}#${name}`, value as Action);
  }
}

const pageFiles = walk(path.join(ROOT, "app/(app)/w/[slug]"))
  .filter((file) => path.basename(file) === "page.tsx")
  .map((file) => path.relative(path.join(ROOT, "app/(app)/w/[slug]"), file).split(path.sep).join("/"));
// The bearer-token API (app/api/v1) has its own matrix, every operation × token scope ×
// role: tests/api-tenant-isolation.integration.test.ts (which also fails on an unprobed route).
const routeFiles = walk(path.join(ROOT, "app"))
  .filter((file) => /^route\.tsx?$/.test(path.basename(file)))
  .map(rel)
  .filter((file) => !file.startsWith("app/api/v1/"));

const entries = Object.entries(ACTIONS);
const workspaceActions = entries.filter((e): e is [string, WorkspaceActionEntry] => e[1].kind === "workspace");
const userActions = entries.filter((e): e is [string, UserActionEntry] => e[1].kind === "user");
const actionOf = (key: string): Action => {
  const action = discovered.get(key);
  if (!action) throw new Error(`${key} is in the table but was not found`);
  return action;
};
const rolesBelow = (minRole: Role) => ROLES.filter((role) => !hasRole(role, minRole));

// ---------------------------------------------------------------------------------------
// Snapshots: every row of every table that carries workspaceId, plus the workspace row.

let scopedTables: string[] = [];

async function snapshot(workspaceId: string) {
  const out: Record<string, string | null> = {};
  for (const table of ["Workspace", ...scopedTables]) {
    const column = table === "Workspace" ? "id" : "workspaceId";
    // Identifiers come from information_schema, never from input.
    const rows = await getDb().$queryRawUnsafe<{ rows: string | null }[]>(
      `SELECT json_agg(t ORDER BY t::text)::text AS rows FROM "${table}" t WHERE t."${column}" = $1`,
      workspaceId,
    );
    out[table] = rows[0].rows;
  }
  return out;
}

// ---------------------------------------------------------------------------------------

let A: Fixture;
let B: Fixture;
let sink: Awaited<ReturnType<typeof startSmtpSink>>;
const savedSmtpUrl = process.env.SMTP_URL;

beforeAll(async () => {
  sink = await startSmtpSink();
  process.env.SMTP_URL = sink.url;
  const tables = await getDb().$queryRaw<{ table_name: string }[]>`
    SELECT table_name FROM information_schema.columns
    WHERE table_schema = current_schema() AND column_name = 'workspaceId' ORDER BY table_name`;
  scopedTables = tables.map((t) => t.table_name);
  const usersFor = async (label: string) => {
    const [owner, editor, viewer] = await Promise.all(
      ROLES.map((role) => createUser(getDb(), { name: `${label}-${role}` })),
    );
    return { owner, editor, viewer };
  };
  const [usersA, usersB] = await Promise.all([usersFor("a"), usersFor("b")]);
  A = await buildFixture(usersA, "a");
  B = await buildFixture(usersB, "b");
});

afterAll(async () => {
  if (savedSmtpUrl === undefined) delete process.env.SMTP_URL;
  else process.env.SMTP_URL = savedSmtpUrl;
  await sink?.close();
});

/** Calls as `user` and asserts the result and that neither workspace changed. */
async function expectRefusedWithoutChange(user: User | null, call: () => Promise<ActionResultLike>, error: string) {
  const before = [await snapshot(A.workspace.id), await snapshot(B.workspace.id)];
  const result = await actAs(user, call);
  expect(result).toMatchObject({ ok: false, error });
  expect([await snapshot(A.workspace.id), await snapshot(B.workspace.id)]).toEqual(before);
}

describe("the matrix is complete", () => {
  it("finds the server modules", () => {
    expect(serverModules.map(rel)).toEqual(
      expect.arrayContaining(["lib/workspaces/actions.ts", "lib/members/actions.ts", "lib/accounts/actions.ts"]),
    );
  });

  it("lists every exported server action, and nothing that no longer exists", () => {
    const missing = [...discovered.keys()].filter((key) => !(key in ACTIONS));
    const stale = Object.keys(ACTIONS).filter((key) => !discovered.has(key));
    expect({ missing, stale }).toEqual({ missing: [], stale: [] });
  });

  it("matches each action's wrapper: workspace actions go through the gate with the listed role", () => {
    for (const [key, entry] of entries) {
      const action = actionOf(key);
      if (entry.kind === "workspace") {
        expect({ key, gated: action.isWorkspaceAction, minRole: action.minRole }).toEqual({
          key,
          gated: true,
          minRole: entry.minRole,
        });
      } else {
        expect({ key, gated: action.isWorkspaceAction }).toEqual({ key, gated: undefined });
      }
    }
  });

  it("keeps server actions in lib/: no other module or inline function uses 'use server'", () => {
    const offenders = [
      ...walk(path.join(ROOT, "app")),
      ...walk(path.join(ROOT, "components")),
      ...walk(path.join(ROOT, "lib"), skipLib).filter((file) => !serverModules.includes(file)),
    ].filter((file) => /["']use server["']/.test(readFileSync(file, "utf8")));
    expect(offenders.map(rel)).toEqual([]);
  });

  it("lists every workspace page", () => {
    expect([...pageFiles].sort()).toEqual(Object.keys(WORKSPACE_PAGES).sort());
  });

  it("lists every route handler", () => {
    expect([...routeFiles].sort()).toEqual(Object.keys(ROUTE_HANDLERS).sort());
  });

  it("snapshots every workspace-scoped table", () => {
    expect(scopedTables).toEqual(expect.arrayContaining(["Membership", "Invitation", "AuditLog"]));
  });
});

const run = (key: string, input: Input) => actionOf(key)(input);
const inputOf = (key: string, ws: Fixture) => (ACTIONS[key] as WorkspaceActionEntry).input(ws);
const workspaceKeys = workspaceActions.map(([key]) => key);

describe("workspace actions", () => {
  it.each(workspaceKeys)("%s: an owner of A gets NOT_FOUND for B, and B is unchanged", async (key) => {
    await expectRefusedWithoutChange(
      A.users.owner,
      () => run(key, { workspaceSlug: B.slug, ...inputOf(key, B) }),
      "NOT_FOUND",
    );
  });

  it.each(workspaceActions.filter(([, e]) => e.recordIds).map(([key]) => key))(
    "%s: a member of A naming B's records under A's slug gets NOT_FOUND (no id guessing)",
    async (key) => {
      await expectRefusedWithoutChange(
        A.users.owner,
        () => run(key, { workspaceSlug: A.slug, ...inputOf(key, B) }),
        "NOT_FOUND",
      );
    },
  );

  it.each(workspaceActions.flatMap(([key, e]) => rolesBelow(e.minRole).map((role) => [key, role] as const)))(
    "%s: B's %s gets FORBIDDEN, and nothing changes",
    async (key, role) => {
      await expectRefusedWithoutChange(
        B.users[role],
        () => run(key, { workspaceSlug: B.slug, ...inputOf(key, B) }),
        "FORBIDDEN",
      );
    },
  );

  it.each(workspaceKeys)("%s: a signed-out caller gets UNAUTHENTICATED", async (key) => {
    await expectRefusedWithoutChange(
      null,
      () => run(key, { workspaceSlug: B.slug, ...inputOf(key, B) }),
      "UNAUTHENTICATED",
    );
  });

  // The control: the same input works for a member with exactly the minimum role of the
  // workspace it belongs to, so the refusals above come from the gate, not from bad input.
  it.each(workspaceActions.map(([key, e]) => [key, e.minRole] as const))(
    "%s: works for the minimum role (%s) in its own workspace",
    async (key, minRole) => {
      const own = await buildFixture(A.users, `own-${key.split("#")[1]}`);
      const result = await actAs(own.users[minRole], () => run(key, { workspaceSlug: own.slug, ...inputOf(key, own) }));
      expect(result).toMatchObject({ ok: true });
    },
  );
});

describe.each(userActions)("%s", (key, entry) => {
  it(`an outsider of B aiming at B's data gets ${entry.probeError ?? "nothing of B"}, and B is unchanged`, async () => {
    if (entry.probeError) {
      await expectRefusedWithoutChange(A.users.owner, () => actionOf(key)(entry.crossTenantProbe(B)), entry.probeError);
      return;
    }
    const before = await snapshot(B.workspace.id);
    const result = await actAs(A.users.owner, () => actionOf(key)(entry.crossTenantProbe(B)));
    expect(result).toMatchObject({ ok: true });
    expect(JSON.stringify(result)).not.toContain(`"${B.slug}"`);
    expect(await snapshot(B.workspace.id)).toEqual(before);
  });

  it("a signed-out caller gets UNAUTHENTICATED", async () => {
    await expectRefusedWithoutChange(null, () => actionOf(key)(entry.crossTenantProbe(B)), "UNAUTHENTICATED");
  });
});

describe("workspace pages", () => {
  type PageProps = { params: Promise<Record<string, string>>; searchParams?: Promise<Record<string, string>>; children?: unknown };
  type PageModule = { default: (props: PageProps) => Promise<unknown> };
  const load = async (file: string) =>
    (await import(/* @vite-ignore */ path.join(ROOT, "app/(app)/w/[slug]", file))) as PageModule;

  /** Renders `file` for workspace `slug`, with the other params built from `records`. */
  async function outcome(user: User | null, file: string, slug: string, records: Fixture = B): Promise<string> {
    const page = await load(file);
    const params = { ...WORKSPACE_PAGES[file]?.params?.(records), slug };
    try {
      const element = await actAs(user, () => page.default({ params: Promise.resolve(params), searchParams: Promise.resolve({}), children: null }));
      return element ? "rendered" : "empty";
    } catch (error) {
      const digest = (error as { digest?: unknown }).digest;
      if (typeof digest === "string" && digest.startsWith("NEXT_HTTP_ERROR_FALLBACK;404")) return "404";
      if (typeof digest === "string" && digest.startsWith("NEXT_REDIRECT")) return `redirect:${digest.split(";")[2]}`;
      throw error;
    }
  }

  // The layout guards every page below it; each page must still guard itself, since
  // Next renders layouts and pages in parallel.
  const files = ["layout.tsx", ...Object.keys(WORKSPACE_PAGES)];
  const minRoleOf = (file: string): Role => WORKSPACE_PAGES[file]?.minRole ?? "viewer";
  const expectedFor = (file: string) => {
    const target = WORKSPACE_PAGES[file]?.redirectsTo?.(B);
    return target ? `redirect:${target}` : "rendered";
  };

  it.each(files)("%s: an owner of A gets 404 for B", async (file) => {
    expect(await outcome(A.users.owner, file, B.slug)).toBe("404");
  });

  it.each(files)("%s: 404 for a workspace that does not exist (same answer as for an outsider)", async (file) => {
    expect(await outcome(A.users.owner, file, "no-such-workspace")).toBe("404");
  });

  it.each(files)("%s: members of B below the page's role get 404, the others see it", async (file) => {
    for (const role of ROLES) {
      expect({ role, outcome: await outcome(B.users[role], file, B.slug) }).toEqual({
        role,
        outcome: hasRole(role, minRoleOf(file)) ? expectedFor(file) : "404",
      });
    }
  });

  const withRecordIds = files.filter((file) => WORKSPACE_PAGES[file]?.params && WORKSPACE_PAGES[file]?.recordIds !== false);
  if (withRecordIds.length > 0) {
    it.each(withRecordIds)("%s: an owner of A naming B's records under A's slug gets 404", async (file) => {
      expect(await outcome(A.users.owner, file, A.slug, B)).toBe("404");
    });
  }

  it.each(files)("%s: a signed-out visitor is sent to sign in", async (file) => {
    expect(await outcome(null, file, B.slug)).toBe(
      `redirect:/sign-in?callbackUrl=${encodeURIComponent(`/w/${B.slug}`)}`,
    );
  });
});

describe("workspace route handlers", () => {
  type Handler = { GET: (request: Request, ctx: { params: Promise<Record<string, string>> }) => Promise<Response> };
  const routes = Object.entries(ROUTE_HANDLERS).flatMap(([file, entry]) => (entry.kind === "workspace" ? [[file, entry] as const] : []));
  const call = async (file: string, user: User | null, url: string, params: Record<string, string>) => {
    const mod = (await import(/* @vite-ignore */ path.join(ROOT, file))) as Handler;
    return actAs(user, () => mod.GET(new Request(url), { params: Promise.resolve(params) }));
  };

  it.each(routes)("%s: an owner of A gets 404 for B, and nothing of B's data", async (file, entry) => {
    const response = await call(file, A.users.owner, entry.url(B), entry.params(B));
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain(B.workspace.name);
  });

  it.each(routes)("%s: an owner of A naming B's records under A's slug gets 404", async (file, entry) => {
    const params: Record<string, string> = { ...entry.params(B), slug: A.slug };
    if (!params.id) return;
    const response = await call(file, A.users.owner, entry.url(B).replace(B.slug, A.slug), params);
    expect(response.status).toBe(404);
  });

  it.each(routes)("%s: signed out gets 401; members from the minimum role get 200", async (file, entry) => {
    expect((await call(file, null, entry.url(B), entry.params(B))).status).toBe(401);
    for (const role of ROLES) {
      const status = (await call(file, B.users[role], entry.url(B), entry.params(B))).status;
      expect({ role, status }).toEqual({ role, status: hasRole(role, entry.minRole) ? 200 : 404 });
    }
  });
});
