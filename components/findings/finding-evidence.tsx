// A finding's evidence, readable: the cascade's path with the features carrying each link, the
// loop's cycle in order, the usage counts, the reason a dependency is unstable.
import { ArrowRight, CornerDownLeft } from "lucide-react";
import type { ReactNode } from "react";
import type {
  CascadeEvidence,
  EntityRef,
  FeedbackLoopEvidence,
  OrphanEvidence,
  SignalKind,
  UndeclaredConsumerEvidence,
  UnderutilizedEvidence,
  UnstableEvidence,
} from "@/lib/domain/graph";
import { formatCount } from "@/lib/domain/format/number";
import { formatDate } from "@/lib/domain/format/date";
import { enumLabel, pluralize } from "@/lib/domain/format/labels";
import { EntityChip } from "./entity-chip";

/** Evidence is stored JSON; the analysis wrote it in the shape its kind names. */
export function FindingEvidence({
  kind,
  evidence,
  teamNames = {},
}: {
  kind: SignalKind;
  evidence: unknown;
  /** Team id → name, for evidence that names the teams a cause touches. */
  teamNames?: Readonly<Record<string, string>>;
}) {
  if (!evidence || typeof evidence !== "object") return null;
  switch (kind) {
    case "CORRECTION_CASCADE":
      return <Cascade e={evidence as CascadeEvidence} />;
    case "FEEDBACK_LOOP":
      return <Loop e={evidence as FeedbackLoopEvidence} />;
    case "UNDERUTILIZED_FEATURE":
      return <Underutilized e={evidence as UnderutilizedEvidence} />;
    case "UNSTABLE_DEPENDENCY":
      return "features" in evidence ? (
        <Unstable e={evidence as UnstableEvidence} teamNames={teamNames} />
      ) : (
        <LegacyUnstable e={evidence as LegacyUnstableEvidence} />
      );
    case "UNDECLARED_CONSUMER":
      return <Undeclared e={evidence as UndeclaredConsumerEvidence} />;
    case "ORPHAN":
      return <Orphan e={evidence as OrphanEvidence} />;
    default:
      return null;
  }
}

/** Long paths keep their ends and elide the middle, saying how much is left out. */
const MAX_PATH = 14;

function Path({ refs, closed = false }: { refs: readonly EntityRef[]; closed?: boolean }) {
  const shown = refs.length > MAX_PATH ? [...refs.slice(0, MAX_PATH - 3), null, ...refs.slice(-2)] : refs;
  return (
    <ol
      aria-label={closed ? "Cycle, in order" : "Path, in data-flow order"}
      className="flex flex-wrap items-center gap-1"
    >
      {shown.map((r, i) => (
        <li key={r ? `${r.id}-${i}` : "gap"} className="flex items-center gap-1">
          {i > 0 ? <ArrowRight aria-hidden className="size-3 text-subtle" /> : null}
          {r ? (
            <EntityChip kind={r.kind} name={r.name} emphasis={r.kind === "MODEL"} />
          ) : (
            <span className="text-xs text-muted">… {formatCount(refs.length - MAX_PATH + 1)} more …</span>
          )}
        </li>
      ))}
      {closed && refs[0] ? (
        <li className="flex items-center gap-1 text-xs text-muted">
          <CornerDownLeft aria-hidden className="size-3" />
          back to <span className="font-mono">{refs[0].name}</span>
        </li>
      ) : null}
    </ol>
  );
}

function Line({ children }: { children: ReactNode }) {
  return <p className="text-[13px] text-muted">{children}</p>;
}

function Cascade({ e }: { e: CascadeEvidence }) {
  return (
    <div className="space-y-1.5">
      <Path refs={e.path} closed={e.cyclic} />
      <Line>
        {pluralize(e.modelCount, "model")} in a chain, each reading the one before through{" "}
        {pluralize(
          e.links.reduce((n, l) => n + l.featureIds.length, 0),
          "feature",
        )}
        {e.cyclic ? "; the chain closes on itself." : "."}
      </Line>
    </div>
  );
}

function Loop({ e }: { e: FeedbackLoopEvidence }) {
  return (
    <div className="space-y-1.5">
      <Path refs={e.cycle} closed />
      <Line>
        {e.singleCycle
          ? `One cycle through ${pluralize(e.members.length, "entity", "entities")}.`
          : `${pluralize(e.members.length, "entity", "entities")} and ${formatCount(e.edgeCount)} relations feed back into each other; one cycle shown.`}
      </Line>
    </div>
  );
}

