// Word lists for believable generated names at any size; a running number keeps them unique.

export const DOMAINS = [
  "ranking",
  "ads",
  "fraud",
  "search",
  "recs",
  "forecast",
  "growth",
  "pricing",
  "logistics",
  "risk",
  "vision",
  "nlp",
  "payments",
  "trust",
  "maps",
  "support",
  "marketing",
  "catalog",
  "supply",
  "identity",
] as const;

export const MODEL_NOUNS = [
  "ranker",
  "classifier",
  "predictor",
  "regressor",
  "scorer",
  "encoder",
  "detector",
  "forecaster",
  "reranker",
  "calibrator",
];
export const TASKS = [
  "ranking",
  "binary classification",
  "regression",
  "embedding",
  "anomaly detection",
  "time-series forecasting",
  "classification",
];
export const FRAMEWORKS = ["PyTorch", "TensorFlow", "XGBoost", "LightGBM", "scikit-learn"];
export const SUBJECTS = [
  "user",
  "item",
  "session",
  "query",
  "merchant",
  "order",
  "device",
  "campaign",
  "account",
  "store",
];
export const METRICS = [
  "clicks",
  "impressions",
  "ctr",
  "purchases",
  "revenue",
  "views",
  "declines",
  "returns",
  "sessions",
  "dwell-seconds",
];
export const WINDOWS = ["1h", "24h", "7d", "28d", "90d"];
export const SOURCE_PREFIXES = ["events", "warehouse", "ops", "raw", "curated"];
export const SOURCE_NOUNS = [
  "page_views",
  "clicks",
  "orders",
  "payments",
  "sessions",
  "inventory",
  "deliveries",
  "signups",
  "impressions",
  "logs",
];
export const SYSTEMS = ["Kafka", "BigQuery", "S3", "Postgres", "Snowflake"];
export const CONSUMER_NOUNS = ["service", "dashboard", "policy", "job", "api", "report"];
