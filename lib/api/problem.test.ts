import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { AppError, conflictError, invalidInput, notFoundError } from "@/lib/errors";
import { ApiProblem, problemOf, problemResponse } from "./problem";

describe("problem documents", () => {
  it("keeps the meaning and the field paths of application errors", () => {
    expect(problemOf(notFoundError()).status).toBe(404);
    expect(problemOf(new AppError("FORBIDDEN", "No")).status).toBe(403);
    expect(problemOf(new AppError("UNAUTHENTICATED", "Sign in")).status).toBe(401);
    const conflict = problemOf(conflictError("Taken", { slug: ["Taken"] }));
    expect([conflict.status, conflict.extras.errors]).toEqual([409, [{ path: "slug", message: "Taken" }]]);
    const invalid = problemOf(invalidInput("costs.1.month", "must be at most 120"));
    expect([invalid.status, invalid.extras.errors]).toEqual([422, [{ path: "costs.1.month", message: "must be at most 120" }]]);
  });

  it("names every wrong field of a zod error by its dotted path", () => {
    const error = z.object({ months: z.array(z.object({ cost: z.string() })) }).safeParse({ months: [{ cost: 1 }] }).error!;
    expect(problemOf(error).extras.errors).toEqual([{ path: "months.0.cost", message: expect.any(String) }]);
  });

  it("hides unexpected errors behind a 500", () => {
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    const problem = problemOf(new Error("connection string with password"));
    expect(problem.status).toBe(500);
    expect(problem.detail).not.toContain("password");
    vi.restoreAllMocks();
  });

  it("answers application/problem+json with its headers, translated for Dutch readers", async () => {
    const response = problemResponse(new ApiProblem("rate-limited", "Not found", { headers: { "Retry-After": "30" } }), "nl");
    expect(response.status).toBe(429);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    expect(response.headers.get("retry-after")).toBe("30");
    expect(await response.json()).toEqual({ type: "/docs/api#problem-rate-limited", title: "Too many requests", status: 429, detail: "Niet gevonden" });
  });
});
