// The shipped checklist: the debt categories of Sculley et al. 2015 and the ML Test Score of
// Breck et al. 2017, phrased in our own words. Keys are stable identifiers that answers,
// findings and action items refer to; edit text freely (the database versions it), but never
// rename or reuse a key. Array order is the display order.
import type { CategoryDef, ItemDef } from "./types";

const S2 = "§2 Complex models erode boundaries";
const S3 = "§3 Data dependencies cost more than code dependencies";
const S4 = "§4 Feedback loops";
const S5 = "§5 ML-system anti-patterns";
const S6 = "§6 Configuration debt";
const S7 = "§7 Dealing with changes in the external world";
const S8 = "§8 Other areas of ML-related debt";
const BRECK = "Breck et al. 2017, The ML Test Score";

export const CATEGORIES: readonly CategoryDef[] = [
  {
    key: "entanglement",
    name: "Entanglement (CACE)",
    rubric: "DEBT",
    paperSection: S2,
    description:
      "Inputs, hyper-parameters and thresholds interact inside a model, so changing any one of them shifts how the rest behave.",
  },
  {
    key: "correction-cascades",
    name: "Correction cascades",
    rubric: "DEBT",
    paperSection: S2,
    description:
      "A model patched on top of another model's output, so the base model can no longer be improved without breaking what depends on it.",
  },
  {
    key: "undeclared-consumers",
    name: "Undeclared consumers",
    rubric: "DEBT",
    paperSection: S2,
    description:
      "Systems that read a model's output without its owners knowing, which turns every model change into a gamble.",
  },
  {
    key: "unstable-data-dependencies",
    name: "Unstable data dependencies",
    rubric: "DEBT",
    paperSection: S3,
    description: "Inputs that change meaning or distribution over time because someone else owns or recomputes them.",
  },
  {
    key: "underutilized-data-dependencies",
    name: "Underutilized data dependencies",
    rubric: "DEBT",
    paperSection: S3,
    description:
      "Inputs that add little or nothing to a model yet still cost upkeep and make it fragile: legacy, bundled, marginal or proxy features.",
  },
  {
    key: "static-analysis-data-dependencies",
    name: "Static analysis of data dependencies",
    rubric: "DEBT",
    paperSection: S3,
    description:
      "No compiler tracks data dependencies, so they have to be declared and checked before anyone can reason about them.",
  },
  {
    key: "feedback-loops",
    name: "Feedback loops (direct and hidden)",
    rubric: "DEBT",
    paperSection: S4,
    description:
      "A model's decisions shape the data it later learns from, either directly or through other systems that act on the same users or world.",
  },
  {
    key: "glue-code",
    name: "Glue code",
    rubric: "DEBT",
    paperSection: S5,
    description:
      "Most of a mature ML system is code that moves data in and out of general-purpose packages, and that code locks the system to them.",
  },
  {
    key: "pipeline-jungles",
    name: "Pipeline jungles",
    rubric: "DEBT",
    paperSection: S5,
    description:
      "Data preparation that grew step by step into a tangle of extracts, joins, samples and intermediate files.",
  },
  {
    key: "dead-experimental-codepaths",
    name: "Dead experimental codepaths",
    rubric: "DEBT",
    paperSection: S5,
    description: "Experiment branches left in production code, multiplying the combinations of behaviour nobody tests.",
  },
  {
    key: "abstraction-debt",
    name: "Abstraction debt and common smells",
    rubric: "DEBT",
    paperSection: S5,
    description:
      "Weak abstractions for data, models and predictions, and the smells that follow: bare numbers for domain values, prototypes in production, unclear multi-language boundaries.",
  },
  {
    key: "configuration-debt",
    name: "Configuration debt",
    rubric: "DEBT",
    paperSection: S6,
    description:
      "Settings (feature lists, thresholds, special-case rules, fallbacks) that outgrow the code they configure and get less care.",
  },
  {
    key: "fixed-thresholds",
    name: "Fixed thresholds in dynamic systems",
    rubric: "DEBT",
    paperSection: S7,
    description:
      "Hand-set decision thresholds, and decision rules tied to one model's scores, that stop being right once the model or the world changes.",
  },
  {
    key: "monitoring-and-testing",
    name: "Monitoring and testing",
    rubric: "DEBT",
    paperSection: S7,
    description:
      "Live checks that notice when predictions, actions or upstream data drift, and respond before users do.",
  },
  {
    key: "data-testing-debt",
    name: "Data testing debt",
    rubric: "DEBT",
    paperSection: S8,
    description: "Input data that is not tested the way code is.",
  },
  {
    key: "reproducibility-debt",
    name: "Reproducibility debt",
    rubric: "DEBT",
    paperSection: S8,
    description: "Training runs that cannot be repeated with the same result, or at all.",
  },
  {
    key: "process-management-debt",
    name: "Process management debt",
    rubric: "DEBT",
    paperSection: S8,
    description:
      "Many models and pipelines run by hand, without clear owners, safe bulk changes or practised recovery.",
  },
  {
    key: "cultural-debt",
    name: "Cultural debt",
    rubric: "DEBT",
    paperSection: S8,
    description:
      "Research and engineering work apart, and simplification, stability and monitoring are valued less than accuracy.",
  },
  {
    key: "operational-hygiene",
    name: "Operational hygiene",
    rubric: "DEBT",
    paperSection: "Practitioners' recommendations on the paper",
    description:
      "Everyday habits that make the rest possible: logging what the model saw and did, and coping with missing values.",
  },
  {
    key: "ml-test-data",
    name: "ML Test Score: data",
    rubric: "ML_TEST_SCORE",
    paperSection: BRECK,
    description:
      "Tests for features and data. Yes = automated and run repeatedly (1 point); partly = done by hand with results documented and shared (½); no = not done (0).",
  },
  {
    key: "ml-test-model",
    name: "ML Test Score: model development",
    rubric: "ML_TEST_SCORE",
    paperSection: BRECK,
    description:
      "Tests for how the model is specified, tuned and evaluated. Yes = automated (1), partly = manual and documented (½), no = not done (0).",
  },
  {
    key: "ml-test-infrastructure",
    name: "ML Test Score: infrastructure",
    rubric: "ML_TEST_SCORE",
    paperSection: BRECK,
    description:
      "Tests for the training and serving machinery. Yes = automated (1), partly = manual and documented (½), no = not done (0).",
  },
  {
    key: "ml-test-monitoring",
    name: "ML Test Score: monitoring",
    rubric: "ML_TEST_SCORE",
    paperSection: BRECK,
    description:
      "Checks on the model once it serves. Yes = automated (1), partly = manual and documented (½), no = not done (0).",
  },
];

