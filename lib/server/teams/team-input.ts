// Request shapes for teams: the slug is their reference (`owner: team-ranking`) and never changes.
import { z } from "zod";
import { teamSlug } from "@/lib/domain/catalog-yaml/fields";

const teamName = z.string().trim().min(1, "Give the team a name.").max(200);
const teamDescription = z.string().trim().max(5000);

export const teamCreateSchema = z.object({ slug: teamSlug, name: teamName, description: teamDescription.default("") });

/** A partial update: a field left out keeps its stored value (no defaults here, or PUT would erase them). */
export const teamUpdateSchema = z.object({
  slug: teamSlug,
  name: teamName.optional(),
  description: teamDescription.optional(),
});
export const teamArchiveSchema = z.object({ slug: teamSlug, restore: z.boolean().default(false) });
