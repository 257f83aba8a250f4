// The choices a member has for value-leak e-mails, per workspace. Free of imports so the
// form (a client component) and the server share one list.
export const ALERT_MODES = ["off", "immediate", "weekly"] as const;
export type AlertMode = (typeof ALERT_MODES)[number];

/** Nobody is mailed unless they asked for it. */
export const DEFAULT_ALERT_MODE: AlertMode = "off";

export const isAlertMode = (value: unknown): value is AlertMode => (ALERT_MODES as readonly unknown[]).includes(value);
