// The Python virtual environment the connector tests use (.venv-connectors/, git-ignored):
// created with `python3 -m venv` and filled with pip from test/connectors/requirements.txt, once;
// reused while that file is unchanged (its sha256 is stamped into the venv last, so a venv cut
// short by a crash is rebuilt). No Python, no venv module or no pip install is an error with a
// message saying what to install — the connector tests fail rather than skip.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

// npm test, vitest and the scripts all run from the repository root.
const ROOT = process.cwd();
export const REQUIREMENTS = path.join(ROOT, "test", "connectors", "requirements.txt");
export const VENV = path.join(ROOT, ".venv-connectors");
const STAMP = path.join(VENV, ".requirements-sha256");
/** The interpreter inside the venv. */
export const VENV_PYTHON = path.join(VENV, "bin", "python");

function findPython(): string {
  for (const candidate of [process.env.CONNECTORS_PYTHON, "python3.11", "python3"]) {
    if (!candidate) continue;
    const r = spawnSync(candidate, ["-c", "import sys; print(sys.version_info >= (3, 9))"], { encoding: "utf8" });
    if (r.status === 0 && r.stdout.trim() === "True") return candidate;
  }
  throw new Error(
    "The connector tests need Python 3.9 or later (python3.11 or python3 on PATH, or CONNECTORS_PYTHON): none was found. Install it (Debian: apt-get install python3 python3-venv).",
  );
}

/** Makes sure the venv exists and matches the requirements; returns its python. Throws with the reason. */
export function ensureConnectorsVenv(log: (line: string) => void = () => {}): string {
  const want = createHash("sha256").update(readFileSync(REQUIREMENTS)).digest("hex");
  if (existsSync(STAMP) && existsSync(VENV_PYTHON) && readFileSync(STAMP, "utf8").trim() === want) return VENV_PYTHON;
  const python = findPython();
  log(`Creating ${path.relative(ROOT, VENV)}/ with ${python} -m venv and pip (test/connectors/requirements.txt)`);
  rmSync(VENV, { recursive: true, force: true });
  const venv = spawnSync(python, ["-m", "venv", VENV], { encoding: "utf8" });
  if (venv.status !== 0)
    throw new Error(
      `\`${python} -m venv\` failed (Debian: apt-get install python3-venv): ${(venv.stderr || venv.stdout).trim()}`,
    );
  const pip = spawnSync(
    VENV_PYTHON,
    ["-m", "pip", "install", "--disable-pip-version-check", "--no-input", "-q", "-r", REQUIREMENTS],
    { encoding: "utf8", timeout: 15 * 60_000 },
  );
  if (pip.status !== 0)
    throw new Error(
      `pip could not install test/connectors/requirements.txt into ${VENV} (is PyPI reachable?): ${(pip.stderr || pip.stdout || String(pip.error)).trim().slice(-2000)}`,
    );
  writeFileSync(STAMP, `${want}\n`);
  return VENV_PYTHON;
}
