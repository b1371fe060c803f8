// The demo organisation's teams and what each one owns. Names are hand-picked so the catalogue
// reads like a real ML organisation; features are generated from each team's vocabulary.
import type { Lifecycle } from "@/lib/domain/kinds";
import type { ConsumerType, ServingMode } from "@/lib/generated/prisma/client";
import type { Trend } from "../history/levels";

export interface ModelDef {
  name: string;
  task: string;
  servingMode: ServingMode;
  lifecycle: Lifecycle;
  framework: string;
  calibrated: boolean;
}
export interface SourceDef {
  name: string;
  system: string;
  versioned: boolean;
  lifecycle: Lifecycle;
}
export interface ConsumerDef {
  name: string;
  type: ConsumerType;
  lifecycle: Lifecycle;
}

export interface DemoTeamDef {
  slug: string;
  name: string;
  description: string;
  trend: Trend;
  /** Assessment cadence for models, in days; other kinds are looked at less often. */
  modelCadence: readonly [number, number];
  /** Share of the team's entities nobody has re-assessed for months. */
  staleShare: number;
  models: ModelDef[];
  sources: SourceDef[];
  consumers: ConsumerDef[];
  vocabulary: { subjects: string[]; metrics: string[]; windows: string[] };
}

const m = (
  name: string,
  task: string,
  servingMode: ServingMode,
  lifecycle: Lifecycle = "PRODUCTION",
  framework = "PyTorch",
  calibrated = false,
): ModelDef => ({
  name,
  task,
  servingMode,
  lifecycle,
  framework,
  calibrated,
});
const s = (name: string, system: string, versioned: boolean, lifecycle: Lifecycle = "PRODUCTION"): SourceDef => ({
  name,
  system,
  versioned,
  lifecycle,
});
const c = (name: string, type: ConsumerType, lifecycle: Lifecycle = "PRODUCTION"): ConsumerDef => ({
  name,
  type,
  lifecycle,
});

/** The team whose debt falls over the year, and the one whose debt piles up. */
export const IMPROVING_TEAM = "team-ranking";
export const WORSENING_TEAM = "team-fraud";

