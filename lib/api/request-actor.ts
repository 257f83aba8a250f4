import { AsyncLocalStorage } from "node:async_hooks";

/** The API token a request is acting as. */
export type ApiActor = { tokenId: string; tokenName: string };

const storage = new AsyncLocalStorage<ApiActor>();

/**
 * Runs an API request's work as its token, so every audit entry written on the way names
 * the token (recordAudit reads it) without each mutation having to pass it along.
 */
export function actAsApiToken<T>(actor: ApiActor, work: () => Promise<T>): Promise<T> {
  return storage.run(actor, work);
}

/** The token the current request acts as; undefined for the UI and jobs. */
export function currentApiActor(): ApiActor | undefined {
  return storage.getStore();
}
