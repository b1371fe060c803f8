import { describe, expect, it } from "vitest";
import { problemWith } from "./http";

const page = (body: string, status = 200) => ({ ms: 1, status, bytes: body.length, body });

describe("problemWith", () => {
  it.each([
    { body: "<main>ok</main>", status: 200, problem: false },
    { body: '<template data-dgst="123"></template>', status: 200, problem: true },
    { body: 'self.__next_f.push([1,"24:E{\\"digest\\":\\"2112073250\\"}\\n"])', status: 200, problem: true },
    { body: '{"digest":"99"}', status: 200, problem: true },
    { body: "<main>ok</main>", status: 500, problem: true },
  ])("$body ($status) → problem: $problem", ({ body, status, problem }) => {
    expect(problemWith(page(body, status), 200) !== null).toBe(problem);
  });
});
