import { getDb } from "@/lib/db/client";
import { DEFAULT_ALERT_MODE, isAlertMode, type AlertMode } from "./modes";

/** A member's own choice for this workspace; members who never chose get no e-mail. */
export async function getAlertPreference(workspaceId: string, userId: string): Promise<{ mode: AlertMode }> {
  const preference = await getDb().alertPreference.findUnique({
    where: { workspaceId_userId: { workspaceId, userId } },
    select: { mode: true },
  });
  return { mode: isAlertMode(preference?.mode) ? preference.mode : DEFAULT_ALERT_MODE };
}
