// Planning data: action items in every state (one won't-do with its reason) and one closed
// debt review of the ranking team about a month ago, with its agenda, frozen snapshot and notes.
import type { EntityKind } from "@/lib/domain/kinds";
import { debtRatio, poolSums, ratingOf } from "@/lib/domain/scoring/score";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AssessmentRow } from "../history/rows";
import type { SeedItem } from "../history/seed-items";
import { DAY, type DemoContext } from "./context";
import type { Catalogue } from "./catalogue";
import type { People } from "./people";

type Status = "OPEN" | "IN_PROGRESS" | "DONE" | "WONT_DO";

interface ActionDef {
  team: string;
  title: string;
  status: Status;
  entity: readonly [EntityKind, string];
  /** Part of a checklist item key to link to, when the loaded checklist has such an item. */
  itemHint: string;
  estimateDays: number;
  /** Due in this many days (negative: overdue); done this many days ago. */
  dueIn?: number;
  doneDaysAgo?: number;
  wontDoReason?: string;
  fromReview?: boolean;
}

const ACTIONS: readonly ActionDef[] = [
  {
    team: "team-ranking",
    title: "Stop feeding ctr-predictor-v3's score into feed-ranker-v4",
    status: "IN_PROGRESS",
    entity: ["MODEL", "feed-ranker-v4"],
    itemHint: "cascade",
    estimateDays: 8,
    dueIn: 21,
    fromReview: true,
  },
  {
    team: "team-ranking",
    title: "Hold out 5% of home-feed traffic from the ranker",
    status: "DONE",
    entity: ["MODEL", "feed-ranker-v4"],
    itemHint: "feedback",
    estimateDays: 3,
    doneDaysAgo: 12,
    fromReview: true,
  },
  {
    team: "team-ranking",
    title: "Delete the features only feed-ranker-v3 used",
    status: "OPEN",
    entity: ["MODEL", "feed-ranker-v3"],
    itemHint: "unused",
    estimateDays: 2,
    dueIn: 30,
  },
  {
    team: "team-fraud",
    title: "Version the fraud.blocked_accounts snapshot used for training",
    status: "OPEN",
    entity: ["DATA_SOURCE", "fraud.blocked_accounts"],
    itemHint: "version",
    estimateDays: 5,
    dueIn: -10,
  },
  {
    team: "team-fraud",
    title: "Calibrate checkout-fraud-scorer outputs",
    status: "WONT_DO",
    entity: ["MODEL", "checkout-fraud-scorer"],
    itemHint: "calibrat",
    estimateDays: 4,
    wontDoReason: "payment-risk-model replaces the scorer next quarter; calibrating it now would be wasted effort.",
  },
  {
    team: "team-fraud",
    title: "Retrain fraud-score-adjuster on raw features, not the scorer's output",
    status: "OPEN",
    entity: ["MODEL", "fraud-score-adjuster"],
    itemHint: "cascade",
    estimateDays: 10,
    dueIn: 45,
  },
  {
    team: "team-ads-relevance",
    title: "Declare or block partner-analytics-scraper",
    status: "IN_PROGRESS",
    entity: ["MODEL", "ad-ctr-predictor"],
    itemHint: "consumer",
    estimateDays: 1,
    dueIn: 7,
  },
  {
    team: "team-ads-relevance",
    title: "Learn bid-shading thresholds on held-out data",
    status: "DONE",
    entity: ["MODEL", "bid-shading-model"],
    itemHint: "threshold",
    estimateDays: 4,
    doneDaysAgo: 60,
  },
  {
    team: "team-search",
    title: "Add a random holdout to break the search/recs impression loop",
    status: "OPEN",
    entity: ["MODEL", "search-ltr-ranker"],
    itemHint: "feedback",
    estimateDays: 6,
    dueIn: 30,
  },
  {
    team: "team-forecasting",
    title: "Freeze weekly snapshots of weather.forecasts_external",
    status: "DONE",
    entity: ["DATA_SOURCE", "weather.forecasts_external"],
    itemHint: "version",
    estimateDays: 3,
    doneDaysAgo: 25,
  },
  {
    team: "team-growth-analytics",
    title: "Find an owner for legacy-ctr-model-2019 or retire it",
    status: "OPEN",
    entity: ["MODEL", "legacy-ctr-model-2019"],
    itemHint: "owner",
    estimateDays: 1,
    dueIn: 14,
  },
  {
    team: "team-recsys-platform",
    title: "Publish an SLA for consumers of user-embedding-vector",
    status: "IN_PROGRESS",
    entity: ["MODEL", "user-embedding-model"],
    itemHint: "monitor",
    estimateDays: 3,
    dueIn: 20,
  },
];

export interface Planning {
  actionItems: Prisma.ActionItemCreateManyInput[];
  reviews: Prisma.ReviewCreateManyInput[];
  reviewNotes: Prisma.ReviewNoteCreateManyInput[];
}

const REVIEW_TEAM = "team-ranking";

const utcMidnight = (d: Date) => new Date(`${d.toISOString().slice(0, 10)}T00:00:00.000Z`);

