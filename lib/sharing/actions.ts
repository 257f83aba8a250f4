"use server";

import { workspaceAction } from "@/lib/actions/define-action";
import { createShareLink, revokeShareLink } from "./mutations";
import { createShareLinkInput, shareLinkRef } from "./schemas";

export const createShareLinkAction = workspaceAction(createShareLinkInput, "editor", (ctx, input) => createShareLink(ctx, input));
export const revokeShareLinkAction = workspaceAction(shareLinkRef, "editor", (ctx, input) => revokeShareLink(ctx, input.shareLinkId));
