import { z } from "zod";
import { fieldErrorsFromZod, toFailure } from "@/lib/actions/result";
import { AppError } from "@/lib/errors";
import type { UiLocale } from "@/lib/i18n/locales";
import { translateServerMessage } from "@/lib/i18n/server-messages";

// Every refusal of /api/v1 is an RFC 9457 problem document. `type` names the kind of
// problem (a fragment of the API reference that explains it), `errors` the fields, with
// the same dotted paths the UI and the engine use ("costs.1.month").

export const PROBLEM_TYPES = {
  "malformed-json": { status: 400, title: "Malformed JSON" },
  unauthenticated: { status: 401, title: "Unauthenticated" },
  forbidden: { status: 403, title: "Forbidden" },
  "not-found": { status: 404, title: "Not found" },
  conflict: { status: 409, title: "Conflict" },
  "precondition-failed": { status: 412, title: "Precondition failed" },
  "payload-too-large": { status: 413, title: "Payload too large" },
  "unsupported-media-type": { status: 415, title: "Unsupported media type" },
  "invalid-input": { status: 422, title: "Invalid input" },
  "idempotency-key-reused": { status: 422, title: "Idempotency key reused" },
  "precondition-required": { status: 428, title: "Precondition required" },
  "rate-limited": { status: 429, title: "Too many requests" },
  internal: { status: 500, title: "Internal error" },
} as const;
export type ProblemType = keyof typeof PROBLEM_TYPES;

export type FieldProblem = { path: string; message: string };
export type ProblemDocument = {
  type: string;
  title: string;
  status: number;
  detail: string;
  errors?: FieldProblem[];
  [extension: string]: unknown;
};

export const problemTypeUri = (type: ProblemType) => `/docs/api#problem-${type}`;

/** A refusal of an API request; thrown anywhere below the route handler and answered as a problem document. */
export class ApiProblem extends Error {
  constructor(
    readonly type: ProblemType,
    readonly detail: string,
    readonly extras: { errors?: FieldProblem[]; headers?: Record<string, string>; [key: string]: unknown } = {},
  ) {
    super(detail);
    this.name = "ApiProblem";
  }

  get status(): number {
    return PROBLEM_TYPES[this.type].status;
  }
}

const fieldProblems = (fieldErrors: Record<string, string[]>): FieldProblem[] =>
  Object.entries(fieldErrors).flatMap(([path, messages]) => messages.map((message) => ({ path: path === "_form" ? "" : path, message })));

/** The problem an error stands for: typed application errors keep their meaning and field paths, the rest is a 500 without details. */
export function problemOf(error: unknown): ApiProblem {
  if (error instanceof ApiProblem) return error;
  if (error instanceof z.ZodError) {
    return new ApiProblem("invalid-input", "Please correct the fields listed in errors", { errors: fieldProblems(fieldErrorsFromZod(error)) });
  }
  if (error instanceof AppError) {
    const errors = fieldProblems(error.fieldErrors);
    const extras = errors.length > 0 ? { errors } : {};
    switch (error.code) {
      case "UNAUTHENTICATED":
        return new ApiProblem("unauthenticated", error.message);
      case "FORBIDDEN":
        return new ApiProblem("forbidden", error.message);
      case "NOT_FOUND":
        return new ApiProblem("not-found", "Not found");
      case "CONFLICT":
        return new ApiProblem("conflict", error.message, extras);
      case "RATE_LIMITED":
        return new ApiProblem("rate-limited", error.message);
      case "INVALID_INPUT":
        return new ApiProblem("invalid-input", error.message, extras);
    }
  }
  const failure = toFailure(error); // logs it
  return new ApiProblem("internal", failure.message);
}

/** The problem as a response, in the reader's language where a translation exists. */
export function problemResponse(problem: ApiProblem, locale: UiLocale = "en"): Response {
  const { headers = {}, errors, ...extensions } = problem.extras;
  const body: ProblemDocument = {
    type: problemTypeUri(problem.type),
    title: PROBLEM_TYPES[problem.type].title,
    status: problem.status,
    detail: translateServerMessage(problem.detail, locale),
    ...extensions,
    ...(errors ? { errors: errors.map((e) => ({ path: e.path, message: translateServerMessage(e.message, locale) })) } : {}),
  };
  return new Response(JSON.stringify(body), {
    status: problem.status,
    headers: { "Content-Type": "application/problem+json", "Cache-Control": "no-store", ...headers },
  });
}
