// Server-side renders of the small-screen actuals: the month form with visible labels and
// its save results, the viewer's card, and the table as the server (desktop) snapshot.
import { NextIntlClientProvider } from "next-intl";
import type { ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import type { GridRow } from "@/lib/actuals/grid";
import type { ActualsPageData } from "@/lib/actuals/queries";
import en from "@/lib/i18n/messages/en.json";
import nl from "@/lib/i18n/messages/nl.json";
import type { KpiView } from "@/lib/kpis/queries";
import { ActualsGrid } from "./actuals-grid";
import { MonthCard } from "./month-card";
import { MonthForm } from "./month-form";
import { initialValues, isDirty, sourceOf, type RowValues } from "./row-model";
import type { RowStatus, useActualsGrid } from "./use-actuals-grid";

vi.mock("next/navigation", () => ({ useRouter: () => ({ refresh: () => {} }) }));
vi.mock("@/lib/actuals/actions", () => ({ saveActualsAction: vi.fn(), deleteActualsAction: vi.fn() }));

function render(locale: "en" | "nl", element: ReactElement) {
  const html = renderToStaticMarkup(
    <NextIntlClientProvider locale={locale} messages={locale === "en" ? en : nl} timeZone="Europe/Amsterdam">
      {element}
    </NextIntlClientProvider>,
  );
  return html.replace(/\u00a0|\u202f/g, " ");
}
const text = (html: string) => html.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ");

const kpis: KpiView[] = [
  {
    id: "k1",
    name: "Tickets",
    unit: "#",
    baseline: null,
    baselineDate: null,
    target: null,
    direction: "down",
    measurements: [],
  },
];
const missing: GridRow = {
  period: "2026-02",
  monthNumber: 2,
  status: "missing",
  actual: null,
  forecast: { cost: 150, benefit: 900 },
  kpis: { k1: null },
};
const recorded: GridRow = {
  ...missing,
  period: "2026-01",
  monthNumber: 1,
  status: "recorded",
  actual: {
    period: "2026-01",
    cost: "1234.50",
    benefit: "900.00",
    benefitByDriver: null,
    note: "From the books",
    revision: 1,
    recordedByName: "Sam",
    updatedAt: "2026-01-31T09:00:00.000Z",
    planVersion: 1,
  },
  kpis: { k1: { value: "95", carried: false } },
};

/** The grid state a form reads, without React: the row's values (edited or not) and its status. */
function fakeGrid(status: RowStatus, edit?: (values: RowValues) => RowValues, locale: "en" | "nl" = "en") {
  const rowState = (row: GridRow) => {
    const source = sourceOf(row, ["k1"], undefined);
    const initial = initialValues(source, [], locale);
    const values = edit ? edit(initial) : initial;
    return { source, initial, values, dirty: isDirty(values, initial), status };
  };
  const noop = () => {};
  return {
    rowState,
    change: noop,
    revert: noop,
    save: noop,
    overwrite: noop,
    keepTheirs: noop,
    remove: async () => {},
  };
}
type Grid = ReturnType<typeof useActualsGrid>;

const form = (locale: "en" | "nl", row: GridRow, grid: Grid) =>
  render(
    locale,
    <MonthForm
      row={row}
      index={1}
      grid={grid}
      kpis={kpis}
      drivers={[]}
      locale={locale}
      currency="EUR"
      planVersion={1}
      helpId="help"
    />,
  );

describe("MonthForm", () => {
  it("labels every field visibly, with the forecast as the amount's hint", () => {
    const html = form("en", missing, fakeGrid({ kind: "idle" }));
    for (const label of ["Actual cost", "Actual benefit", "Tickets (#)", "Note"]) {
      expect(html).toMatch(new RegExp(`<label for="[^"]+"[^>]*>${label.replace(/[()]/g, "\\$&")}</label>`));
    }
    expect(html).not.toContain('aria-label="Actual cost');
    const costHint = html.match(/id="([^"]+-cost-forecast)"/)?.[1];
    expect(costHint).toBeTruthy();
    expect(html).toContain(`aria-describedby="${costHint}"`);
    expect(text(html)).toContain("forecast €150.00");
    expect(text(html)).toContain("Missing");
    // Nothing changed yet: nothing to save.
    expect(html).toMatch(/<button type="submit" disabled=""[^>]*aria-label="Save February 2026"/);
  });

  it("speaks Dutch, amounts in Dutch notation", () => {
    const html = form("nl", recorded, fakeGrid({ kind: "idle" }, undefined, "nl"));
    expect(html).toMatch(/<label for="[^"]+"[^>]*>Werkelijke kosten<\/label>/);
    expect(html).toContain('value="1.234,50"');
    expect(text(html)).toContain("door Sam");
  });

  it("shows an unsaved edit as such, with Save enabled", () => {
    const html = form(
      "en",
      missing,
      fakeGrid({ kind: "idle" }, (v) => ({ ...v, cost: "12" })),
    );
    expect(text(html)).toContain("Unsaved changes");
    expect(html).toMatch(/<button type="submit"(?![^>]*disabled="")[^>]*aria-label="Save February 2026"/);
  });

  it("shows the save result in words, and a failed field at the field", () => {
    expect(text(form("en", recorded, fakeGrid({ kind: "saved" })))).toContain("January 2026 saved");
    const failed = form(
      "en",
      missing,
      fakeGrid({ kind: "error", message: "Check the highlighted fields", fieldErrors: { cost: ["Not a number"] } }),
    );
    expect(text(failed)).toContain("February 2026 was not saved: Check the highlighted fields");
    expect(failed).toMatch(/aria-invalid="true" aria-describedby="[^"]+-cost-error /);
    expect(text(failed)).toContain("Not a number");
  });

  it("shows the conflict panel when someone else saved the month first", () => {
    const conflict: RowStatus = {
      kind: "conflict",
      conflict: {
        month: "2026-01",
        yours: { cost: "10.00", benefit: "0.00", benefitByDriver: null, note: "", kpiValues: {}, baseRevision: 1 },
        theirs: {
          month: "2026-01",
          cost: "20.00",
          benefit: "0.00",
          benefitByDriver: null,
          note: "",
          kpiValues: {},
          revision: 2,
          recordedByName: "Otto",
          updatedAt: "2026-02-01T09:00:00.000Z",
          planVersion: 1,
        },
        theirKpiValues: {},
      },
      payload: {
        workspaceSlug: "acme",
        investmentId: "inv",
        month: "2026-01",
        locale: "en",
        cost: "10",
        benefit: "0",
        benefitByDriver: null,
        note: "",
        kpiValues: {},
        kpiBase: {},
        baseRevision: 1,
      },
    };
    const shown = text(form("en", recorded, fakeGrid(conflict)));
    expect(shown).toContain("January 2026 was changed by someone else");
    expect(shown).toContain("Keep theirs");
    expect(shown).toContain("Overwrite with mine");
  });
});

describe("MonthCard", () => {
  it("shows a viewer the month's figures, nothing to edit", () => {
    const html = render("en", <MonthCard row={recorded} kpis={kpis} locale="en" currency="EUR" titleId="title" />);
    expect(html).not.toContain("<input");
    expect(text(html)).toContain("Actual cost €1,234.50 forecast €150.00");
    expect(text(html)).toContain("Tickets (#) 95 #");
    expect(text(html)).toContain("From the books");
  });
});

describe("ActualsGrid", () => {
  const data = {
    investment: {
      id: "inv",
      name: "Courier app",
      currency: "EUR",
      status: "active",
      startMonth: "2026-01",
      horizonMonths: 12,
    },
    planVersion: 1,
    drivers: [],
    kpis,
    grid: { rows: [recorded, missing], hiddenRecordedMonths: [] },
  } as unknown as ActualsPageData;

  it("renders the table on the server, so wide screens never flash the month form", () => {
    const html = render("en", <ActualsGrid slug="acme" data={data} editable currentPeriod="2026-02" />);
    expect(html).toContain('data-testid="actuals-grid"');
    expect(html).not.toContain('data-testid="actuals-month-form"');
    expect(html).not.toContain('data-testid="unsaved-months"');
  });
});
