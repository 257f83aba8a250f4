"use server";

import { z } from "zod";
import { userAction } from "@/lib/actions/define-action";
import { loadPaletteIndex } from "./palette-index";

/** The command palette's index for the signed-in user; loaded when the palette first opens. */
export const loadPaletteIndexAction = userAction(z.object({}), (user) => loadPaletteIndex(user.id));
