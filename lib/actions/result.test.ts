import { afterEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { AppError, conflictError, invalidInput } from "@/lib/errors";
import { fieldErrorsFromZod, formDataToObject, toFailure } from "./result";

afterEach(() => vi.restoreAllMocks());

describe("fieldErrorsFromZod", () => {
  it("keys messages by dotted path, collecting several per field", () => {
    const schema = z.object({
      name: z.string().min(1, "Name is required"),
      lines: z.array(z.object({ amount: z.number({ message: "Amount must be a number" }) })),
      password: z.string().min(10, "Too short").regex(/\d/, "Needs a digit"),
    });
    const result = schema.safeParse({ name: "", lines: [{ amount: 1 }, { amount: "x" }], password: "abc" });
    expect(result.success).toBe(false);
    expect(fieldErrorsFromZod(result.error!)).toEqual({
      name: ["Name is required"],
      "lines.1.amount": ["Amount must be a number"],
      password: ["Too short", "Needs a digit"],
    });
  });

  it("puts errors about the whole input under _form", () => {
    const schema = z.string({ message: "Expected text" });
    const result = schema.safeParse(42);
    expect(fieldErrorsFromZod(result.error!)).toEqual({ _form: ["Expected text"] });
  });
});

describe("toFailure", () => {
  it("passes typed application errors through with their field errors", () => {
    expect(toFailure(conflictError("Taken", { slug: ["Taken"] }))).toEqual({
      ok: false,
      error: "CONFLICT",
      message: "Taken",
      fieldErrors: { slug: ["Taken"] },
    });
    expect(toFailure(invalidInput("confirmSlug", "Type the slug"))).toMatchObject({
      error: "INVALID_INPUT",
      fieldErrors: { confirmSlug: ["Type the slug"] },
    });
    expect(toFailure(new AppError("NOT_FOUND", "Not found"))).toMatchObject({ error: "NOT_FOUND", fieldErrors: {} });
  });

  it("turns a zod error into INVALID_INPUT naming the fields", () => {
    const error = z
      .object({ email: z.string().email("Enter a valid e-mail address") })
      .safeParse({ email: "nope" }).error!;
    expect(toFailure(error)).toEqual({
      ok: false,
      error: "INVALID_INPUT",
      message: "Please correct the highlighted fields",
      fieldErrors: { email: ["Enter a valid e-mail address"] },
    });
  });

  it("hides the details of unexpected errors and logs them instead", () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const secret = new Error('relation "User" column "passwordHash" at /srv/app/lib/db.ts:12');
    const failure = toFailure(secret);
    expect(failure).toEqual({
      ok: false,
      error: "INTERNAL",
      message: "Something went wrong on our side. Please try again.",
      fieldErrors: {},
    });
    expect(JSON.stringify(failure)).not.toMatch(/passwordHash|srv|relation/);
    expect(log).toHaveBeenCalledWith("[action] unexpected error", secret);
    expect(toFailure("a thrown string").message).toBe("Something went wrong on our side. Please try again.");
    expect(toFailure(undefined).error).toBe("INTERNAL");
  });

  it("says so when the database cannot be reached", () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const failure = toFailure(new Error("connect ECONNREFUSED 127.0.0.1:5432"));
    expect(failure.error).toBe("INTERNAL");
    expect(failure.message).toBe("The database is not reachable right now. Please try again in a moment.");
    expect(failure.message).not.toContain("127.0.0.1");
  });
});

describe("formDataToObject", () => {
  it("keeps string fields and drops Next's $ACTION fields and files", () => {
    const form = new FormData();
    form.set("name", "Bakkerij");
    form.set("$ACTION_ID_abc", "");
    form.set("upload", new Blob(["x"]), "x.txt");
    expect(formDataToObject(form)).toEqual({ name: "Bakkerij" });
  });
});