const DEBT_ITEMS: readonly ItemDef[] = [
  // ── Entanglement (CACE) ──
  {
    key: "entanglement.change-impact-sliced",
    categoryKey: "entanglement",
    question:
      "Before a change to this model's inputs, settings or training data ships, is its effect on predictions compared per important segment, not only on the headline metric?",
    guidance:
      "Because a model mixes its inputs, one tweak can leave the overall metric flat while moving a segment " +
      "a lot. A pass: every change comes with an old-versus-new comparison of predictions broken down by the " +
      "segments that matter, kept with the change. The paper's advice is to watch prediction behaviour by slice " +
      "so shifts show up as they happen.",
    weight: 3,
    appliesTo: ["MODEL"],
    remediationDays: 5,
  },
  {
    key: "entanglement.blast-radius-known",
    categoryKey: "entanglement",
    question: "Can you name everything downstream that would behave differently if this changed?",
    guidance:
      "Entanglement reaches past the model: a feature or source feeds every model and consumer after it. A " +
      "pass: the downstream closure is declared in the catalogue and the team has checked it is complete. Use " +
      "the lineage graph's blast-radius view; a gap there is a gap in your knowledge.",
    weight: 2,
    appliesTo: ["MODEL", "FEATURE", "DATA_SOURCE"],
    remediationDays: 1,
  },
  {
    key: "entanglement.one-change-at-a-time",
    categoryKey: "entanglement",
    question:
      "Are changes to inputs, hyper-parameters and thresholds released so that the effect of each one can be told apart?",
    guidance:
      "Shipping several coupled changes together makes it impossible to say which one helped or hurt, and invites " +
      "the next change to undo the last. A pass: changes go out one at a time, or behind separate experiment " +
      "arms, with their measured effect recorded.",
    weight: 2,
    appliesTo: ["MODEL"],
    remediationDays: 1,
  },
  {
    key: "entanglement.subproblems-isolated",
    categoryKey: "entanglement",
    question:
      "Where this model serves clearly different sub-problems, are they handled by separable parts rather than one model that must get all of them right at once?",
    guidance:
      "Isolating sub-problems keeps a change for one from disturbing the others. A pass: one purpose per model, " +
      "or independent components combined at the end. The paper suggests isolating models and serving ensembles, " +
      "while noting that ensembles only help when their parts are truly independent. Answer n/a if the model " +
      "has a single purpose.",
    weight: 1,
    appliesTo: ["MODEL"],
    remediationDays: 10,
  },

  // ── Correction cascades ──
  {
    key: "correction-cascades.no-score-inputs",
    categoryKey: "correction-cascades",
    question: "Does this model avoid using another model's score or prediction as one of its inputs?",
    guidance:
      "A model trained on another's output inherits its every change: improve the upstream model and this one " +
      "can get worse, until nobody dares touch either. A pass: no upstream model outputs among the inputs, " +
      "or each is pinned to a frozen version and re-validated on upgrade. Prefer reusing the upstream model's " +
      "features over its score; or teach the base model the distinction with extra features; or build a separate " +
      "model.",
    weight: 3,
    appliesTo: ["MODEL"],
    remediationDays: 5,
  },
  {
    key: "correction-cascades.feature-from-raw-data",
    categoryKey: "correction-cascades",
    question: "Is this feature computed from raw data rather than from another model's prediction?",
    guidance:
      "A feature derived from a model's output silently makes every model that reads it a correction on top " +
      "of that model. A pass: the feature comes from raw or curated data, or it is declared as model-derived " +
      "in the catalogue and pinned to a version.",
    weight: 2,
    appliesTo: ["FEATURE"],
    remediationDays: 3,
  },
  {
    key: "correction-cascades.no-downstream-patch",
    categoryKey: "correction-cascades",
    question:
      "Is the model's output used as it is, without a downstream multiplier, offset or rule that adapts it to a slightly different problem?",
    guidance:
      "Patching a score for a neighbouring use case couples that use to the model's exact calibration; the " +
      "next retrain breaks the patch. A pass: each use has a model trained for it, or the base model takes " +
      "the use case as an input.",
    weight: 2,
    appliesTo: ["MODEL", "CONSUMER"],
    remediationDays: 3,
  },
  {
    key: "correction-cascades.upstream-retrain-checked",
    categoryKey: "correction-cascades",
    question:
      "When a model this one depends on is retrained, is this one re-evaluated before the new upstream version goes live?",
    guidance:
      "Without this step an upstream improvement can degrade the dependent model unnoticed. A pass: the upstream " +
      "release process triggers an evaluation of this model and blocks on a regression. Answer n/a if nothing " +
      "upstream is a model.",
    weight: 2,
    appliesTo: ["MODEL"],
    remediationDays: 3,
  },

  // ── Undeclared consumers ──
  {
    key: "undeclared-consumers.all-declared",
    categoryKey: "undeclared-consumers",
    question: "Is every system or team that reads this model's output recorded as a declared consumer?",
    guidance:
      "An unknown reader makes every model update a risk you cannot size, and its actions may flow back into " +
      "training data. A pass: the catalogue lists every consumer, and observed usage (serving logs, table reads) " +
      "matches the declared list.",
    weight: 3,
    appliesTo: ["MODEL"],
    remediationDays: 2,
  },
  {
    key: "undeclared-consumers.access-controlled",
    categoryKey: "undeclared-consumers",
    question:
      "Is access to this output (serving endpoint, prediction tables, logs, exported files) restricted so that a new reader has to ask first?",
    guidance:
      "Open outputs get picked up quietly, and the quiet readers are the ones hurt by the next change. A pass: " +
      "reading requires a grant that is tied to a declared consumer. This is the paper's main defence against " +
      "hidden readers.",
    weight: 2,
    appliesTo: ["MODEL", "DATA_SOURCE"],
    remediationDays: 3,
  },
  {
    key: "undeclared-consumers.consumer-registered",
    categoryKey: "undeclared-consumers",
    question:
      "Is this consumer's use of the model declared, with a named owner who hears about model changes before they ship?",
    guidance:
      "Declaration only helps if someone on the consuming side is told. A pass: the consumer is in the catalogue with an owning team, and that team is on the model's release notifications.",
    weight: 3,
    appliesTo: ["CONSUMER"],
    remediationDays: 0.5,
  },
  {
    key: "undeclared-consumers.service-agreement",
    categoryKey: "undeclared-consumers",
    question:
      "Has this consumer agreed with the model's owners what it relies on: which outputs, what quality and latency, and how changes are announced?",
    guidance:
      "A written agreement turns a hidden dependency into a managed one. A pass: a short, current service agreement (or contract test) exists and both sides know where it is.",
    weight: 2,
    appliesTo: ["CONSUMER"],
    remediationDays: 1,
  },

  // ── Unstable data dependencies ──
  {
    key: "unstable-data-dependencies.pinned-inputs",
    categoryKey: "unstable-data-dependencies",
    question:
      "Does this read a versioned (frozen) copy of its inputs, moving to a newer version only after checking it?",
    guidance:
      "An input that changes under you changes the model without a release. A pass: inputs are read at a pinned " +
      "version or snapshot, and upgrading is a deliberate, reviewed step. This is the paper's suggested remedy.",
    weight: 3,
    appliesTo: ["MODEL", "FEATURE"],
    remediationDays: 5,
  },
  {
    key: "unstable-data-dependencies.source-versioned",
    categoryKey: "unstable-data-dependencies",
    question: "Is this data source versioned, so that readers can pin a version and re-read an older one?",
    guidance:
      "Without versions, readers cannot protect themselves from changes, and nobody can tell which data a model " +
      "saw. A pass: each published state has an identifier that can be read back for as long as models trained " +
      "on it are in use.",
    weight: 3,
    appliesTo: ["DATA_SOURCE"],
    remediationDays: 5,
  },
  {
    key: "unstable-data-dependencies.changes-announced",
    categoryKey: "unstable-data-dependencies",
    question:
      "Does whoever owns this input (another team, another model, an ETL job) tell its readers before changing what it means or how it is computed?",
    guidance:
      "Silent upstream changes are the most common way a stable model breaks. A pass: the owner is known, keeps a change log, and notifies declared readers ahead of semantic changes.",
    weight: 2,
    appliesTo: ["FEATURE", "DATA_SOURCE"],
    remediationDays: 1,
  },
  {
    key: "unstable-data-dependencies.lookups-versioned",
    categoryKey: "unstable-data-dependencies",
    question:
      "Are the lookup tables and mappings this feature uses (code lists, groupings, values derived from data) versioned rather than recomputed in place?",
    guidance:
      "A mapping rebuilt from data shifts a feature's meaning even though no code changed. A pass: such tables are versioned artefacts that change through review.",
    weight: 2,
    appliesTo: ["FEATURE"],
    remediationDays: 2,
  },

  // ── Underutilized data dependencies ──
  {
    key: "underutilized-data-dependencies.ablation-recent",
    categoryKey: "underutilized-data-dependencies",
    question:
      "Has the contribution of each input been measured in the last six months, for example by retraining without it?",
    guidance:
      "Inputs that once helped can become redundant as newer ones arrive, and each still costs upkeep and carries " +
      "risk. A pass: a recent leave-one-out (or similar) evaluation, with its results, covering every input. " +
      "The paper recommends doing this regularly.",
    weight: 2,
    appliesTo: ["MODEL"],
    remediationDays: 3,
  },
  {
    key: "underutilized-data-dependencies.feature-earns-keep",
    categoryKey: "underutilized-data-dependencies",
    question: "Is this feature used by at least one production model that measurably benefits from it?",
    guidance:
      "A feature nobody needs is pure cost: its pipeline can still break, and it can still leak bad data into " +
      "a retrain. A pass: a production model uses it and an evaluation shows its value; otherwise remove it.",
    weight: 2,
    appliesTo: ["FEATURE"],
    remediationDays: 1,
  },
  {
    key: "underutilized-data-dependencies.bundles-checked",
    categoryKey: "underutilized-data-dependencies",
    question: "When inputs were added as a group, was each one's value checked on its own?",
    guidance:
      "Groups added together under deadline often carry members that add nothing. A pass: every member of a bundle was evaluated individually, and the weak ones were dropped.",
    weight: 1,
    appliesTo: ["MODEL"],
    remediationDays: 2,
  },
  {
    key: "underutilized-data-dependencies.no-proxy",
    categoryKey: "underutilized-data-dependencies",
    question:
      "Where this feature is strongly correlated with another, is it the one closer to the real cause rather than a stand-in for it?",
    guidance:
      "A model that leans on a proxy breaks when the correlation does. A pass: correlated pairs are known and the team has kept the more direct signal, or has a reason for keeping both.",
    weight: 1,
    appliesTo: ["FEATURE"],
    remediationDays: 2,
  },

  // ── Static analysis of data dependencies ──
  {
    key: "static-analysis-data-dependencies.lineage-declared",
    categoryKey: "static-analysis-data-dependencies",
    question:
      "Are all of this entity's upstream dependencies declared in the catalogue (sources for a feature, features for a model)?",
    guidance:
      "Nothing can be analysed that is not declared: no impact analysis, no cascade or loop detection. A pass: the declared lineage is complete, and checked against what the code actually reads.",
    weight: 3,
    appliesTo: ["MODEL", "FEATURE", "DATA_SOURCE"],
    remediationDays: 1,
  },
  {
    key: "static-analysis-data-dependencies.annotated",
    categoryKey: "static-analysis-data-dependencies",
    question: "Is this described well enough to reason about: an owner, what it means, and its type or schema?",
    guidance:
      "The paper's remedy for the missing tooling is annotation: every source and feature carries metadata " +
      "a tool can check. A pass: owner, plain-language meaning and type or schema are recorded and current.",
    weight: 2,
    appliesTo: ["FEATURE", "DATA_SOURCE"],
    remediationDays: 0.5,
  },
  {
    key: "static-analysis-data-dependencies.automated-check",
    categoryKey: "static-analysis-data-dependencies",
    question:
      "Does an automated check confirm that what the code reads matches the declared dependencies, and that they all resolve?",
    guidance:
      "Declarations drift unless something compares them with reality. A pass: CI or the deploy step fails when code reads an undeclared input or a declared one no longer exists.",
    weight: 2,
    appliesTo: ["MODEL", "FEATURE"],
    remediationDays: 5,
  },

  // ── Feedback loops: direct first, then hidden ──
  {
    key: "feedback-loops.influence-understood",
    categoryKey: "feedback-loops",
    question:
      "Has the team worked out whether this model's decisions affect which examples or labels it will later be trained on?",
    guidance:
      "A model that chooses what users see also chooses what it learns from, and can narrow or bias itself " +
      "over time. A pass: a written note on whether and how the loop exists, reviewed when the product changes.",
    weight: 3,
    appliesTo: ["MODEL"],
    remediationDays: 1,
  },
  {
    key: "feedback-loops.holdout-traffic",
    categoryKey: "feedback-loops",
    question:
      "Is a small random share of traffic kept out of the model's influence (or given randomised choices), with its outcomes kept as an unbiased dataset?",
    guidance:
      "Only data the model did not shape shows what would have happened without it. A pass: a standing holdout " +
      "or exploration slice, labelled and used in evaluation. The paper recommends randomisation and isolating " +
      "part of the traffic. Answer n/a if the model's outputs cannot influence its labels.",
    weight: 3,
    appliesTo: ["MODEL", "CONSUMER"],
    remediationDays: 8,
  },
  {
    key: "feedback-loops.writeback-declared",
    categoryKey: "feedback-loops",
    question:
      "If this consumer writes anything derived from the model's output into data that training reads, is that path declared?",
    guidance:
      "A write-back path is what closes the loop. A pass: every such write is a declared relation in the catalogue, so the loop is visible; n/a if the consumer writes nothing back.",
    weight: 2,
    appliesTo: ["CONSUMER"],
    remediationDays: 1,
  },
  {
    key: "feedback-loops.hidden-neighbours-known",
    categoryKey: "feedback-loops",
    question: "Do you know which other models or systems act on the same users, items or market as this one?",
    guidance:
      "Systems that share an audience react to each other through it, e.g. two recommenders on one page. Such " +
      "loops are hard to spot and the paper offers no specific fix, so attention is the defence. A pass: the " +
      "neighbouring systems are listed, their owners announce launches to each other, and you check your metrics " +
      "around them.",
    weight: 2,
    appliesTo: ["MODEL", "CONSUMER"],
    remediationDays: 1,
  },
  {
    key: "feedback-loops.cycles-reviewed",
    categoryKey: "feedback-loops",
    question:
      "Have cycles in the lineage graph that pass through this entity been reviewed, and each either broken or accepted with a reason?",
    guidance:
      "A cycle in the catalogue is a loop in the world until proven otherwise. A pass: no open cycle findings for this entity; accepted ones carry a written justification.",
    weight: 2,
    appliesTo: ["MODEL", "DATA_SOURCE", "CONSUMER"],
    remediationDays: 2,
  },

  // ── Glue code ──
  {
    key: "glue-code.packages-wrapped",
    categoryKey: "glue-code",
    question:
      "Are the ML libraries this model relies on reached through your own narrow interface, so one could be replaced without rewriting the pipeline?",
    guidance:
      "Code that adapts data to a package's quirks spreads everywhere and ties the system to that package. " +
      "A pass: training and serving call a small interface of your own; the package is used behind it. The " +
      "paper suggests wrapping black-box packages in common APIs.",
    weight: 2,
    appliesTo: ["MODEL"],
    remediationDays: 5,
  },
  {
    key: "glue-code.new-approach-trialable",
    categoryKey: "glue-code",
    question:
      "Could an entirely different algorithm be trained and compared with this model at full scale within a couple of weeks?",
    guidance:
      "This is one of the paper's closing questions for judging a system's debt: if trying something new means " +
      "rebuilding the plumbing, the glue owns you. A pass: the team has done it, or can show the steps it would " +
      "take.",
    weight: 2,
    appliesTo: ["MODEL"],
    remediationDays: 10,
  },
  {
    key: "glue-code.adapters-tested",
    categoryKey: "glue-code",
    question: "Is the code that converts data into and out of library formats covered by tests?",
    guidance:
      "Conversion code fails quietly (a reordered column, a dropped category) and the model still runs. A pass: tests cover the conversions with realistic examples, including edge cases.",
    weight: 2,
    appliesTo: ["MODEL", "FEATURE"],
    remediationDays: 3,
  },

  // ── Pipeline jungles ──
  {
    key: "pipeline-jungles.designed-end-to-end",
    categoryKey: "pipeline-jungles",
    question:
      "Is the path from raw data to this one designed pipeline that someone can describe end to end, rather than an accumulation of one-off steps?",
    guidance:
      "Jungles grow one quick fix at a time until nobody can change them safely. A pass: one owned pipeline " +
      "with a current diagram or description. The paper's remedy is to design collection and feature extraction " +
      "as a whole, rebuilding from scratch when needed.",
    weight: 2,
    appliesTo: ["MODEL", "FEATURE"],
    remediationDays: 10,
  },
  {
    key: "pipeline-jungles.intermediates-owned",
    categoryKey: "pipeline-jungles",
    question: "Is every intermediate table or file the pipeline produces owned, documented and still needed?",
    guidance:
      "Orphaned intermediates get read by someone, then cannot be removed. A pass: each intermediate has an owner and a purpose, and unused ones are deleted.",
    weight: 1,
    appliesTo: ["FEATURE", "DATA_SOURCE"],
    remediationDays: 3,
  },
  {
    key: "pipeline-jungles.tested-end-to-end",
    categoryKey: "pipeline-jungles",
    question: "Is the pipeline tested end to end, so that a fault in one step is caught before it corrupts later ones?",
    guidance:
      "Each step may look fine alone while the whole produces wrong data. A pass: an automated run over a small, known input checks the final output.",
    weight: 2,
    appliesTo: ["FEATURE", "DATA_SOURCE"],
    remediationDays: 5,
  },
  {
    key: "pipeline-jungles.stale-etl-removed",
    categoryKey: "pipeline-jungles",
    question: "Has pipeline or ETL code that no longer feeds anything been deleted?",
    guidance:
      "Dead jobs still fail, still cost compute and still confuse readers. A pass: a recent sweep found nothing unused, or removed what it found.",
    weight: 1,
    appliesTo: ["FEATURE", "DATA_SOURCE"],
    remediationDays: 2,
  },

  // ── Dead experimental codepaths ──
  {
    key: "dead-experimental-codepaths.reviewed-regularly",
    categoryKey: "dead-experimental-codepaths",
    question:
      "Are the experiment branches and flags in this model's code reviewed on a schedule, and the finished ones removed?",
    guidance:
      "Each leftover branch doubles the combinations of behaviour nobody tests. A pass: a recurring review " +
      "with a record of what was removed. The paper's advice is to re-examine experimental code periodically " +
      "and rip it out.",
    weight: 2,
    appliesTo: ["MODEL"],
    remediationDays: 3,
  },
  {
    key: "dead-experimental-codepaths.flags-owned",
    categoryKey: "dead-experimental-codepaths",
    question: "Does every experiment flag have an owner and a planned removal date?",
    guidance:
      "Flags without an owner outlive the experiment by years. A pass: the flag list shows an owner and end date for each, and overdue ones are visible.",
    weight: 1,
    appliesTo: ["MODEL"],
    remediationDays: 1,
  },
  {
    key: "dead-experimental-codepaths.no-dormant-paths",
    categoryKey: "dead-experimental-codepaths",
    question:
      "Is there no dormant code path in serving that a configuration change could switch on without it having been tested recently?",
    guidance:
      "Reviving old code by flag is how a trading firm famously lost hundreds of millions in under an hour. A pass: every reachable path is exercised by tests, and unreachable ones are deleted.",
    weight: 3,
    appliesTo: ["MODEL", "CONSUMER"],
    remediationDays: 3,
  },

  // ── Abstraction debt and common smells ──
  {
    key: "abstraction-debt.typed-domain-values",
    categoryKey: "abstraction-debt",
    question:
      "Are model inputs and outputs represented by explicit types that carry their meaning (units, ranges, which model produced them) rather than bare numbers and arrays?",
    guidance:
      "A bare float says nothing about whether it is a probability or a log-odds, or which model version made " +
      "it. A pass: named types or schemas at the model's boundaries. This addresses the plain-old-data smell.",
    weight: 2,
    appliesTo: ["MODEL", "FEATURE"],
    remediationDays: 3,
  },
  {
    key: "abstraction-debt.no-prototype-in-production",
    categoryKey: "abstraction-debt",
    question: "Does production scoring run on code built for production, not on the research prototype or notebook?",
    guidance:
      "Prototype code is written to answer a question once, not to run every day under load. A pass: the serving path is production code with tests; the prototype is kept only for research.",
    weight: 3,
    appliesTo: ["MODEL"],
    remediationDays: 10,
  },
  {
    key: "abstraction-debt.language-boundaries-clear",
    categoryKey: "abstraction-debt",
    question:
      "If the system spans several languages, does each part have a clear responsibility and a defined interface to the others?",
    guidance:
      "Mixing languages hurts most when nobody can say which part does what. A pass: each language's component " +
      "has a documented role and a typed or schema-checked interface. Answer n/a for a single-language system.",
    weight: 1,
    appliesTo: ["MODEL"],
    remediationDays: 5,
  },
  {
    key: "abstraction-debt.supporting-code-typed",
    categoryKey: "abstraction-debt",
    question: "Is the supporting code (data handling, serving, glue) type-checked?",
    guidance:
      "Type checks catch the shape mistakes that ML code otherwise surfaces only as worse metrics. A pass: a type checker runs in CI over the supporting code.",
    weight: 1,
    appliesTo: ["MODEL", "FEATURE"],
    remediationDays: 5,
  },

  // ── Configuration debt ──
  {
    key: "configuration-debt.versioned-and-reviewed",
    categoryKey: "configuration-debt",
    question: "Is this model's configuration kept in version control and reviewed like code?",
    guidance:
      "Configuration often has more lines and more effect than code, yet gets less review. A pass: every configuration change goes through the same review and history as code.",
    weight: 3,
    appliesTo: ["MODEL"],
    remediationDays: 2,
  },
  {
    key: "configuration-debt.small-diffable-changes",
    categoryKey: "configuration-debt",
    question:
      "Is a new configuration usually a small change from the previous one, and can two versions be compared easily?",
    guidance:
      "If a new setup means copying and editing a large file, mistakes hide in the copy. A pass: configurations inherit or override a base, and a readable diff between any two exists.",
    weight: 1,
    appliesTo: ["MODEL"],
    remediationDays: 2,
  },
  {
    key: "configuration-debt.checked-automatically",
    categoryKey: "configuration-debt",
    question:
      "Are basic facts about the configuration (how many features, that every referenced input exists) checked automatically before it is used?",
    guidance:
      "A mistyped feature name or a missing source should fail early, not produce a quietly worse model. A pass: validation runs on every change and blocks bad configurations.",
    weight: 2,
    appliesTo: ["MODEL"],
    remediationDays: 3,
  },
  {
    key: "configuration-debt.unused-settings-removed",
    categoryKey: "configuration-debt",
    question: "Are unused or redundant settings detected and removed?",
    guidance:
      "Dead settings mislead readers into thinking they matter. A pass: a tool or a recurring review finds settings nothing reads.",
    weight: 1,
    appliesTo: ["MODEL"],
    remediationDays: 2,
  },
  {
    key: "configuration-debt.special-rules-visible",
    categoryKey: "configuration-debt",
    question:
      "Are special-case rules (per-segment overrides, hard-coded filters, fallbacks and timeouts for fetching inputs) written down in one place rather than scattered through code?",
    guidance:
      "Scattered rules are the configuration nobody knows exists. A pass: all such rules are listed in configuration or documentation with an owner and a reason.",
    weight: 2,
    appliesTo: ["MODEL", "FEATURE"],
    remediationDays: 3,
  },

  // ── Fixed thresholds in dynamic systems ──
  {
    key: "fixed-thresholds.thresholds-relearned",
    categoryKey: "fixed-thresholds",
    question:
      "Are the decision thresholds applied to this model's output re-derived from held-out data each time the model is retrained?",
    guidance:
      "A threshold tuned by hand for last quarter's model is wrong for this one. A pass: the retraining pipeline picks thresholds on validation data and records them. This is the paper's remedy.",
    weight: 3,
    appliesTo: ["MODEL", "CONSUMER"],
    remediationDays: 3,
  },
  {
    key: "fixed-thresholds.calibrated-scores",
    categoryKey: "fixed-thresholds",
    question:
      "Are this model's scores calibrated probabilities, so a replacement model can serve the same decision rule?",
    guidance:
      "When scores mean the same thing across versions, the policy that reads them does not need to change with the model. A pass: calibration is checked at each release and the result is recorded.",
    weight: 2,
    appliesTo: ["MODEL"],
    remediationDays: 5,
  },
  {
    key: "fixed-thresholds.policy-decoupled",
    categoryKey: "fixed-thresholds",
    question:
      "Does this consumer's decision logic avoid cut-offs that only make sense for one particular model version?",
    guidance:
      "A rule like 'act when the score is below 0.3' binds the consumer to one model's score scale. A pass: " +
      "the consumer reads a calibrated probability or a threshold published with the model, never a constant " +
      "of its own.",
    weight: 2,
    appliesTo: ["CONSUMER"],
    remediationDays: 2,
  },

  // ── Monitoring and testing ──
  {
    key: "monitoring-and-testing.prediction-bias",
    categoryKey: "monitoring-and-testing",
    question:
      "In production, is the distribution of predictions compared with observed outcomes, overall and for important segments, with an alert when they diverge?",
    guidance:
      "A gap between what the model predicts and what happens is the cheapest early sign that something changed. A pass: an automated check by segment with an alert that reaches the owners.",
    weight: 3,
    appliesTo: ["MODEL"],
    remediationDays: 5,
  },
  {
    key: "monitoring-and-testing.action-limits",
    categoryKey: "monitoring-and-testing",
    question:
      "Are there automatic limits on the real-world actions this drives (volume, spend, rate), with an alert when they are hit?",
    guidance:
      "Limits bound the damage of a model gone wrong while people investigate. A pass: sane bounds are enforced in code and a breach pages someone.",
    weight: 3,
    appliesTo: ["MODEL", "CONSUMER"],
    remediationDays: 3,
  },
  {
    key: "monitoring-and-testing.upstream-slo",
    categoryKey: "monitoring-and-testing",
    question:
      "Is this source monitored against an agreed freshness and quality target, with alerts reaching both its producers and the teams that read it?",
    guidance:
      "A stale or broken input degrades every model after it. A pass: a freshness and quality target, checked automatically, with alerts flowing both upstream and downstream.",
    weight: 3,
    appliesTo: ["DATA_SOURCE"],
    remediationDays: 3,
  },
  {
    key: "monitoring-and-testing.alerts-actionable",
    categoryKey: "monitoring-and-testing",
    question: "Does every alert on this have an owner and a written (or automated) response?",
    guidance:
      "An alert nobody knows how to answer gets muted. A pass: each alert links to a runbook step or triggers an automatic response.",
    weight: 2,
    appliesTo: ["MODEL", "DATA_SOURCE"],
    remediationDays: 2,
  },

  // ── Data testing debt ──
  {
    key: "data-testing-debt.schema-checked",
    categoryKey: "data-testing-debt",
    question: "Is incoming data checked against a schema (types, ranges, allowed values) before it is used?",
    guidance:
      "Bad rows are far cheaper to stop at the door than to find in a model's behaviour. A pass: every load is validated automatically and failures stop the load or quarantine the rows.",
    weight: 3,
    appliesTo: ["DATA_SOURCE", "FEATURE"],
    remediationDays: 3,
  },
  {
    key: "data-testing-debt.distribution-watched",
    categoryKey: "data-testing-debt",
    question: "Is this data's distribution tracked over time, with an alert when it shifts noticeably?",
    guidance:
      "Data can be valid row by row and still wrong as a whole. A pass: summary statistics are tracked per load and compared with a reference, with alerts on drift.",
    weight: 2,
    appliesTo: ["DATA_SOURCE", "FEATURE"],
    remediationDays: 3,
  },
  {
    key: "data-testing-debt.derivation-tested",
    categoryKey: "data-testing-debt",
    question: "Is the code that computes this feature covered by unit tests?",
    guidance:
      "Feature code is ordinary code with unusual consequences. A pass: tests with hand-checked examples, including edge cases like empty histories and extreme values.",
    weight: 2,
    appliesTo: ["FEATURE"],
    remediationDays: 2,
  },
  {
    key: "data-testing-debt.train-serve-consistent",
    categoryKey: "data-testing-debt",
    question: "Is this feature computed by the same code in training and in serving, or checked to agree?",
    guidance:
      "Two implementations of one feature drift apart, and the model then sees different data live than in training. A pass: shared code, or an automated comparison on sampled traffic.",
    weight: 3,
    appliesTo: ["FEATURE"],
    remediationDays: 5,
  },

  // ── Reproducibility debt ──
  {
    key: "reproducibility-debt.training-data-snapshot",
    categoryKey: "reproducibility-debt",
    question:
      "Is an immutable copy (or version reference) of the exact training data kept for the model in production?",
    guidance:
      "Without the data, neither a bug nor a regression can be investigated. A pass: the deployed model links to a snapshot that still exists.",
    weight: 3,
    appliesTo: ["MODEL"],
    remediationDays: 3,
  },
  {
    key: "reproducibility-debt.code-recorded",
    categoryKey: "reproducibility-debt",
    question:
      "Are the code that built the training set and the exact commit that trained the model recorded with the model?",
    guidance:
      "Knowing which code produced a model is the first question in any incident. A pass: the model's metadata names both commits.",
    weight: 3,
    appliesTo: ["MODEL"],
    remediationDays: 1,
  },
  {
    key: "reproducibility-debt.seeds-and-environment",
    categoryKey: "reproducibility-debt",
    question: "Are random seeds, library versions and hardware settings recorded for each training run?",
    guidance:
      "Unrecorded randomness makes a good run impossible to repeat and a bad one impossible to explain. A pass: the run record holds seeds, a lock file or image, and hardware settings.",
    weight: 2,
    appliesTo: ["MODEL"],
    remediationDays: 2,
  },
  {
    key: "reproducibility-debt.rerun-verified",
    categoryKey: "reproducibility-debt",
    question: "Has the model been retrained from its records and matched the original within a known tolerance?",
    guidance:
      "Records are only proven by using them. A pass: a rerun in the last year reproduced the model's metrics within an agreed tolerance.",
    weight: 2,
    appliesTo: ["MODEL"],
    remediationDays: 3,
  },
  {
    key: "reproducibility-debt.source-history",
    categoryKey: "reproducibility-debt",
    question: "Can this source's contents as of a past date be recovered?",
    guidance:
      "Rebuilding a training set needs the data as it was, not as it is. A pass: snapshots, time travel or an append-only log cover at least the age of the oldest model trained on it.",
    weight: 2,
    appliesTo: ["DATA_SOURCE"],
    remediationDays: 3,
  },

  // ── Process management debt ──
  {
    key: "process-management-debt.owned",
    categoryKey: "process-management-debt",
    question: "Does this have an owning team that actively maintains it?",
    guidance:
      "Unowned parts are where incidents linger. A pass: an owning team is recorded, knows it owns this, and has touched it in the last year.",
    weight: 3,
    appliesTo: ["MODEL", "FEATURE", "DATA_SOURCE", "CONSUMER"],
    remediationDays: 0.5,
  },
  {
    key: "process-management-debt.no-manual-steps",
    categoryKey: "process-management-debt",
    question: "Can this model be retrained and redeployed without manual steps?",
    guidance:
      "Manual steps are skipped, reordered or forgotten, and they do not scale to many models. A pass: one automated pipeline from data to deployment, with human approval as the only manual step.",
    weight: 2,
    appliesTo: ["MODEL"],
    remediationDays: 5,
  },
  {
    key: "process-management-debt.recovery-practised",
    categoryKey: "process-management-debt",
    question: "Is there a runbook for incidents, and has recovery been practised against a target time?",
    guidance:
      "Recovery that has never been tried is usually slow. A pass: a current runbook and a drill or real incident in the last year that met the target.",
    weight: 2,
    appliesTo: ["MODEL", "DATA_SOURCE"],
    remediationDays: 2,
  },
  {
    key: "process-management-debt.bulk-changes-safe",
    categoryKey: "process-management-debt",
    question:
      "Can a change that affects many models at once (a shared configuration or library upgrade) be rolled out gradually and rolled back?",
    guidance:
      "Bulk updates are where one mistake becomes many incidents. A pass: staged rollout with per-model checks, and a tested rollback.",
    weight: 1,
    appliesTo: ["MODEL"],
    remediationDays: 5,
  },

  // ── Cultural debt ──
  {
    key: "cultural-debt.research-and-engineering-together",
    categoryKey: "cultural-debt",
    question:
      "Do the people who research this model and the people who run it in production work as one team with shared goals?",
    guidance:
      "Hand-offs between separate groups breed prototypes in production and pipelines nobody designed. A pass: " +
      "one team, or a standing joint ownership with shared planning. The paper recommends mixing research and " +
      "engineering.",
    weight: 2,
    appliesTo: ["MODEL"],
    remediationDays: 5,
  },
  {
    key: "cultural-debt.simplification-rewarded",
    categoryKey: "cultural-debt",
    question:
      "Is work that removes features, deletes code or improves reproducibility, stability and monitoring planned and credited like work that improves accuracy?",
    guidance:
      "What gets rewarded gets done; debt repayment rarely moves the headline metric. A pass: such work appears in plans and reviews with the same standing as accuracy gains.",
    weight: 2,
    appliesTo: ["MODEL"],
    remediationDays: 1,
  },
  {
    key: "cultural-debt.onboarding-fast",
    categoryKey: "cultural-debt",
    question:
      "Could a new team member understand what this is, what it depends on and how it is operated within a few days?",
    guidance:
      "How quickly newcomers become productive is one of the paper's own tests of a system's debt. A pass: documentation and the catalogue are enough; a recent joiner can confirm it.",
    weight: 1,
    appliesTo: ["MODEL", "DATA_SOURCE"],
    remediationDays: 2,
  },

  // ── Operational hygiene ──
  {
    key: "operational-hygiene.predictions-logged",
    categoryKey: "operational-hygiene",
    question:
      "Are inputs, computed features, predictions, timings and the model version logged for every prediction, or for a representative sample?",
    guidance:
      "Logs are how you debug a prediction after the fact and how you build the next training set. A pass: a queryable log with all five, kept long enough to investigate incidents.",
    weight: 2,
    appliesTo: ["MODEL"],
    remediationDays: 3,
  },
  {
    key: "operational-hygiene.missing-values-handled",
    categoryKey: "operational-hygiene",
    question: "Does this keep working sensibly when a value is null or missing, with a tested fallback?",
    guidance:
      "Missing data is normal in production; crashing or silently substituting zero is not. A pass: the missing case has defined behaviour, and a test covers it.",
    weight: 3,
    appliesTo: ["MODEL", "FEATURE"],
    remediationDays: 2,
  },
  {
    key: "operational-hygiene.missing-rate-monitored",
    categoryKey: "operational-hygiene",
    question: "Is the share of missing values tracked, with an alert when it jumps?",
    guidance:
      "A sudden rise in missing values is often the first sign of an upstream break. A pass: the rate is tracked per load or per hour, with an alert threshold.",
    weight: 2,
    appliesTo: ["FEATURE", "DATA_SOURCE"],
    remediationDays: 2,
  },
  {
    key: "operational-hygiene.model-version-recorded",
    categoryKey: "operational-hygiene",
    question: "Does this consumer record which model version produced each result it acted on?",
    guidance:
      "Without the version, a bad decision cannot be traced to the model that made it. A pass: the version is stored alongside each decision or request log.",
    weight: 1,
    appliesTo: ["CONSUMER"],
    remediationDays: 1,
  },
];