export const DEMO_TEAMS: readonly DemoTeamDef[] = [
  {
    slug: "team-ranking",
    name: "Ranking",
    description: "Home feed and notification ranking.",
    trend: { kind: "improving", from: 0.4, to: 0.05 },
    modelCadence: [24, 40],
    staleShare: 0,
    models: [
      m("feed-ranker-v4", "ranking", "ONLINE"),
      m("ctr-predictor-v3", "binary classification", "ONLINE", "PRODUCTION", "LightGBM", true),
      m("dwell-time-regressor", "regression", "BATCH", "PRODUCTION", "XGBoost"),
      m("feed-diversity-reranker", "ranking", "ONLINE"),
      m("notification-ranker", "ranking", "BATCH", "PRODUCTION", "LightGBM"),
      m("story-ranker-v2", "ranking", "ONLINE", "EXPERIMENTAL"),
      m("feed-ranker-v3", "ranking", "ONLINE", "RETIRED"),
    ],
    sources: [
      s("events.page_views", "Kafka", false),
      s("events.feed_impressions", "Kafka", false),
      s("events.likes", "Kafka", true),
      s("social.follow_graph", "BigQuery", true),
    ],
    consumers: [
      c("home-feed-service", "SERVICE"),
      c("notifications-scheduler", "SERVICE"),
      c("feed-quality-dashboard", "DASHBOARD"),
      c("ranking-oncall", "TEAM"),
      c("story-tray-service", "SERVICE", "EXPERIMENTAL"),
      c("push-send-policy", "POLICY"),
      c("feed-experiments-readout", "DASHBOARD"),
      c("creator-insights-api", "SERVICE"),
      c("ranking-weekly-report", "DASHBOARD", "DEPRECATED"),
    ],
    vocabulary: {
      subjects: ["user", "post", "author", "session", "feed"],
      metrics: ["clicks", "impressions", "dwell-seconds", "likes", "shares", "hides", "ctr", "comments"],
      windows: ["1h", "24h", "7d", "28d"],
    },
  },
  {
    slug: "team-ads-relevance",
    name: "Ads Relevance",
    description: "Click and conversion prediction for the ads auction.",
    trend: { kind: "steady", level: 0.17, wobble: 0.12, phase: 0.1 },
    modelCadence: [35, 70],
    staleShare: 0.05,
    models: [
      m("ad-ctr-predictor", "binary classification", "ONLINE", "PRODUCTION", "TensorFlow"),
      m("pctr-calibrator", "calibration", "ONLINE", "PRODUCTION", "scikit-learn"),
      m("bid-shading-model", "regression", "ONLINE", "PRODUCTION", "XGBoost"),
      m("ad-conversion-model", "binary classification", "BATCH", "PRODUCTION", "TensorFlow", true),
      m("ad-relevance-classifier", "classification", "ONLINE"),
      m("creative-quality-scorer", "image classification", "BATCH", "EXPERIMENTAL"),
    ],
    sources: [
      s("ads.impressions", "Kafka", true),
      s("ads.conversions", "BigQuery", true),
      s("ads.auction_logs", "S3", false),
      s("ads.creatives", "Postgres", true),
      s("ads.advertiser_budgets", "Postgres", false),
    ],
    consumers: [
      c("ads-auction-service", "SERVICE"),
      c("ad-pacing-service", "SERVICE"),
      c("advertiser-reporting-dashboard", "DASHBOARD"),
      c("ads-quality-review", "TEAM"),
      c("budget-alerting-policy", "POLICY"),
      c("ads-billing-reconciler", "SERVICE"),
      c("campaign-planner-ui", "SERVICE"),
      c("ads-experiments-dashboard", "DASHBOARD"),
      c("sales-insights-export", "SERVICE", "RETIRED"),
    ],
    vocabulary: {
      subjects: ["ad", "advertiser", "campaign", "user", "placement", "creative"],
      metrics: ["clicks", "impressions", "conversions", "ctr", "cvr", "spend"],
      windows: ["1d", "7d", "14d", "30d"],
    },
  },
  {
    slug: "team-fraud",
    name: "Fraud & Risk",
    description: "Payment, account-takeover and promo-abuse detection.",
    trend: { kind: "worsening", from: 0.11, to: 0.37 },
    modelCadence: [30, 60],
    staleShare: 0.1,
    models: [
      m("checkout-fraud-scorer", "binary classification", "ONLINE", "PRODUCTION", "XGBoost"),
      m("fraud-score-adjuster", "regression", "ONLINE", "PRODUCTION", "scikit-learn"),
      m("account-takeover-detector", "anomaly detection", "STREAMING"),
      m("payment-risk-model", "binary classification", "ONLINE", "PRODUCTION", "LightGBM", true),
      m("promo-abuse-classifier", "classification", "BATCH", "PRODUCTION", "XGBoost"),
      m("chargeback-predictor", "binary classification", "BATCH", "DEPRECATED", "XGBoost"),
      m("device-graph-embedder", "graph embedding", "BATCH", "EXPERIMENTAL"),
    ],
    sources: [
      s("payments.transactions", "Postgres", true),
      s("payments.chargebacks", "BigQuery", true),
      s("fraud.blocked_accounts", "Postgres", false),
      s("risk.device_fingerprints", "Kafka", false),
      s("fraud.manual_reviews", "Postgres", false, "DEPRECATED"),
    ],
    consumers: [
      c("checkout-fraud-rules", "POLICY"),
      c("payment-gateway-service", "SERVICE"),
      c("fraud-review-queue", "TEAM"),
      c("risk-ops-dashboard", "DASHBOARD"),
      c("account-lockout-policy", "POLICY"),
      c("promo-eligibility-service", "SERVICE"),
      c("chargeback-disputes-tool", "SERVICE"),
      c("risk-weekly-report", "DASHBOARD"),
      c("merchant-risk-api", "SERVICE", "EXPERIMENTAL"),
    ],
    vocabulary: {
      subjects: ["card", "account", "device", "merchant", "ip", "order"],
      metrics: ["txn-count", "decline-rate", "amount-sum", "chargeback-rate", "distinct-cards", "failed-logins"],
      windows: ["1h", "24h", "7d", "90d"],
    },
  },
  {
    slug: "team-search",
    name: "Search",
    description: "Query understanding and search ranking.",
    trend: { kind: "steady", level: 0.14, wobble: 0.1, phase: 0.4 },
    modelCadence: [35, 75],
    staleShare: 0.05,
    models: [
      m("query-intent-classifier", "classification", "ONLINE", "PRODUCTION", "Transformers"),
      m("search-ltr-ranker", "learning to rank", "ONLINE", "PRODUCTION", "LightGBM"),
      m("spelling-corrector", "sequence to sequence", "ONLINE", "PRODUCTION", "Transformers"),
      m("query-embedding-encoder", "embedding", "ONLINE", "PRODUCTION", "Transformers"),
      m("autocomplete-ranker", "ranking", "ONLINE", "PRODUCTION", "LightGBM"),
      m("search-ctr-predictor", "binary classification", "ONLINE", "EXPERIMENTAL", "LightGBM"),
    ],
    sources: [
      s("search.query_logs", "Kafka", true),
      s("search.results_served", "Kafka", false),
      s("catalog.items", "Postgres", true),
      s("search.clicks", "Kafka", true),
    ],
    consumers: [
      c("search-api", "SERVICE"),
      c("autocomplete-service", "SERVICE"),
      c("search-relevance-dashboard", "DASHBOARD"),
      c("search-quality-raters", "TEAM"),
      c("query-rewrite-policy", "POLICY"),
      c("merchandising-tool", "SERVICE"),
      c("search-ab-readout", "DASHBOARD"),
      c("seo-landing-generator", "SERVICE", "DEPRECATED"),
      c("catalog-enrichment-job", "SERVICE"),
    ],
    vocabulary: {
      subjects: ["query", "item", "user", "category", "brand"],
      metrics: ["clicks", "impressions", "ctr", "add-to-cart", "zero-results", "reformulations"],
      windows: ["1d", "7d", "30d"],
    },
  },
  {
    slug: "team-recsys-platform",
    name: "Recsys Platform",
    description: "Shared embeddings, retrieval and recommendation widgets.",
    trend: { kind: "steady", level: 0.12, wobble: 0.1, phase: 0.7 },
    modelCadence: [40, 80],
    staleShare: 0.05,
    models: [
      m("item-embedding-two-tower", "embedding", "BATCH"),
      m("candidate-retrieval-ann", "retrieval", "ONLINE", "PRODUCTION", "FAISS"),
      m("similar-items-model", "retrieval", "BATCH"),
      m("user-embedding-model", "embedding", "BATCH"),
      m("cold-start-recommender", "ranking", "ONLINE", "EXPERIMENTAL"),
      m("session-recommender", "sequential recommendation", "STREAMING"),
    ],
    sources: [
      s("recs.served_recommendations", "Kafka", false),
      s("recs.impressions", "Kafka", true),
      s("catalog.item_attributes", "BigQuery", true),
      s("events.add_to_cart", "Kafka", true),
    ],
    consumers: [
      c("recs-widget-service", "SERVICE"),
      c("email-recs-batch", "SERVICE"),
      c("similar-items-api", "SERVICE"),
      c("recs-health-dashboard", "DASHBOARD"),
      c("cart-upsell-service", "SERVICE"),
      c("recs-platform-oncall", "TEAM"),
      c("homepage-carousel-service", "SERVICE"),
      c("recs-diversity-policy", "POLICY"),
      c("partner-feed-export", "SERVICE", "EXPERIMENTAL"),
    ],
    vocabulary: {
      subjects: ["item", "user", "session", "category", "brand"],
      metrics: ["views", "add-to-cart", "purchases", "recs-clicks", "co-views", "dwell-seconds"],
      windows: ["1h", "24h", "7d", "30d"],
    },
  },
  {
    slug: "team-forecasting",
    name: "Forecasting",
    description: "Demand, inventory and delivery-time forecasts.",
    trend: { kind: "steady", level: 0.24, wobble: 0.08, phase: 0.25 },
    modelCadence: [45, 90],
    staleShare: 0.08,
    models: [
      m("demand-forecast-daily", "time-series forecasting", "BATCH", "PRODUCTION", "Prophet"),
      m("inventory-forecaster", "time-series forecasting", "BATCH", "PRODUCTION", "LightGBM"),
      m("delivery-eta-regressor", "regression", "ONLINE", "PRODUCTION", "XGBoost"),
      m("supply-forecast-weekly", "time-series forecasting", "BATCH", "PRODUCTION", "statsmodels"),
      m("price-elasticity-model", "regression", "BATCH", "EXPERIMENTAL", "statsmodels"),
      m("capacity-planner-model", "regression", "BATCH", "DEPRECATED", "scikit-learn"),
    ],
    sources: [
      s("warehouse.orders_daily", "Snowflake", true),
      s("inventory.stock_levels", "Postgres", false),
      s("logistics.deliveries", "BigQuery", true),
      s("weather.forecasts_external", "S3", false),
      s("pricing.price_changes", "Postgres", true),
    ],
    consumers: [
      c("replenishment-service", "SERVICE"),
      c("warehouse-staffing-planner", "SERVICE"),
      c("eta-display-service", "SERVICE"),
      c("supply-chain-dashboard", "DASHBOARD"),
      c("finance-forecast-review", "TEAM"),
      c("reorder-threshold-policy", "POLICY"),
      c("carrier-allocation-service", "SERVICE"),
      c("exec-demand-dashboard", "DASHBOARD"),
      c("promo-planning-tool", "SERVICE"),
    ],
    vocabulary: {
      subjects: ["sku", "store", "region", "warehouse", "carrier"],
      metrics: ["units-sold", "stockouts", "lead-time", "delivery-delay", "price-index", "returns"],
      windows: ["7d", "28d", "52w"],
    },
  },
  {
    slug: "team-growth-analytics",
    name: "Growth Analytics",
    description: "Churn, lifetime value and promotion targeting.",
    trend: { kind: "steady", level: 0.3, wobble: 0.15, phase: 0.55 },
    modelCadence: [50, 95],
    staleShare: 0.12,
    models: [
      m("churn-predictor-v2", "binary classification", "BATCH", "PRODUCTION", "XGBoost"),
      m("ltv-regressor", "regression", "BATCH", "PRODUCTION", "LightGBM"),
      m("uplift-model-promos", "uplift modelling", "BATCH", "PRODUCTION", "CausalML"),
      m("signup-propensity", "binary classification", "BATCH", "EXPERIMENTAL", "scikit-learn"),
      m("reactivation-scorer", "binary classification", "BATCH", "PRODUCTION", "XGBoost"),
      m("churn-predictor-v1", "binary classification", "BATCH", "RETIRED", "scikit-learn"),
    ],
    sources: [
      s("users.signups", "Postgres", true),
      s("crm.subscriptions", "S3", false),
      s("marketing.campaigns", "BigQuery", true),
      s("promos.redemptions", "Postgres", false),
      s("experiments.assignments", "BigQuery", true),
    ],
    consumers: [
      c("email-campaign-tool", "SERVICE"),
      c("retention-dashboard", "DASHBOARD"),
      c("crm-sync-job", "SERVICE"),
      c("promo-targeting-policy", "POLICY"),
      c("growth-weekly-review", "TEAM"),
      c("paid-acquisition-bidder", "SERVICE"),
      c("winback-push-service", "SERVICE"),
      c("exec-kpi-dashboard", "DASHBOARD"),
      c("lifecycle-messaging-service", "SERVICE"),
    ],
    vocabulary: {
      subjects: ["user", "cohort", "subscription", "campaign", "channel"],
      metrics: ["sessions", "purchases", "revenue", "days-since-visit", "emails-opened", "promo-redemptions"],
      windows: ["7d", "30d", "90d"],
    },
  },
];

/** Entities nobody owns, a finding in themselves (orphan features are in shapes.ts). */
export const ORPHANS = {
  models: [
    m("legacy-ctr-model-2019", "binary classification", "BATCH", "DEPRECATED", "scikit-learn"),
    m("hackweek-sentiment-scorer", "sentiment analysis", "BATCH", "EXPERIMENTAL", "Transformers"),
  ],
  sources: [s("geo.regions_lookup", "Postgres", false)],
  consumers: [c("legacy-bi-export", "SERVICE", "DEPRECATED")],
};

/** Callers seen reading models that nobody declared: known only from usage. */
export const UNDECLARED_CONSUMERS: readonly ConsumerDef[] = [
  c("marketing-email-batch", "SERVICE"),
  c("partner-analytics-scraper", "SERVICE"),
  c("finance-adhoc-notebook", "TEAM"),
];

/** Features computed by the generator per team. */
export const FEATURES_PER_TEAM = 42;
