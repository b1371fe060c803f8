// Request shapes for teams: the slug is their reference (`owner: team-ranking`) and never changes.
import "server-only";
import { z } from "zod";
import { teamSlug } from "@/lib/domain/catalog-yaml/fields";

export const teamCreateSchema = z.object({
  slug: teamSlug,
  name: z.string().trim().min(1, "Give the team a name.").max(200),
  description: z.string().trim().max(5000).default(""),
});

export const teamUpdateSchema = teamCreateSchema.partial({ description: true });
export const teamArchiveSchema = z.object({ slug: teamSlug, restore: z.boolean().default(false) });
