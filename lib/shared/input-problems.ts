import { findUnstorableCharacter, unstorableTextMessage } from "./storable-text";

// One walk over untrusted input (a server action's arguments, a parsed JSON file) that finds
// what would otherwise fail deep inside: text the database cannot store, nesting deep enough
// to overflow later recursive code, and keys that reach an object's prototype. Iterative on
// purpose: the walk itself must not overflow on the input it is meant to refuse.

export const MAX_NESTING = 64;
export const TOO_DEEP_MESSAGE = `The data is nested more than ${MAX_NESTING} levels deep`;
export const FORBIDDEN_KEYS = ["__proto__", "constructor", "prototype"] as const;
export const forbiddenKeyMessage = (key: string) => `"${key}" cannot be used as a name`;

export type InputPath = (string | number)[];
export type InputProblem = { path: InputPath; message: string };
export type InputRules = { maxNesting?: number; forbidPrototypeKeys?: boolean };

const isForbiddenKey = (key: string) => (FORBIDDEN_KEYS as readonly string[]).includes(key);

function textProblem(text: string, path: InputPath): InputProblem | null {
  const offset = findUnstorableCharacter(text);
  return offset < 0 ? null : { path, message: unstorableTextMessage(text, offset) };
}

/** The first problem found (depth first, in document order), or null when the value is safe to process. */
export function findInputProblem(value: unknown, rules: InputRules = {}): InputProblem | null {
  const maxNesting = rules.maxNesting ?? MAX_NESTING;
  const stack: { value: unknown; path: InputPath; key?: string }[] = [{ value, path: [] }];
  while (stack.length > 0) {
    const { value: current, path, key } = stack.pop()!;
    if (key !== undefined) {
      if (rules.forbidPrototypeKeys && isForbiddenKey(key)) return { path, message: forbiddenKeyMessage(key) };
      const problem = textProblem(key, path);
      if (problem) return problem;
    }
    if (typeof current === "string") {
      const problem = textProblem(current, path);
      if (problem) return problem;
      continue;
    }
    if (typeof current !== "object" || current === null || current instanceof Date) continue;
    // path.length is how many containers enclose this one; the root container is level 1.
    if (path.length >= maxNesting) return { path, message: TOO_DEEP_MESSAGE };
    // Pushed in reverse so the first entry is looked at first.
    if (Array.isArray(current)) {
      for (let i = current.length - 1; i >= 0; i--) stack.push({ value: current[i], path: [...path, i] });
    } else {
      const keys = Object.keys(current);
      for (let i = keys.length - 1; i >= 0; i--) {
        stack.push({ value: (current as Record<string, unknown>)[keys[i]], path: [...path, keys[i]], key: keys[i] });
      }
    }
  }
  return null;
}
