"""Sends OpenLineage RunEvents to debtboard with the official client's HTTP transport.

Used by test/integration/openlineage.test.ts. The client is configured from the environment,
as a pipeline would configure it: OPENLINEAGE_URL, OPENLINEAGE_ENDPOINT and
OPENLINEAGE__TRANSPORT__AUTH__API_KEY (with OPENLINEAGE__TRANSPORT__TYPE=http and
OPENLINEAGE__TRANSPORT__AUTH__TYPE=api_key). Argument: a JSON file listing runs:
  [{"job": {"namespace", "name"}, "runId", "start", "end",
    "inputs": [{"namespace", "name"}], "outputs": [...]}]
For each run it emits START (at "start") then COMPLETE (at "end"), and prints one JSON line per
event with the HTTP status debtboard answered and its body.
"""

import json
import sys

import requests

from openlineage.client import OpenLineageClient
from openlineage.client.event_v2 import InputDataset, Job, OutputDataset, Run, RunEvent, RunState

PRODUCER = "https://github.com/debtboard/debtboard/test/connectors/emit_openlineage.py"


def main() -> int:
    with open(sys.argv[1], encoding="utf-8") as f:
        runs = json.load(f)
    client = OpenLineageClient()  # the http transport, from OPENLINEAGE__TRANSPORT__* variables
    transport = client.transport
    for r in runs:
        job = Job(namespace=r["job"]["namespace"], name=r["job"]["name"])
        run = Run(runId=r["runId"])
        inputs = [InputDataset(namespace=d["namespace"], name=d["name"]) for d in r.get("inputs", [])]
        outputs = [OutputDataset(namespace=d["namespace"], name=d["name"]) for d in r.get("outputs", [])]
        for state, at in ((RunState.START, r["start"]), (RunState.COMPLETE, r["end"])):
            event = RunEvent(
                eventType=state, eventTime=at, run=run, job=job, producer=PRODUCER, inputs=inputs, outputs=outputs
            )
            # transport.emit returns the HTTP response (client.emit swallows it); a refusal raises.
            try:
                response = transport.emit(event)
            except requests.HTTPError as refused:
                response = refused.response
            print(json.dumps({"status": response.status_code, "body": response.json()}), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