function Underutilized({ e }: { e: UnderutilizedEvidence }) {
  return (
    <div className="flex flex-wrap items-center gap-1.5 text-[13px] text-muted">
      <EntityChip kind={e.feature.kind} name={e.feature.name} />
      {e.reason === "no-users" ? (
        <span>is read by no model.</span>
      ) : (
        <>
          <span>is read only by retired models:</span>
          {e.retiredUsers.map((r) => (
            <EntityChip key={r.id} kind={r.kind} name={r.name} />
          ))}
        </>
      )}
      {e.unstableInputs && e.unstableInputs.length > 0 ? (
        <>
          <span>It is also built on unstable {e.unstableInputs.length === 1 ? "source" : "sources"}</span>
          <Chips refs={e.unstableInputs} />
        </>
      ) : null}
    </div>
  );
}

const SHOWN = 12;

function Chips({ refs }: { refs: readonly EntityRef[] }) {
  return (
    <>
      {refs.slice(0, SHOWN).map((r) => (
        <EntityChip key={r.id} kind={r.kind} name={r.name} />
      ))}
      {refs.length > SHOWN ? <span className="text-xs">+{formatCount(refs.length - SHOWN)} more</span> : null}
    </>
  );
}

function Unstable({ e, teamNames }: { e: UnstableEvidence; teamNames: Readonly<Record<string, string>> }) {
  const reasons = e.reasons.map((r) => (r === "unversioned-source" ? "unversioned" : "deprecated")).join(" and ");
  const teams = e.teamIds.map((t) => (t === null ? "no team" : (teamNames[t] ?? "another team")));
  return (
    <div className="space-y-1.5 text-[13px] text-muted">
      <div className="flex flex-wrap items-center gap-1.5">
        <EntityChip kind={e.input.kind} name={e.input.name} emphasis />
        <span>
          is {reasons}; it feeds {pluralize(e.features.length, "feature")}
          {e.models.length > 0 ? ` read by ${pluralize(e.models.length, "model")}` : ""}:
        </span>
      </div>
      <div className="flex flex-wrap items-center gap-1.5">
        <Chips refs={e.features} />
        {e.models.length > 0 ? <ArrowRight aria-hidden className="size-3 text-subtle" /> : null}
        <Chips refs={e.models} />
      </div>
      <Line>
        Affects {pluralize(teams.length, "team")}: {teams.join(", ")}.
        {e.features.some((f) => f.origin === "OBSERVED") ? " Some links were observed, not declared." : ""}
      </Line>
    </div>
  );
}

/** Evidence stored before findings were grouped by cause (one per source → feature edge). */
type LegacyUnstableEvidence = { feature: EntityRef; input: EntityRef; reason: string };

function LegacyUnstable({ e }: { e: LegacyUnstableEvidence }) {
  return (
    <div className="flex flex-wrap items-center gap-1.5 text-[13px] text-muted">
      <EntityChip kind={e.input.kind} name={e.input.name} />
      <ArrowRight aria-hidden className="size-3 text-subtle" />
      <EntityChip kind={e.feature.kind} name={e.feature.name} />
      <span>
        {e.reason === "unversioned-source"
          ? "built on an unversioned data source."
          : "built on another model's output."}
      </span>
    </div>
  );
}

function Undeclared({ e }: { e: UndeclaredConsumerEvidence }) {
  return (
    <div className="space-y-1.5">
      <div className="flex flex-wrap items-center gap-1.5 text-[13px] text-muted">
        <EntityChip kind={e.model.kind} name={e.model.name} emphasis />
        <ArrowRight aria-hidden className="size-3 text-subtle" />
        {e.consumer ? (
          <EntityChip kind={e.consumer.kind} name={e.consumer.name} />
        ) : (
          <span className="font-mono text-[12px] text-foreground">{e.callerNames.join(", ")}</span>
        )}
        <span>{e.consumer ? "is not a declared reader." : "(not in the catalogue)."}</span>
      </div>
      <Line>
        {formatCount(e.count)} calls on {pluralize(e.aggregates, "day")} in the last {e.windowDays} days,{" "}
        {formatDate(new Date(e.firstSeen))} – {formatDate(new Date(e.lastSeen))}
        {e.callerNames.length > 0 && e.consumer ? ` as ${e.callerNames.join(", ")}` : ""}
        {e.observedRelation ? "; seen before, never confirmed by the model's owners." : "."}
      </Line>
    </div>
  );
}

function Orphan({ e }: { e: OrphanEvidence }) {
  return (
    <div className="flex flex-wrap items-center gap-1.5 text-[13px] text-muted">
      <EntityChip kind={e.entity.kind} name={e.entity.name} />
      <span>({enumLabel(e.lifecycle).toLowerCase()}) has no owning team.</span>
    </div>
  );
}
