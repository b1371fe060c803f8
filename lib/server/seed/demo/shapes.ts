// The debt the demo plants on purpose, one of every shape the graph analysis detects
// (/work/shared/reference/debt-taxonomy.md, "Signals the catalogue graph can detect"), so each
// detector and each screen has something real to show. Edges follow the data: from → to.
import type { EntityKind } from "@/lib/domain/kinds";
import type { FeatureType, RelationKind } from "@/lib/generated/prisma/client";

export interface ShapeFeature {
  name: string;
  team: string | null;
  dataType: FeatureType;
  derivation: string;
}

/** Features that exist only to carry a planted shape: model outputs and loop-closing signals. */
export const SHAPE_FEATURES: readonly ShapeFeature[] = [
  {
    name: "ctr-predictor-v3-score",
    team: "team-ranking",
    dataType: "NUMERIC",
    derivation: "ctr-predictor-v3's click probability for the (user, post) pair.",
  },
  {
    name: "ad-ctr-predictor-score",
    team: "team-ads-relevance",
    dataType: "NUMERIC",
    derivation: "Raw pCTR from ad-ctr-predictor.",
  },
  {
    name: "pctr-calibrated-score",
    team: "team-ads-relevance",
    dataType: "NUMERIC",
    derivation: "ad-ctr-predictor's pCTR after pctr-calibrator's isotonic correction.",
  },
  {
    name: "checkout-fraud-score",
    team: "team-fraud",
    dataType: "NUMERIC",
    derivation: "checkout-fraud-scorer's fraud probability for the order.",
  },
  {
    name: "user-embedding-vector",
    team: "team-recsys-platform",
    dataType: "EMBEDDING",
    derivation: "128-d user vector from user-embedding-model, refreshed nightly.",
  },
  {
    name: "item-embedding-vector",
    team: "team-recsys-platform",
    dataType: "EMBEDDING",
    derivation: "64-d item tower output of item-embedding-two-tower.",
  },
  {
    name: "demand-forecast-7d",
    team: "team-forecasting",
    dataType: "NUMERIC",
    derivation: "demand-forecast-daily's 7-day ahead forecast per SKU.",
  },
  {
    name: "user-feed-impressions-7d",
    team: "team-ranking",
    dataType: "NUMERIC",
    derivation: "Posts shown to the user in the home feed over 7 days.",
  },
  {
    name: "account-blocked-flag",
    team: "team-fraud",
    dataType: "BOOLEAN",
    derivation: "Whether the account was ever blocked by the checkout rules.",
  },
  {
    name: "item-rec-impressions-24h",
    team: "team-recsys-platform",
    dataType: "NUMERIC",
    derivation: "Times the item was shown in recommendation widgets in 24 h.",
  },
  {
    name: "item-search-clicks-7d",
    team: "team-search",
    dataType: "NUMERIC",
    derivation: "Clicks on the item from search results over 7 days.",
  },
  {
    name: "legacy-user-age-bucket",
    team: null,
    dataType: "CATEGORICAL",
    derivation: "Age bucket from the 2019 profile export; nobody maintains it.",
  },
  {
    name: "geo-region-id",
    team: null,
    dataType: "CATEGORICAL",
    derivation: "Region id looked up from geo.regions_lookup.",
  },
];

export type ShapeEdge = readonly [RelationKind, EntityKind, string, EntityKind, string];

const usesModelOutput = (model: string, feature: string, ...users: string[]): ShapeEdge[] => [
  ["FEATURE_FROM_MODEL", "MODEL", model, "FEATURE", feature],
  ...users.map((user): ShapeEdge => ["MODEL_USES_FEATURE", "FEATURE", feature, "MODEL", user]),
];

/** model → consumer → source → feature → next model: the legs of a loop. */
const loopLeg = (model: string, consumer: string, source: string, feature: string, next: string): ShapeEdge[] => [
  ["CONSUMER_READS_MODEL", "MODEL", model, "CONSUMER", consumer],
  ["CONSUMER_WRITES_SOURCE", "CONSUMER", consumer, "DATA_SOURCE", source],
  ["FEATURE_FROM_SOURCE", "DATA_SOURCE", source, "FEATURE", feature],
  ["MODEL_USES_FEATURE", "FEATURE", feature, "MODEL", next],
];

