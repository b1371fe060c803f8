// The dbt pipeline signals of an entity imported from a dbt manifest: each number with the
// sentence that says what it counts and the dbt nodes that make it (linked when catalogued).
// Nothing is shown for entities the dbt connector did not import.
import { Fragment } from "react";
import { connection } from "next/server";
import clsx from "clsx";
import { getPipelineSignals, type PipelineSignals } from "@/lib/server/connectors/dbt/get-pipeline-signals";
import { explainSignals, type SignalLine } from "@/lib/domain/connectors/dbt/explain";
import { formatCount } from "@/lib/domain/format/number";
import { formatDate } from "@/lib/domain/format/date";
import { Card, CardHeader } from "@/components/ui/card";
import { EntityLink } from "./entity-link";

/** Lists longer than this fold behind a summary that says how many. */
const INLINE = 6;

function Node({ id, p }: { id: string; p: PipelineSignals }) {
  const e = p.entities.get(id);
  return e ? (
    <EntityLink kind={e.kind} name={e.name} showIcon={false} className="inline-flex" />
  ) : (
    <code className="font-mono text-xs break-all text-foreground" title="Not in the catalogue (skipped on import)">
      {id}
    </code>
  );
}

function Nodes({ line, p }: { line: SignalLine; p: PipelineSignals }) {
  if (line.nodes.length === 0) return null;
  const chain = line.key === "depth";
  const items = (
    <span className="flex flex-wrap items-center gap-x-1.5 gap-y-1">
      {line.nodes.map((id, i) => (
        <Fragment key={id}>
          {i > 0 ? <span className="text-subtle">{chain ? "→" : "·"}</span> : null}
          <Node id={id} p={p} />
        </Fragment>
      ))}
      {chain ? <span className="text-subtle">→ this table</span> : null}
      {!chain && line.value > line.nodes.length ? (
        <span className="text-subtle">and {formatCount(line.value - line.nodes.length)} more</span>
      ) : null}
    </span>
  );
  if (line.nodes.length <= INLINE) return <div className="mt-1">{items}</div>;
  return (
    <details className="mt-1">
      <summary className="cursor-pointer text-accent">
        {chain ? "Show the chain" : `Show the ${formatCount(line.value)}`}
      </summary>
      <div className="mt-1">{items}</div>
    </details>
  );
}

export async function EntityPipelineSignals({ entityId }: { entityId: string }) {
  await connection();
  const p = await getPipelineSignals({ entityId });
  if (!p) return null;
  const lines = explainSignals(p.signals, p.scale);
  return (
    <Card>
      <CardHeader
        title="Pipeline (dbt)"
        description={`Counted over the dbt project ${p.project}: its sources, seeds, models, snapshots and exposures, joined by depends_on.`}
      />
      <dl className="divide-y divide-border border-t border-border">
        {lines.map((line) => (
          <div
            key={line.key}
            className="grid grid-cols-[1fr_auto] gap-x-3 gap-y-1 px-5 py-2.5 text-[13px] sm:grid-cols-[130px_48px_1fr]"
          >
            <dt className="text-muted">{line.label}</dt>
            <dd
              className={clsx("text-right font-semibold tabular", line.attention ? "text-warning" : "text-foreground")}
            >
              {formatCount(line.value)}
            </dd>
            {/* On a phone the sentence goes under its label and number, across the card. */}
            <dd className="col-span-2 min-w-0 text-muted sm:col-span-1">
              {line.sentence}
              {line.attention ? <span className="block text-warning">{line.attention}</span> : null}
              <Nodes line={line} p={p} />
            </dd>
          </div>
        ))}
      </dl>
      <p className="border-t border-border px-5 py-3 text-xs text-subtle">
        dbt node <code className="font-mono break-all">{p.uniqueId}</code>
        {p.materialized ? `, materialized as ${p.materialized}` : ""}; from the manifest dbt {p.dbtVersion || "?"}{" "}
        generated on {formatDate(p.manifestGeneratedAt)}, refreshed by every import.
      </p>
    </Card>
  );
}
