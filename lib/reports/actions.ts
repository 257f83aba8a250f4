"use server";

import { z } from "zod";
import { workspaceAction } from "@/lib/actions/define-action";
import { generateReport, removeLogo, uploadLogo } from "./mutations";
import { generateReportInput, uploadLogoInput } from "./schemas";

export const generateReportAction = workspaceAction(generateReportInput, "editor", (ctx, input) => generateReport(ctx, input));
export const uploadLogoAction = workspaceAction(uploadLogoInput, "owner", (ctx, input) => uploadLogo(ctx, input.dataUrl));
export const removeLogoAction = workspaceAction(z.object({}), "owner", (ctx) => removeLogo(ctx));
