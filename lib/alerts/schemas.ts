import { z } from "zod";
import { ALERT_MODES } from "./modes";

export const alertPreferenceInput = z.object({
  mode: z.enum(ALERT_MODES, { error: "Choose off, immediately or weekly digest" }),
});
export type AlertPreferenceInput = z.infer<typeof alertPreferenceInput>;
