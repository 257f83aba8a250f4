import bcrypt from "bcryptjs";
import { z } from "zod";

const COST = Number.parseInt(process.env.BCRYPT_COST ?? "11", 10);

export const passwordRule = z
  .string()
  .min(10, "Password must be at least 10 characters")
  .max(200, "Password must be at most 200 characters")
  .refine((value) => /[A-Za-z]/.test(value) && /\d/.test(value), "Password must contain a letter and a digit");

export const hashPassword = (password: string) => bcrypt.hash(password, COST);
export const verifyPassword = (password: string, hash: string) => bcrypt.compare(password, hash);
