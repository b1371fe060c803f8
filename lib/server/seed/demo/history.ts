// Twelve months of assessments that tell a story: the ranking team pays its debt down, the
// fraud team lets it pile up, the rest hold steady with noise. Around that: entities never
// assessed, entities nobody has looked at for months, drafts in progress, checklists left
// partly unanswered, and ML Test Score assessments for a few models.
import type { EntityKind } from "@/lib/domain/kinds";
import { itemsFor, type SeedItem } from "../history/seed-items";
import { levelCurve, type LevelAt } from "../history/levels";
import { planHistory, type History, type HistorySubject } from "../history/plan-history";
import { DAY, type DemoContext } from "./context";
import type { Catalogue, DemoEntity } from "./catalogue";
import type { People } from "./people";
import { DEMO_TEAMS, IMPROVING_TEAM } from "./teams";

/** How much less often than models each kind is looked at. */
const CADENCE_FACTOR: Record<EntityKind, number> = { MODEL: 1, DATA_SOURCE: 1.5, FEATURE: 2, CONSUMER: 2 };
/** Share of each kind that nobody has assessed yet. */
const NEVER_ASSESSED: Record<EntityKind, number> = { MODEL: 0, DATA_SOURCE: 0.03, FEATURE: 0.08, CONSUMER: 0.12 };
/** Models that also carry ML Test Score assessments, by team. */
const ML_TEST_SCORE_MODELS_PER_TEAM = 2;
const DRAFTS = 6;

export function buildHistory(ctx: DemoContext, cat: Catalogue, people: People, items: readonly SeedItem[]): History {
  const random = ctx.random("history");
  const out: History = { assessments: [], answers: [] };
  const levels = new Map<string, LevelAt>(DEMO_TEAMS.map((t) => [t.slug, levelCurve(t.trend, ctx.start, ctx.now)]));
  const orphanLevel: LevelAt = () => 0.45;

  const candidates = cat.all.filter((e) => e.name !== "hackweek-sentiment-scorer");
  const draftIds = new Set(
    random
      .sample(
        candidates.filter((e) => !e.archivedAt && e.teamSlug && (e.kind === "MODEL" || e.kind === "FEATURE")),
        DRAFTS,
      )
      .map((e) => e.id),
  );

  const subjectFor = (e: DemoEntity, cadenceScale: number): HistorySubject => {
    const team = DEMO_TEAMS.find((t) => t.slug === e.teamSlug);
    const crew = e.teamSlug ? people.bySlug.get(e.teamSlug) : undefined;
    const authors = crew ? [...crew.maintainers, ...crew.members] : [people.adminId];
    const [lo, hi] = team?.modelCadence ?? [120, 200];
    const scale = CADENCE_FACTOR[e.kind] * cadenceScale;
    let until = e.archivedAt ? new Date(e.archivedAt.getTime() - DAY) : ctx.now;
    // Stale: the team stopped re-assessing it somewhere between three and seven months ago.
    const stale = !team || (team.slug !== IMPROVING_TEAM && random.chance(team.staleShare));
    if (stale && !e.archivedAt) until = ctx.daysAgo(random.int(95, 210));
    return {
      entityId: e.id,
      kind: e.kind,
      since: new Date(Math.max(ctx.start.getTime(), e.createdAt.getTime() + 2 * DAY)),
      until,
      authors,
      cadenceDays: [Math.round(lo * scale), Math.round(hi * scale)],
      level: (e.teamSlug ? levels.get(e.teamSlug) : undefined) ?? orphanLevel,
      draftAt: draftIds.has(e.id) && !stale ? ctx.daysAgo(random.int(1, 9)) : null,
    };
  };

  const add = (h: History) => {
    out.assessments.push(...h.assessments);
    out.answers.push(...h.answers);
  };

  for (const e of candidates) {
    const never = e.teamSlug === null ? e.name !== "legacy-ctr-model-2019" : random.chance(NEVER_ASSESSED[e.kind]);
    if (never) continue;
    add(
      planHistory(random.fork(e.id), subjectFor(e, 1), {
        rubric: "DEBT",
        items: itemsFor(items, "DEBT", e.kind),
        newId: ctx.newId,
        annotate: true,
      }),
    );
  }

  const mlTestItems = itemsFor(items, "ML_TEST_SCORE", "MODEL");
  for (const team of DEMO_TEAMS) {
    const models = cat.all.filter(
      (e) => e.kind === "MODEL" && e.teamSlug === team.slug && e.lifecycle === "PRODUCTION",
    );
    for (const model of models.slice(0, ML_TEST_SCORE_MODELS_PER_TEAM)) {
      const subject = { ...subjectFor(model, 3), draftAt: null };
      add(
        planHistory(random.fork(`mlts:${model.id}`), subject, {
          rubric: "ML_TEST_SCORE",
          items: mlTestItems,
          newId: ctx.newId,
          annotate: true,
        }),
      );
    }
  }
  return out;
}
