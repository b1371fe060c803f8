import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { openHandedUser, sealHandedUser } from "./proxy-session";

const user = { id: "u1", name: "Ada Lovelace", email: "ada@example.com", image: null };
const b64 = (x: string | Buffer) => Buffer.from(x).toString("base64url");
const sealed = sealHandedUser(user);
const [secretPart] = sealed.split(".");

describe("a session handed from the proxy to the page", () => {
  it("opens what this process sealed, image or not", () => {
    expect(openHandedUser(sealed)).toEqual(user);
    expect(openHandedUser(sealHandedUser({ ...user, image: "https://x/a.png" }))).toEqual({
      ...user,
      image: "https://x/a.png",
    });
    expect(openHandedUser(sealHandedUser({ id: "u2", name: "B", email: "b@x" }))).toMatchObject({ image: null });
  });

  it.each([
    { name: "no header", value: null },
    { name: "empty", value: "" },
    { name: "no separator", value: b64(JSON.stringify(user)) },
    { name: "a guessed secret", value: `${b64(randomBytes(32))}.${b64(JSON.stringify(user))}` },
    { name: "a secret of another length", value: `${b64("short")}.${b64(JSON.stringify(user))}` },
    { name: "nothing before the separator", value: `.${b64(JSON.stringify(user))}` },
    { name: "the right secret, not JSON", value: `${secretPart}.${b64("not json")}` },
    { name: "the right secret, no id", value: `${secretPart}.${b64(JSON.stringify({ name: "x", email: "y" }))}` },
    { name: "the right secret, a number id", value: `${secretPart}.${b64(JSON.stringify({ ...user, id: 7 }))}` },
    { name: "the right secret, JSON null", value: `${secretPart}.${b64("null")}` },
  ])("refuses $name", ({ value }) => {
    expect(openHandedUser(value)).toBeNull();
  });
});
