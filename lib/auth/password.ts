import bcrypt from "bcryptjs";
import { z } from "zod";

const COST = Number.parseInt(process.env.BCRYPT_COST ?? "11", 10);

/** bcrypt reads only the first 72 bytes (UTF-8) of a password; anything after would be ignored silently. */
export const MAX_PASSWORD_BYTES = 72;
export const PASSWORD_TOO_LONG_MESSAGE = "Password must be at most 72 bytes (about 72 letters; fewer with accents or emoji)";
const fitsBcrypt = (value: string) => value.length <= MAX_PASSWORD_BYTES && new TextEncoder().encode(value).byteLength <= MAX_PASSWORD_BYTES;

export const passwordRule = z
  .string()
  .min(10, "Password must be at least 10 characters")
  .refine(fitsBcrypt, PASSWORD_TOO_LONG_MESSAGE)
  .refine((value) => /[A-Za-z]/.test(value) && /\d/.test(value), "Password must contain a letter and a digit");

export const hashPassword = (password: string) => bcrypt.hash(password, COST);
export const verifyPassword = (password: string, hash: string) => bcrypt.compare(password, hash);
