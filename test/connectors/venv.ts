// The Python virtual environments the connector tests use, one per tool so their pinned
// dependencies never have to agree (.venv-connectors/<tool>/, git-ignored): each is created with
// `python3 -m venv` and filled with pip from test/connectors/<tool>/requirements.txt, once, and
// reused while that file is unchanged (its sha256 is stamped into the venv last, so a venv cut
// short by a crash is rebuilt). No Python, no venv module or no pip install is an error with a
// message saying what to install — the connector tests fail rather than skip.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

// npm test, vitest and the scripts all run from the repository root.
const ROOT = process.cwd();
const TOOLS_DIR = path.join(ROOT, "test", "connectors");
const VENVS = path.join(ROOT, ".venv-connectors");

/** Every tool with a test/connectors/<tool>/requirements.txt, sorted. */
export function connectorTools(): string[] {
  return readdirSync(TOOLS_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(path.join(TOOLS_DIR, d.name, "requirements.txt")))
    .map((d) => d.name)
    .sort();
}

/** The tool's folder of scripts and requirements (test/connectors/<tool>/). */
export function connectorToolDir(tool: string): string {
  return path.join(TOOLS_DIR, tool);
}

/** The venv's bin folder (its python, and commands such as `mlflow`, `dbt`, `feast`). */
export function venvBin(tool: string): string {
  return path.join(VENVS, tool, "bin");
}

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

/** Makes sure the tool's venv exists and matches its requirements; returns its python. Throws with the reason. */
export function ensureConnectorsVenv(tool: string, log: (line: string) => void = () => {}): string {
  const requirements = path.join(TOOLS_DIR, tool, "requirements.txt");
  if (!existsSync(requirements)) throw new Error(`No connector tool "${tool}": ${requirements} does not exist.`);
  const venv = path.join(VENVS, tool);
  const python = path.join(venv, "bin", "python");
  const stamp = path.join(venv, ".requirements-sha256");
  const want = createHash("sha256").update(readFileSync(requirements)).digest("hex");
  if (existsSync(stamp) && existsSync(python) && readFileSync(stamp, "utf8").trim() === want) return python;
  const system = findPython();
  log(`Creating ${path.relative(ROOT, venv)}/ with ${system} -m venv and pip (${path.relative(ROOT, requirements)})`);
  rmSync(venv, { recursive: true, force: true });
  const made = spawnSync(system, ["-m", "venv", venv], { encoding: "utf8" });
  if (made.status !== 0)
    throw new Error(
      `\`${system} -m venv\` failed (Debian: apt-get install python3-venv): ${(made.stderr || made.stdout).trim()}`,
    );
  const pip = spawnSync(
    python,
    ["-m", "pip", "install", "--disable-pip-version-check", "--no-input", "-q", "-r", requirements],
    { encoding: "utf8", timeout: 20 * 60_000 },
  );
  if (pip.status !== 0)
    throw new Error(
      `pip could not install ${path.relative(ROOT, requirements)} into ${venv} (is PyPI reachable?): ${(pip.stderr || pip.stdout || String(pip.error)).trim().slice(-2000)}`,
    );
  writeFileSync(stamp, `${want}\n`);
  return python;
}
