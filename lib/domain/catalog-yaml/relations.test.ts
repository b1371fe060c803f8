import { describe, expect, it } from "vitest";
import { relationForField, relationFrom } from "./relations";

describe("relations follow the data flow", () => {
  it.each([
    ["DATA_SOURCE", "FEATURE", "FEATURE_FROM_SOURCE"],
    ["MODEL", "FEATURE", "FEATURE_FROM_MODEL"],
    ["FEATURE", "MODEL", "MODEL_USES_FEATURE"],
    ["MODEL", "CONSUMER", "CONSUMER_READS_MODEL"],
    ["CONSUMER", "DATA_SOURCE", "CONSUMER_WRITES_SOURCE"],
    ["DATA_SOURCE", "DATA_SOURCE", "SOURCE_FROM_SOURCE"],
    ["DATA_SOURCE", "CONSUMER", "CONSUMER_READS_SOURCE"],
    ["DATA_SOURCE", "MODEL", null],
    ["CONSUMER", "MODEL", null],
    ["MODEL", "MODEL", null],
  ] as const)("%s → %s = %s", (from, to, kind) => {
    expect(relationFrom(from, to)).toBe(kind);
  });

  it.each([
    ["uses", "MODEL", "FEATURE", { kind: "MODEL_USES_FEATURE", ownerIsFrom: false }],
    ["derivedFrom", "FEATURE", "MODEL", { kind: "FEATURE_FROM_MODEL", ownerIsFrom: false }],
    ["consumes", "CONSUMER", "MODEL", { kind: "CONSUMER_READS_MODEL", ownerIsFrom: false }],
    ["writesTo", "CONSUMER", "DATA_SOURCE", { kind: "CONSUMER_WRITES_SOURCE", ownerIsFrom: true }],
    ["derivedFrom", "DATA_SOURCE", "DATA_SOURCE", { kind: "SOURCE_FROM_SOURCE", ownerIsFrom: false }],
    ["reads", "CONSUMER", "DATA_SOURCE", { kind: "CONSUMER_READS_SOURCE", ownerIsFrom: false }],
  ] as const)("%s on a %s naming a %s", (field, owner, target, expected) => {
    expect(relationForField(field, owner, target)).toEqual(expected);
  });
});
