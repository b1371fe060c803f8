// The REST API over real HTTP: a maintainer makes a team token in the UI, and a script with
// nothing but that bearer token lists, creates and reads entities. The API takes no cookies.
import { expect, request, test } from "@playwright/test";

test("a team token made in the UI drives /api/v1 over HTTP, and nothing else gets in", async ({ page, baseURL }) => {
  await page.goto("/settings/tokens");
  await page.getByLabel("Name").fill(`e2e api ${Date.now()}`);
  await page.getByLabel("Acts as").selectOption({ label: "Ranking (team token, as a maintainer)" });
  await page.getByRole("checkbox", { name: /catalog:write/ }).check();
  await page.getByRole("button", { name: "Create token" }).click();
  const secret = (await page.getByTestId("new-token").textContent())?.trim() ?? "";
  expect(secret.length).toBeGreaterThan(20);

  const api = await request.newContext({ baseURL, extraHTTPHeaders: { Authorization: `Bearer ${secret}` } });
  try {
    const list = await api.get("/api/v1/entities?kind=MODEL&limit=5");
    expect(list.status()).toBe(200);
    const page1 = (await list.json()) as { items: { name: string }[]; nextCursor: string | null };
    expect(page1.items).toHaveLength(5);
    expect(page1.nextCursor).toBeTruthy();
    const page2 = (await (await api.get(`/api/v1/entities?kind=MODEL&limit=5&cursor=${page1.nextCursor}`)).json()) as {
      items: { name: string }[];
    };
    expect(page2.items.map((e) => e.name)).not.toContain(page1.items[0]?.name);

    const bad = await api.post("/api/v1/entities", {
      data: { kind: "MODEL", name: "Not A Valid Name!", team: "team-ranking" },
    });
    expect(bad.status()).toBe(400);
    const badBody = (await bad.json()) as { error: { code: string; message: string } };
    expect(badBody.error.code).toBe("invalid");
    expect(badBody.error.message).toMatch(/name/);

    const name = `api-made-model-${Date.now()}`;
    const created = await api.post("/api/v1/entities", {
      data: { kind: "MODEL", name, team: "team-ranking", lifecycle: "experimental", model: { task: "ranking" } },
    });
    expect(created.status()).toBe(201);
    const fetched = await api.get(`/api/v1/entities/models/${name}`);
    expect(fetched.status()).toBe(200);
    expect(await fetched.json()).toMatchObject({ name, kind: "MODEL" });

    const otherTeam = await api.post("/api/v1/entities", {
      data: { kind: "MODEL", name: `${name}-fraud`, team: "team-fraud" },
    });
    expect(otherTeam.status()).toBe(403);
    expect((await api.get(`/api/v1/entities/models/${name}-fraud`)).status()).toBe(404);
  } finally {
    await api.dispose();
  }

  const anonymous = await request.newContext({ baseURL });
  expect((await anonymous.get("/api/v1/entities")).status()).toBe(401);
  await anonymous.dispose();
  // The signed-in browser's session cookie is not an API credential.
  expect((await page.request.get("/api/v1/entities")).status()).toBe(401);
});
