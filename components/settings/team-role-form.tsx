"use client";
// One team's row on a person's page: not in the team, member, or maintainer.
import { useState } from "react";
import { useFormAction } from "./use-form-action";
import { changeTeamRole } from "@/lib/server/members/actions";
import { secondaryButton, selectClass } from "@/components/ui/controls";
import { FormMessage } from "./form-message";

export function TeamRoleForm({
  userId,
  team,
  role,
}: {
  userId: string;
  team: { id: string; name: string };
  role: "MAINTAINER" | "MEMBER" | null;
}) {
  const [state, onSubmit, pending] = useFormAction(changeTeamRole, { ok: false });
  const [selected, setSelected] = useState<string>(role ?? "NONE");
  return (
    <form onSubmit={onSubmit} className="flex flex-wrap items-center justify-end gap-2">
      <input type="hidden" name="userId" value={userId} />
      <input type="hidden" name="teamId" value={team.id} />
      <FormMessage state={state} className="mr-1" />
      <label className="sr-only" htmlFor={`role-${team.id}`}>
        Role in {team.name}
      </label>
      <select
        id={`role-${team.id}`}
        name="role"
        value={selected}
        onChange={(e) => setSelected(e.target.value)}
        className={`${selectClass} w-44`}
      >
        <option value="NONE">Not in team</option>
        <option value="MEMBER">Member</option>
        <option value="MAINTAINER">Maintainer</option>
      </select>
      <button type="submit" disabled={pending} className={secondaryButton} aria-label={`Save role in ${team.name}`}>
        {pending ? "Saving…" : "Save"}
      </button>
    </form>
  );
}
