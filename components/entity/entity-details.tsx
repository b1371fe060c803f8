// The entity's facts: owner, lifecycle and the fields its kind carries.
import type { ReactNode } from "react";
import Link from "next/link";
import { NotAllowed } from "@/components/ui/not-allowed";
import { Pencil } from "lucide-react";
import type { EntityDetail } from "@/lib/server/catalog/get-entity";
import { enumLabel } from "@/lib/domain/format/labels";
import { formatDate } from "@/lib/domain/format/date";
import { Card, CardHeader } from "@/components/ui/card";
import { TeamLink } from "./team-link";

type Row = [label: string, value: ReactNode];

const none = <span className="text-subtle">—</span>;
const text = (v: string | null | undefined) => (v ? v : none);
const yesNo = (v: boolean) => (v ? "Yes" : "No");

function kindRows(e: EntityDetail): Row[] {
  if (e.model)
    return [
      ["Task", text(e.model.task)],
      ["Serving", enumLabel(e.model.servingMode)],
      ["Framework", text(e.model.framework)],
      ["Calibrated outputs", yesNo(e.model.calibratedOutputs)],
      [
        "Training snapshot",
        e.model.trainingDataSnapshot ? (
          <code className="font-mono text-xs break-all">{e.model.trainingDataSnapshot}</code>
        ) : (
          none
        ),
      ],
    ];
  if (e.feature)
    return [
      ["Data type", enumLabel(e.feature.dataType)],
      ["Nullable", yesNo(e.feature.nullable)],
      ["Derivation", text(e.feature.derivation)],
    ];
  if (e.source)
    return [
      ["System", text(e.source.system)],
      ["Versioned", yesNo(e.source.versioned)],
      ["Data owner", text(e.source.dataOwner)],
      ["Freshness SLA", e.source.freshnessSlaHours === null ? none : `${e.source.freshnessSlaHours} h`],
      ["Last refreshed", formatDate(e.source.lastRefreshedAt)],
    ];
  if (e.consumer)
    return [
      ["Consumer type", enumLabel(e.consumer.consumerType)],
      ["Declared", e.consumer.declared ? "Yes" : <span className="text-danger">No — seen only in usage</span>],
    ];
  return [];
}

export function EntityDetails({
  entity,
  editHref = null,
  editRefusal = null,
}: {
  entity: EntityDetail;
  editHref?: string | null;
  /** Why the viewer may not edit (shown with a disabled Edit), when editHref is null. */
  editRefusal?: string | null;
}) {
  const rows: Row[] = [
    ["Owner", <TeamLink key="team" team={entity.team} />],
    ["Lifecycle", enumLabel(entity.lifecycle)],
    ...(entity.tags.length ? ([["Tags", entity.tags.join(", ")]] as Row[]) : []),
    ...kindRows(entity),
    ["Created", formatDate(entity.createdAt)],
    ["Updated", formatDate(entity.updatedAt)],
    ...(entity.archivedAt ? ([["Archived", formatDate(entity.archivedAt)]] as Row[]) : []),
  ];
  return (
    <Card>
      <CardHeader
        title="Details"
        action={
          editHref ? (
            <Link
              href={editHref}
              className="inline-flex items-center gap-1 font-medium text-accent hover:text-accent-hover"
            >
              <Pencil aria-hidden className="size-3.5" />
              Edit
            </Link>
          ) : editRefusal ? (
            <NotAllowed
              reason={editRefusal}
              buttonClassName="inline-flex h-6 items-center gap-1 font-medium text-muted"
            >
              <Pencil aria-hidden className="size-3.5" />
              Edit
            </NotAllowed>
          ) : null
        }
      />
      <dl className="divide-y divide-border border-t border-border">
        {rows.map(([label, value]) => (
          <div key={label} className="grid grid-cols-[120px_1fr] gap-3 px-5 py-2.5 text-[13px]">
            <dt className="text-muted">{label}</dt>
            <dd className="min-w-0 break-words text-foreground">{value}</dd>
          </div>
        ))}
      </dl>
    </Card>
  );
}