function teamRatioAt(assessments: readonly AssessmentRow[], entityIds: Set<string>, at: Date) {
  const latest = new Map<string, AssessmentRow>();
  for (const a of assessments) {
    if (a.rubric !== "DEBT" || !a.submittedAt || a.submittedAt > at || !entityIds.has(a.entityId)) continue;
    const seen = latest.get(a.entityId);
    if (!seen || (seen.submittedSeq ?? 0) < (a.submittedSeq ?? 0)) latest.set(a.entityId, a);
  }
  const sums = poolSums(
    [...latest.values()].map((a) => ({
      debtWeight: a.debtWeight ?? 0,
      totalWeight: a.totalWeight ?? 0,
      answeredCount: a.answeredCount ?? 0,
      applicableCount: a.applicableCount ?? 0,
      principalDays: a.principalDays ?? 0,
    })),
  );
  const ratio = debtRatio(sums);
  return { debtRatio: ratio, rating: ratingOf(ratio), entityCount: latest.size, principalDays: sums.principalDays };
}

export function buildPlanning(
  ctx: DemoContext,
  cat: Catalogue,
  people: People,
  items: readonly SeedItem[],
  assessments: readonly AssessmentRow[],
): Planning {
  const random = ctx.random("planning");
  const team = (slug: string) => {
    const t = people.bySlug.get(slug);
    if (!t) throw new Error(`Unknown demo team ${slug}`);
    return t;
  };
  const crew = team(REVIEW_TEAM);
  const maintainerId = crew.maintainers[0] ?? people.adminId;
  const startedAt = ctx.daysAgo(31);
  startedAt.setUTCHours(14, 0, 0, 0);
  const reviewId = ctx.newId();
  const reviewEntities = new Set(cat.all.filter((e) => e.teamSlug === REVIEW_TEAM).map((e) => e.id));

  const actionItems = ACTIONS.map((def): Prisma.ActionItemCreateManyInput => {
    const t = team(def.team);
    const entity = cat.get(def.entity[0], def.entity[1]);
    const item =
      items.find((i) => i.rubric === "DEBT" && i.appliesTo.includes(def.entity[0]) && i.key.includes(def.itemHint)) ??
      null;
    const createdAt = def.fromReview ? startedAt : ctx.daysAgo(random.int(20, 120));
    const completedAt = def.doneDaysAgo !== undefined ? ctx.daysAgo(def.doneDaysAgo) : null;
    return {
      id: ctx.newId(),
      teamId: t.teamId,
      title: def.title,
      description: "",
      ownerId: random.pick([...t.maintainers, ...t.members]),
      dueDate: def.dueIn !== undefined ? utcMidnight(new Date(ctx.now.getTime() + def.dueIn * DAY)) : null,
      status: def.status,
      wontDoReason: def.wontDoReason ?? null,
      estimateDays: def.estimateDays,
      entityId: entity.id,
      checklistItemId: item?.id ?? null,
      reviewId: def.fromReview ? reviewId : null,
      createdById: t.maintainers[0] ?? people.adminId,
      createdAt,
      updatedAt: completedAt ?? new Date(Math.min(ctx.now.getTime(), createdAt.getTime() + random.int(1, 15) * DAY)),
      completedAt,
    };
  });

  const closedAt = new Date(startedAt.getTime() + 75 * 60_000);
  const agenda: Prisma.InputJsonObject[] = [
    { section: "trend", title: "Debt ratio since the last review" },
    {
      section: "hotspots",
      title: "Hotspots",
      entityIds: [cat.get("MODEL", "feed-ranker-v4").id, cat.get("MODEL", "ctr-predictor-v3").id],
    },
    { section: "signals", title: "New findings", kinds: ["CORRECTION_CASCADE", "FEEDBACK_LOOP"] },
    { section: "actions", title: "Action items" },
  ];
  const reviews: Prisma.ReviewCreateManyInput[] = [
    {
      id: reviewId,
      teamId: crew.teamId,
      title: `Ranking debt review, ${startedAt.toLocaleString("en-GB", { month: "long", year: "numeric", timeZone: "UTC" })}`,
      periodStart: new Date(startedAt.getTime() - 91 * DAY),
      periodEnd: startedAt,
      status: "CLOSED",
      agenda,
      snapshot: {
        ...teamRatioAt(assessments, reviewEntities, startedAt),
        agenda,
        actionItemIds: actionItems.flatMap((a) => (a.reviewId === reviewId && a.id ? [a.id] : [])),
      },
      startedById: maintainerId,
      startedAt,
      closedAt,
    },
  ];
  const note = (
    section: string,
    kind: "NOTE" | "DECISION",
    body: string,
    minutes: number,
  ): Prisma.ReviewNoteCreateManyInput => ({
    id: ctx.newId(),
    reviewId,
    section,
    kind,
    body,
    authorId: maintainerId,
    createdAt: new Date(startedAt.getTime() + minutes * 60_000),
  });
  const reviewNotes = [
    note("trend", "NOTE", "The ratio keeps falling since the spring; the cascade clean-up is paying off.", 10),
    note(
      "hotspots",
      "DECISION",
      "Replace the CTR score input of feed-ranker-v4 with the underlying features this quarter.",
      35,
    ),
    note("signals", "DECISION", "Hold out 5% of home-feed traffic to break the impressions feedback loop.", 50),
  ];
  return { actionItems, reviews, reviewNotes };
}
