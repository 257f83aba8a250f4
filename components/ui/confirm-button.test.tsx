// Server-side renders of the in-place confirmation, closed and open, in both languages; and its state steps.
import { NextIntlClientProvider } from "next-intl";
import type { ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import en from "@/lib/i18n/messages/en.json";
import nl from "@/lib/i18n/messages/nl.json";
import { ConfirmButton, ConfirmPrompt, nextConfirmState, type ConfirmState } from "./confirm-button";

const render = (element: ReactElement, locale: "en" | "nl" = "en") =>
  renderToStaticMarkup(
    <NextIntlClientProvider locale={locale} messages={locale === "en" ? en : nl} timeZone="Europe/Amsterdam">
      {element}
    </NextIntlClientProvider>,
  );
const text = (html: string) => html.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ").trim();
const idsOf = (html: string) => [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
const noop = () => undefined;
const prompt = (overrides: Partial<Parameters<typeof ConfirmPrompt>[0]> = {}) => (
  <ConfirmPrompt questionId="q1" question="Delete “CRM”?" confirmLabel="Yes, delete" danger pending={false} error={null} onConfirm={noop} onCancel={noop} {...overrides} />
);

describe("ConfirmButton, closed", () => {
  it("is one button with its own accessible name, asking nothing yet", () => {
    const html = render(<ConfirmButton label="Delete" triggerAriaLabel="Delete KPI “CAC”" question="Delete KPI “CAC”?" confirmLabel="Yes, delete" tone="danger" onConfirm={async () => ({ ok: true })} />);
    expect(html.match(/<button/g)).toHaveLength(1);
    expect(html).toContain('type="button"');
    expect(html).toContain('aria-label="Delete KPI “CAC”"');
    expect(text(html)).toBe("Delete");
    expect(html).not.toContain('role="group"');
    expect(html).not.toContain("Delete KPI “CAC”?");
    expect(html).toContain("text-red-700");
    expect(html).toContain("focus-visible:ring-2");
  });

  it("can be disabled while something else runs", () => {
    const html = render(<ConfirmButton label="Approve plan" question="?" confirmLabel="Yes" tone="primary" disabled onConfirm={async () => undefined} />);
    expect(html).toMatch(/<button[^>]*disabled=""/);
    expect(html).toContain("bg-blue-700");
  });
});

describe("ConfirmPrompt (the open question)", () => {
  it("is a group labelled by its question, with confirm and a common Cancel", () => {
    const html = render(prompt());
    expect(html).toMatch(/role="group" aria-labelledby="q1"/);
    expect(html).toMatch(/<p id="q1"[^>]*>Delete “CRM”\?<\/p>/);
    expect(text(html)).toBe("Delete “CRM”? Yes, delete Cancel");
    expect(text(render(prompt(), "nl"))).toBe("Delete “CRM”? Yes, delete Annuleren");
    expect(html).toContain("bg-red-700");
    expect(html).not.toContain('role="alert"');
    expect(html).not.toContain('disabled=""');
  });

  it("uses the plain colour when not dangerous", () => {
    const html = render(prompt({ danger: false }));
    expect(html).toContain("bg-blue-700");
    expect(html).not.toContain("bg-red-700");
  });

  it("shows a pending confirm as busy, and neither button can be pressed twice", () => {
    const html = render(prompt({ pending: true }));
    expect(html).toMatch(/<button[^>]*disabled=""[^>]*aria-busy="true"[^>]*>Yes, delete/);
    expect(html.match(/disabled=""/g)).toHaveLength(2);
  });

  it("shows a refusal as an alert inside the question", () => {
    const html = render(prompt({ error: "Someone changed this rate meanwhile" }));
    expect(html).toMatch(/<p role="alert"[^>]*>Someone changed this rate meanwhile<\/p>/);
    expect(html.indexOf('role="alert"')).toBeGreaterThan(html.indexOf('role="group"'));
  });

  it("gives two open questions on one page distinct ids when the ids come from useId", () => {
    const Two = () => (
      <>
        <ConfirmButton label="Delete" question="A?" confirmLabel="Yes" onConfirm={async () => undefined} />
        <ConfirmButton label="Delete" question="B?" confirmLabel="Yes" onConfirm={async () => undefined} />
      </>
    );
    // Closed, they carry no ids at all: nothing to collide.
    expect(idsOf(render(<Two />))).toEqual([]);
  });
});

describe("nextConfirmState", () => {
  const idle: ConfirmState = { kind: "idle" };
  const asking: ConfirmState = { kind: "asking", error: null };

  it("opens, cancels and closes on success", () => {
    expect(nextConfirmState(idle, { type: "ask" })).toEqual(asking);
    expect(nextConfirmState(asking, { type: "cancel" })).toEqual(idle);
    expect(nextConfirmState(asking, { type: "settled", outcome: { ok: true } })).toEqual(idle);
    expect(nextConfirmState(asking, { type: "settled", outcome: undefined })).toEqual(idle);
  });

  it("stays open with the message on a refusal, and a new ask clears it", () => {
    const refused = nextConfirmState(asking, { type: "settled", outcome: { ok: false, message: "Not allowed" } });
    expect(refused).toEqual({ kind: "asking", error: "Not allowed" });
    expect(nextConfirmState(refused, { type: "ask" })).toEqual(asking);
    expect(nextConfirmState(refused, { type: "cancel" })).toEqual(idle);
  });

  it("ignores an answer arriving after the question was cancelled", () => {
    expect(nextConfirmState(idle, { type: "settled", outcome: { ok: false, message: "late" } })).toEqual(idle);
  });
});
