// Assessment history at scale, generated and written one team at a time so memory stays flat
// however large the organisation. Each team gets its own trend: some improve, some worsen,
// most hold steady.
import type { EntityKind } from "@/lib/domain/kinds";
import type { Tx } from "@/lib/server/db/client";
import { levelCurve, type LevelAt, type Trend } from "../history/levels";
import { planHistory, type History } from "../history/plan-history";
import { itemsFor, type SeedItem } from "../history/seed-items";
import { writeHistory } from "../history/write-history";
import type { Random } from "../random";
import type { ScaleCatalogue, ScaleEntity } from "./catalogue";

const DAY = 86_400_000;
const MODEL_CADENCE: readonly [number, number] = [40, 80];
const CADENCE_FACTOR: Record<EntityKind, number> = { MODEL: 1, DATA_SOURCE: 1.5, FEATURE: 3, CONSUMER: 3 };
const NEVER_ASSESSED: Record<EntityKind, number> = { MODEL: 0.02, DATA_SOURCE: 0.05, FEATURE: 0.1, CONSUMER: 0.15 };

function trendFor(random: Random): Trend {
  const roll = random.next();
  if (roll < 0.2) return { kind: "improving", from: random.float(0.3, 0.45), to: random.float(0.05, 0.12) };
  if (roll < 0.4) return { kind: "worsening", from: random.float(0.08, 0.15), to: random.float(0.3, 0.45) };
  return { kind: "steady", level: random.float(0.1, 0.3), wobble: random.float(0.05, 0.15), phase: random.next() };
}

export interface ScaleHistoryResult {
  assessments: number;
  answers: number;
}

export async function writeScaleHistory(
  tx: Tx,
  input: {
    random: Random;
    newId: () => string;
    cat: ScaleCatalogue;
    items: readonly SeedItem[];
    start: Date;
    now: Date;
    log: (line: string) => void;
  },
): Promise<ScaleHistoryResult> {
  const { random, newId, cat, items, start, now } = input;
  const levels: LevelAt[] = cat.teams.map(() => levelCurve(trendFor(random), start, now));
  const orphanLevel: LevelAt = () => 0.45;
  const debtItems = new Map<EntityKind, SeedItem[]>(
    (["MODEL", "FEATURE", "DATA_SOURCE", "CONSUMER"] as const).map((k) => [k, itemsFor(items, "DEBT", k)]),
  );
  const mlTestItems = itemsFor(items, "ML_TEST_SCORE", "MODEL");
  const totals: ScaleHistoryResult = { assessments: 0, answers: 0 };

  const historyOf = (e: ScaleEntity, authors: string[], level: LevelAt): History => {
    const r = random.fork(e.id);
    const empty: History = { assessments: [], answers: [] };
    if (r.chance(NEVER_ASSESSED[e.kind])) return empty;
    const factor = CADENCE_FACTOR[e.kind];
    let until = e.archivedAt ? new Date(e.archivedAt.getTime() - DAY) : now;
    if (!e.archivedAt && r.chance(0.08)) until = new Date(now.getTime() - r.int(95, 300) * DAY);
    const subject = {
      entityId: e.id,
      kind: e.kind,
      since: new Date(Math.max(start.getTime(), e.createdAt.getTime() + DAY)),
      until,
      authors,
      cadenceDays: [Math.round(MODEL_CADENCE[0] * factor), Math.round(MODEL_CADENCE[1] * factor)] as const,
      level,
      draftAt: until === now && r.chance(0.005) ? new Date(now.getTime() - r.int(1, 9) * DAY) : null,
    };
    const debt = planHistory(r, subject, { rubric: "DEBT", items: debtItems.get(e.kind) ?? [], newId });
    if (e.kind !== "MODEL" || !r.chance(0.1)) return debt;
    const mlts = planHistory(
      r,
      { ...subject, draftAt: null, cadenceDays: [120, 200] },
      { rubric: "ML_TEST_SCORE", items: mlTestItems, newId },
    );
    return { assessments: [...debt.assessments, ...mlts.assessments], answers: [...debt.answers, ...mlts.answers] };
  };

  const groups = new Map<number | null, ScaleEntity[]>();
  for (const e of cat.entities) {
    const list = groups.get(e.team) ?? [];
    list.push(e);
    groups.set(e.team, list);
  }
  let done = 0;
  for (const [team, entities] of groups) {
    const authors = team === null ? [cat.adminId] : (cat.teams[team]?.authors ?? [cat.adminId]);
    const level = team === null ? orphanLevel : (levels[team] ?? orphanLevel);
    const batch: History = { assessments: [], answers: [] };
    for (const e of entities) {
      const h = historyOf(e, authors, level);
      batch.assessments.push(...h.assessments);
      for (const a of h.answers) batch.answers.push(a);
    }
    const written = await writeHistory(tx, batch);
    totals.assessments += written.assessments;
    totals.answers += written.answers;
    done += 1;
    if (done % 10 === 0 || done === groups.size) {
      input.log(`history: ${done}/${groups.size} teams, ${totals.assessments} assessments, ${totals.answers} answers`);
    }
  }
  return totals;
}
