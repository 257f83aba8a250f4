"use server";

import { workspaceAction } from "@/lib/actions/define-action";
import { createEndpoint, deleteEndpoint, revealEndpointSecret, rotateEndpointSecret, sendTestEvent, setEndpointEnabled } from "./mutations";
import { createEndpointInput, endpointRef, setEndpointEnabledInput } from "./schemas";

// Webhooks are an owner's business: a URL receives the workspace's figures, and the secret
// proves that they came from us.

export const createWebhookEndpointAction = workspaceAction(createEndpointInput, "owner", (ctx, input) => createEndpoint(ctx, input));
export const rotateWebhookSecretAction = workspaceAction(endpointRef, "owner", (ctx, input) => rotateEndpointSecret(ctx, input.endpointId));
export const revealWebhookSecretAction = workspaceAction(endpointRef, "owner", (ctx, input) => revealEndpointSecret(ctx, input.endpointId));
export const setWebhookEndpointEnabledAction = workspaceAction(setEndpointEnabledInput, "owner", (ctx, input) => setEndpointEnabled(ctx, input));
export const deleteWebhookEndpointAction = workspaceAction(endpointRef, "owner", (ctx, input) => deleteEndpoint(ctx, input.endpointId));
export const sendWebhookTestEventAction = workspaceAction(endpointRef, "owner", (ctx, input) => sendTestEvent(ctx, input.endpointId));
