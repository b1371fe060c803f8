import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { describeStatement, queryLogEnd, readQueryLog } from "./sql";

describe("readQueryLog", () => {
  let dir = "";
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it("reads what the log gained since an offset, parses parameters and leaves transaction control out", async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), "bench-sql-"));
    const file = path.join(dir, "q.jsonl");
    const line = (sql: string, params: unknown[], ms = 1) =>
      `${JSON.stringify({ sql, params: JSON.stringify(params), ms })}\n`;
    await writeFile(file, line("SELECT 1", []));
    const offset = await queryLogEnd(file);
    await writeFile(
      file,
      line("SELECT 1", []) +
        line('SELECT * FROM "Entity" WHERE id = $1 AND tags @> $2', ["e1", ["a"]], 2.5) +
        line("COMMIT", []) +
        line("begin", []),
      { flag: "w" },
    );
    const { statements, offset: end } = await readQueryLog(file, offset);
    expect(statements).toEqual([
      { sql: 'SELECT * FROM "Entity" WHERE id = $1 AND tags @> $2', params: ["e1", ["a"]], ms: 2.5 },
    ]);
    expect(end).toBe(await queryLogEnd(file));
    expect((await readQueryLog(file, end)).statements).toEqual([]);
  });

  it("treats a missing log as empty", async () => {
    expect(await queryLogEnd("/nonexistent/bench.jsonl")).toBe(0);
    expect((await readQueryLog("/nonexistent/bench.jsonl", 0)).statements).toEqual([]);
  });
});

describe("describeStatement", () => {
  it("squeezes whitespace and cuts long statements", () => {
    expect(describeStatement("SELECT  a,\n   b\nFROM t")).toBe("SELECT a, b FROM t");
    expect(describeStatement("x".repeat(200), 10)).toBe(`${"x".repeat(9)}…`);
  });
});