export const SHAPE_EDGES: readonly ShapeEdge[] = [
  // Correction cascade three models deep: calibrate a score, then bid on the calibrated score…
  ...usesModelOutput("ad-ctr-predictor", "ad-ctr-predictor-score", "pctr-calibrator", "ad-conversion-model"),
  ...usesModelOutput("pctr-calibrator", "pctr-calibrated-score", "bid-shading-model"),
  // …two cascades sharing one base model: both rankers correct the CTR predictor's score.
  ...usesModelOutput("ctr-predictor-v3", "ctr-predictor-v3-score", "feed-ranker-v4", "notification-ranker"),
  // The fraud team's adjuster patches the scorer instead of retraining it.
  ...usesModelOutput("checkout-fraud-scorer", "checkout-fraud-score", "fraud-score-adjuster"),
  // Another team's model output as an input: an unstable data dependency across teams.
  ...usesModelOutput(
    "user-embedding-model",
    "user-embedding-vector",
    "feed-ranker-v4",
    "session-recommender",
    "candidate-retrieval-ann",
  ),
  ...usesModelOutput("item-embedding-two-tower", "item-embedding-vector", "similar-items-model", "search-ltr-ranker"),
  ...usesModelOutput("demand-forecast-daily", "demand-forecast-7d", "inventory-forecaster"),
  // Direct feedback loops: the feed ranker learns from the impressions it chose; the fraud
  // scorer learns from the blocks its own rules made.
  ...loopLeg(
    "feed-ranker-v4",
    "home-feed-service",
    "events.feed_impressions",
    "user-feed-impressions-7d",
    "feed-ranker-v4",
  ),
  ...loopLeg(
    "checkout-fraud-scorer",
    "checkout-fraud-rules",
    "fraud.blocked_accounts",
    "account-blocked-flag",
    "checkout-fraud-scorer",
  ),
  // A hidden, self-reinforcing loop across two teams: recommendations drive search clicks,
  // search results drive recommendation impressions.
  ...loopLeg(
    "session-recommender",
    "recs-widget-service",
    "recs.served_recommendations",
    "item-rec-impressions-24h",
    "search-ltr-ranker",
  ),
  ...loopLeg(
    "search-ltr-ranker",
    "search-api",
    "search.results_served",
    "item-search-clicks-7d",
    "session-recommender",
  ),
  // Orphans wired to each other and, worse, to a team's data.
  ["FEATURE_FROM_SOURCE", "DATA_SOURCE", "geo.regions_lookup", "FEATURE", "geo-region-id"],
  ["FEATURE_FROM_SOURCE", "DATA_SOURCE", "geo.regions_lookup", "FEATURE", "legacy-user-age-bucket"],
  ["MODEL_USES_FEATURE", "FEATURE", "geo-region-id", "MODEL", "legacy-ctr-model-2019"],
  ["MODEL_USES_FEATURE", "FEATURE", "legacy-user-age-bucket", "MODEL", "legacy-ctr-model-2019"],
  ["MODEL_USES_FEATURE", "FEATURE", "geo-region-id", "MODEL", "delivery-eta-regressor"],
  ["CONSUMER_READS_MODEL", "MODEL", "legacy-ctr-model-2019", "CONSUMER", "legacy-bi-export"],
];

/** Per team, the first generated features are kept out of every live model. */
export const UNUSED_FEATURES_PER_TEAM = 2;
/** Then these are used only by the team's retired model, when it has one. */
export const RETIRED_ONLY_FEATURES_PER_TEAM = 3;

/**
 * Usage nobody declared: [caller, its consumer entity or null when only the name is known,
 * model, first and last day ago]. Inside the 30-day window it is a finding; before it, it is not.
 */
export const UNDECLARED_CALLS: readonly (readonly [string, string | null, string, number, number])[] = [
  ["marketing-email-batch", "marketing-email-batch", "churn-predictor-v2", 1, 28],
  ["marketing-email-batch", "marketing-email-batch", "ltv-regressor", 2, 20],
  ["partner-analytics-scraper", "partner-analytics-scraper", "ad-ctr-predictor", 1, 14],
  ["finance-adhoc-notebook", "finance-adhoc-notebook", "demand-forecast-daily", 3, 25],
  ["jupyter-shared-kernel", null, "checkout-fraud-scorer", 2, 12],
  // A declared consumer calling a model it never declared.
  ["exec-kpi-dashboard", "exec-kpi-dashboard", "churn-predictor-v2", 1, 29],
  // Before the window only: old news, not a finding today.
  ["q3-offsite-analysis", null, "feed-ranker-v4", 45, 70],
  ["legacy-bi-export", "legacy-bi-export", "ctr-predictor-v3", 70, 110],
];
