import { z } from "zod";
import { defineOperation } from "../operation";
import { slugParams } from "../schemas";

const workspaceBody = z
  .object({
    slug: z.string(),
    name: z.string(),
    currency: z.string().meta({ description: "The workspace's reporting currency (ISO 4217)", example: "EUR" }),
    locale: z.string().meta({ example: "nl-NL" }),
    token: z.object({
      name: z.string(),
      scope: z.enum(["read", "write"]),
      role: z.enum(["owner", "editor", "viewer"]).meta({ description: "The role the token acts with: its creator's, at most viewer for a read token" }),
    }),
  })
  .meta({ id: "Workspace" });

export const getWorkspace = defineOperation({
  operationId: "getWorkspace",
  method: "get",
  path: "/workspaces/{slug}",
  tag: "Workspace",
  summary: "The workspace this token belongs to",
  description: "Its name, reporting currency and locale, and what the token may do there.",
  access: "read",
  minRole: "viewer",
  params: slugParams,
  responses: { 200: { description: "The workspace", schema: workspaceBody } },
  curl: 'curl -H "Authorization: Bearer $REALISED_TOKEN" http://localhost:3000/api/v1/workspaces/acme-retail',
  handle: async ({ ctx }) => ({
    body: {
      slug: ctx.workspace.slug,
      name: ctx.workspace.name,
      currency: ctx.workspace.currency,
      locale: ctx.workspace.locale,
      token: { name: ctx.apiToken!.name, scope: ctx.apiToken!.scope, role: ctx.role },
    },
  }),
});
