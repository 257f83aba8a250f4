import { getDb } from "@/lib/db/client";

export type Health = { status: "ok" | "degraded"; app: "ok"; database: "ok" | "unreachable"; time: string };

export async function checkHealth(): Promise<Health> {
  const time = new Date().toISOString();
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    await Promise.race([
      getDb().$queryRaw`SELECT 1`,
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error("timeout")), 3000);
      }),
    ]);
    return { status: "ok", app: "ok", database: "ok", time };
  } catch {
    return { status: "degraded", app: "ok", database: "unreachable", time };
  } finally {
    clearTimeout(timer);
  }
}
