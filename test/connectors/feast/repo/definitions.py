# A small feature repository for the Feast connector test (test/integration/connector-feast.test.ts).
# Team slugs and the model's name come from the environment, so each test run has its own.
import os
from datetime import timedelta

from feast import Entity, FeatureService, FeatureView, Field, FileSource, PushSource, RequestSource
from feast.on_demand_feature_view import on_demand_feature_view
from feast.types import Array, Float32, Float64, Int64, String
import pandas as pd

TEAM = os.environ["DEBTBOARD_TEAM"]  # e.g. "feast-a-1234": tagged with underscores, as Feast users write
MODEL = os.environ["DEBTBOARD_MODEL"]

# `feast apply` reads the file source's columns: a few rows are enough.
os.makedirs("data", exist_ok=True)
if not os.path.exists("data/clicks.parquet"):
    pd.DataFrame(
        {
            "user_id": [1, 2],
            "event_timestamp": pd.to_datetime(["2026-01-01", "2026-01-02"], utc=True),
            "clicks_7d": [3, 5],
            "ctr": [0.1, 0.2],
            "country": ["NL", "DE"],
            "embedding": [[0.1, 0.2], [0.3, 0.4]],
            "sessions": [1, 2],
        }
    ).to_parquet("data/clicks.parquet")

user = Entity(name="user", join_keys=["user_id"])

clicks_source = FileSource(
    name="clicks_source",
    path="data/clicks.parquet",
    timestamp_field="event_timestamp",
    description="Click events per user, hourly.",
)

user_clicks = FeatureView(
    name="user_clicks",
    entities=[user],
    ttl=timedelta(days=7),
    schema=[
        Field(name="clicks_7d", dtype=Int64, description="Clicks in the last 7 days"),
        Field(name="ctr", dtype=Float32),
        Field(name="country", dtype=String),
        Field(name="embedding", dtype=Array(Float32)),
    ],
    online=True,
    source=clicks_source,
    tags={"team": TEAM.replace("-", "_"), "lifecycle": "production"},
)

clicks_push = PushSource(name="clicks_push", batch_source=clicks_source)

user_clicks_fresh = FeatureView(
    name="user_clicks_fresh",
    entities=[user],
    ttl=timedelta(hours=1),
    schema=[Field(name="ctr", dtype=Float32)],
    online=True,
    source=clicks_push,
    tags={"team": "no_such_team"},
)

orphan_view = FeatureView(
    name="orphan_view",
    entities=[user],
    ttl=timedelta(days=1),
    schema=[Field(name="sessions", dtype=Int64)],
    source=clicks_source,
)

request_vals = RequestSource(name="request_vals", schema=[Field(name="boost", dtype=Float64)])


@on_demand_feature_view(
    sources=[user_clicks, request_vals],
    schema=[Field(name="boosted_ctr", dtype=Float64)],
    tags={"team": TEAM},
)
def ctr_boost(inputs: pd.DataFrame) -> pd.DataFrame:
    out = pd.DataFrame()
    out["boosted_ctr"] = inputs["ctr"] * inputs["boost"]
    return out


ranker = FeatureService(name="ranker_v1", features=[user_clicks[["ctr", "clicks_7d"]], ctr_boost], tags={"model": MODEL})
untagged = FeatureService(name="untagged_service", features=[user_clicks])
