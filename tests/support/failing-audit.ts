// Fails a write at its very end, after its event was recorded: the database refuses the
// audit entry of the given actions, but only once an event naming the audited entity is
// there (in the write's own transaction, since the entity is new to the events). A test can
// then check that the rollback took the event along — and, because the refusal needs the
// event, that the event really had been written. Only this test file's database is touched
// (each integration file has its own), and only while `work` runs.
import { getDb } from "@/lib/db/client";

export async function withAuditRefusedAfterEvent<T>(actions: string[], work: () => Promise<T>): Promise<T> {
  const db = getDb();
  const list = actions.map((a) => `'${a.replace(/'/g, "''")}'`).join(", ");
  await db.$executeRawUnsafe(`CREATE OR REPLACE FUNCTION test_refuse_audit() RETURNS trigger AS $$
    BEGIN
      IF NEW.action IN (${list}) AND EXISTS (
        SELECT 1 FROM "WorkspaceEvent" e WHERE e."workspaceId" = NEW."workspaceId" AND position(NEW."entityId" IN e.data::text) > 0
      ) THEN
        RAISE EXCEPTION 'audit entry refused by the test';
      END IF;
      RETURN NEW;
    END $$ LANGUAGE plpgsql`);
  await db.$executeRawUnsafe(`CREATE TRIGGER test_refuse_audit BEFORE INSERT ON "AuditLog" FOR EACH ROW EXECUTE FUNCTION test_refuse_audit()`);
  try {
    return await work();
  } finally {
    await db.$executeRawUnsafe(`DROP TRIGGER IF EXISTS test_refuse_audit ON "AuditLog"`);
    await db.$executeRawUnsafe(`DROP FUNCTION IF EXISTS test_refuse_audit()`);
  }
}