// Breck et al. weigh every test equally; weight 2 (the neutral default) keeps any debt ratio
// computed over these answers an unweighted share. The ML Test Score itself ignores weights.
function mlTest(
  key: string,
  categoryKey: string,
  question: string,
  guidance: string,
  remediationDays: number,
): ItemDef {
  return { key, categoryKey, question, guidance, weight: 2, appliesTo: ["MODEL"], remediationDays };
}

const ML_TEST_ITEMS: readonly ItemDef[] = [
  // ── Data ──
  mlTest(
    "ml-test-data.feature-schema",
    "ml-test-data",
    "Are the expectations for each feature (type, range, typical distribution) written down in a schema that data is checked against?",
    "A schema turns tacit knowledge about the data into a test. Yes when the check runs automatically on new data.",
    3,
  ),
  mlTest(
    "ml-test-data.features-beneficial",
    "ml-test-data",
    "Has every feature been shown to improve the model, for example by training without it?",
    "Features that add nothing still cost upkeep and risk. Yes when an ablation runs automatically and flags features that do not help.",
    3,
  ),
  mlTest(
    "ml-test-data.feature-cost-justified",
    "ml-test-data",
    "Is each feature's cost (latency, memory, upstream dependencies, maintenance) known and outweighed by what it adds?",
    "A small gain can come with a large cost. Yes when cost and benefit are measured per feature as part of the pipeline.",
    2,
  ),
  mlTest(
    "ml-test-data.meta-requirements",
    "ml-test-data",
    "Do all features comply with organisation-wide rules on which data may be used (approved sources, no prohibited attributes), and is that checked?",
    "Rules that are not checked get broken by the next feature. Yes when an automated check enforces them.",
    2,
  ),
  mlTest(
    "ml-test-data.privacy-controls",
    "ml-test-data",
    "Does the data pipeline enforce privacy controls: restricted access to personal data, minimisation, and honouring deletion requests?",
    "Privacy failures are legal and trust failures, not just bugs. Yes when the controls are built into the pipeline and tested.",
    5,
  ),
  mlTest(
    "ml-test-data.new-features-quick",
    "ml-test-data",
    "Can a new feature go from idea to use in a production model in days rather than months?",
    "Slow feature delivery is a symptom of a fragile pipeline. Yes when the path is automated end to end.",
    10,
  ),
  mlTest(
    "ml-test-data.feature-code-tested",
    "ml-test-data",
    "Is all the code that produces input features covered by tests?",
    "Feature bugs rarely crash; they quietly make the model worse. Yes when tests run on every change.",
    5,
  ),
  // ── Model development ──
  mlTest(
    "ml-test-model.spec-reviewed",
    "ml-test-model",
    "Is every change to the model's specification (training code and configuration) reviewed and kept in version control?",
    "The model specification is code and deserves the same discipline. Yes when review is enforced by the tooling.",
    1,
  ),
  mlTest(
    "ml-test-model.offline-online-correlate",
    "ml-test-model",
    "Has it been shown that gains in the offline metrics carry over to the live metrics that matter, for example through a small live experiment?",
    "An offline metric that does not track live impact optimises the wrong thing. Yes when this is re-checked routinely.",
    5,
  ),
  mlTest(
    "ml-test-model.hyperparameters-tuned",
    "ml-test-model",
    "Have the hyperparameters been tuned systematically rather than left at defaults or set by hand?",
    "Untuned settings leave quality on the table and hide what the model can do. Yes when tuning runs as part of training.",
    3,
  ),
  mlTest(
    "ml-test-model.staleness-impact-known",
    "ml-test-model",
    "Do you know how fast quality drops as the model ages without retraining, and is the retraining schedule based on it?",
    "Without this, the retrain cadence is a guess. Yes when the decay is measured regularly and automatically.",
    3,
  ),
  mlTest(
    "ml-test-model.simpler-baseline",
    "ml-test-model",
    "Is the model compared with a simple baseline to confirm that its extra complexity pays off?",
    "Complexity is debt unless it earns its keep. Yes when the comparison runs with every training.",
    2,
  ),
  mlTest(
    "ml-test-model.slice-quality",
    "ml-test-model",
    "Is quality checked on the important segments of the data, not only on the overall average?",
    "A good average can hide a failing segment. Yes when per-segment metrics gate releases automatically.",
    3,
  ),
  mlTest(
    "ml-test-model.inclusion-tested",
    "ml-test-model",
    "Has the model been tested for unequal quality or treatment across groups of people it affects?",
    "Disparities are easy to miss and costly to discover late. Yes when such checks run with every release.",
    5,
  ),
  // ── Infrastructure ──
  mlTest(
    "ml-test-infrastructure.training-reproducible",
    "ml-test-infrastructure",
    "Does training twice on the same data give nearly the same model?",
    "Non-determinism makes every comparison noisy. Yes when an automated check trains twice and compares.",
    3,
  ),
  mlTest(
    "ml-test-infrastructure.spec-unit-tested",
    "ml-test-infrastructure",
    "Is the model specification code unit-tested (for example, shapes are right and a few training steps reduce the loss)?",
    "Cheap tests catch wiring mistakes before an expensive training run. Yes when they run on every change.",
    2,
  ),
  mlTest(
    "ml-test-infrastructure.pipeline-integration-tested",
    "ml-test-infrastructure",
    "Is the whole pipeline, from raw data through training to serving, exercised by an integration test?",
    "Parts that work alone can fail together. Yes when the test runs automatically on a small dataset.",
    5,
  ),
  mlTest(
    "ml-test-infrastructure.quality-gate",
    "ml-test-infrastructure",
    "Is a new model's quality validated automatically before it is allowed to serve?",
    "A gate stops a bad model before users see it. Yes when a failing check blocks deployment.",
    3,
  ),
  mlTest(
    "ml-test-infrastructure.debuggable",
    "ml-test-infrastructure",
    "Can a single example be run through the model step by step to see how a prediction was produced?",
    "Without this, odd predictions cannot be explained. Yes when tooling makes it routine.",
    3,
  ),
  mlTest(
    "ml-test-infrastructure.canary",
    "ml-test-infrastructure",
    "Is a new model served to a small share of traffic first, before a full rollout?",
    "A canary limits the damage of problems that only show in production. Yes when canarying is part of every deployment.",
    3,
  ),
  mlTest(
    "ml-test-infrastructure.rollback",
    "ml-test-infrastructure",
    "Can the serving model be rolled back to its previous version quickly and safely?",
    "Rollback is the fastest fix for a bad release. Yes when it is one action and has been practised.",
    2,
  ),
  // ── Monitoring ──
  mlTest(
    "ml-test-monitoring.dependency-changes",
    "ml-test-monitoring",
    "Are you notified automatically when something this model depends on (a data source, feature or library) changes?",
    "Upstream changes break models silently. Yes when notifications are automatic.",
    3,
  ),
  mlTest(
    "ml-test-monitoring.data-invariants",
    "ml-test-monitoring",
    "Are the data expectations from the schema checked on both training and serving inputs?",
    "Data that was valid at training time can stop being valid in serving. Yes when both are checked automatically.",
    3,
  ),
  mlTest(
    "ml-test-monitoring.train-serve-skew",
    "ml-test-monitoring",
    "Are the features seen in serving compared with those computed for training, to catch skew between them?",
    "Skew means the model runs on data it never learned from. Yes when the comparison runs continuously.",
    5,
  ),
  mlTest(
    "ml-test-monitoring.model-age",
    "ml-test-monitoring",
    "Is the age of the serving model monitored, with an alert when it is older than planned?",
    "Models decay as the world moves on. Yes when an alert fires automatically.",
    1,
  ),
  mlTest(
    "ml-test-monitoring.numerical-stability",
    "ml-test-monitoring",
    "Are NaNs, infinities and other numerical problems detected in training and serving?",
    "Numerical faults can spread silently through a model. Yes when checks run and alert automatically.",
    2,
  ),
  mlTest(
    "ml-test-monitoring.compute-performance",
    "ml-test-monitoring",
    "Are training time, serving latency, throughput and memory tracked for regressions?",
    "A slower model can be as harmful as a less accurate one. Yes when regressions raise an alert.",
    2,
  ),
  mlTest(
    "ml-test-monitoring.prediction-quality",
    "ml-test-monitoring",
    "Is prediction quality on live data monitored for regressions?",
    "Offline quality does not guarantee live quality. Yes when live quality is measured and alerts on a drop.",
    5,
  ),
];

export const ITEMS: readonly ItemDef[] = [...DEBT_ITEMS, ...ML_TEST_ITEMS];
