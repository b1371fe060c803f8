// /settings/gates: the target rating of each lifecycle for the organisation, the teams'
// overrides, and every version ever set (who, when). Admins change them here; everyone reads.
import { connection } from "next/server";
import { LIFECYCLES } from "@/lib/domain/kinds";
import { enumLabel } from "@/lib/domain/format/labels";
import { formatDate } from "@/lib/domain/format/date";
import { listTargetVersions, type StoredTarget } from "@/lib/server/gates/list-target-versions";
import { listActiveTeams } from "@/lib/server/dashboards/list-category-heatmaps";
import { getViewer } from "@/lib/server/auth/viewer";
import { Card, CardHeader } from "@/components/ui/card";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/data-table";
import { TargetForm } from "./target-form";
import { AddOverrideForm } from "./add-override-form";
import { PublicBadgesForm } from "./public-badges-form";
import { arePublicBadgesEnabled } from "@/lib/server/gates/public-badges";

const describe = (t: Pick<StoredTarget, "rating"> | null) =>
  t ? (t.rating ? `${t.rating} or better` : "No gate") : "—";

export async function TargetsView() {
  await connection();
  const [versions, teams, viewer, publicBadges] = await Promise.all([
    listTargetVersions(),
    listActiveTeams(),
    getViewer(),
    arePublicBadgesEnabled(),
  ]);
  const admin = viewer?.isAdmin ?? false;
  const live = versions.filter((v) => v.retiredAt === null);
  const orgOf = (lifecycle: string) => live.find((v) => v.teamId === null && v.lifecycle === lifecycle) ?? null;
  const overrides = live.filter((v) => v.teamId !== null);
  const history = [...versions].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
  return (
    <div className="space-y-5">
      <Card>
        <CardHeader
          title="Targets by lifecycle"
          description="The debt rating each lifecycle's entities must reach. An entity passes its gate with that letter or better; not assessed fails. Teams may override."
        />
        <Table minWidth={640}>
          <THead>
            <tr>
              <TH>Lifecycle</TH>
              <TH>Organisation target</TH>
              <TH>Set</TH>
              {admin ? <TH>Change</TH> : null}
            </tr>
          </THead>
          <TBody>
            {LIFECYCLES.map((l) => {
              const t = orgOf(l);
              return (
                <TR key={l}>
                  <TD className="font-medium">{enumLabel(l)}</TD>
                  <TD>{t ? describe(t) : "No gate"}</TD>
                  <TD className="text-muted">
                    {t
                      ? `v${t.version}, ${formatDate(t.createdAt)}${t.createdBy ? ` by ${t.createdBy}` : ""}`
                      : "never"}
                  </TD>
                  {admin ? (
                    <TD>
                      <TargetForm
                        lifecycle={l}
                        lifecycleLabel={enumLabel(l).toLowerCase()}
                        team={null}
                        current={t?.rating ?? "none"}
                        version={t?.version ?? 0}
                      />
                    </TD>
                  ) : null}
                </TR>
              );
            })}
          </TBody>
        </Table>
      </Card>
      <Card>
        <CardHeader
          title="Team overrides"
          description="A team's own target for one lifecycle replaces the organisation's for its entities."
        />
        {overrides.length === 0 ? (
          <p className="px-5 pb-4 text-[13px] text-muted">No team has an override.</p>
        ) : (
          <Table minWidth={640}>
            <THead>
              <tr>
                <TH>Team</TH>
                <TH>Lifecycle</TH>
                <TH>Target</TH>
                <TH>Set</TH>
                {admin ? <TH>Change</TH> : null}
              </tr>
            </THead>
            <TBody>
              {overrides.map((t) => (
                <TR key={t.id}>
                  <TD className="font-medium">{t.team?.name ?? "—"}</TD>
                  <TD>{enumLabel(t.lifecycle)}</TD>
                  <TD>{describe(t)}</TD>
                  <TD className="text-muted">
                    v{t.version}, {formatDate(t.createdAt)}
                    {t.createdBy ? ` by ${t.createdBy}` : ""}
                  </TD>
                  {admin ? (
                    <TD>
                      <TargetForm
                        lifecycle={t.lifecycle}
                        lifecycleLabel={enumLabel(t.lifecycle).toLowerCase()}
                        team={t.team?.slug ?? null}
                        current={t.rating ?? "none"}
                        version={t.version}
                      />
                    </TD>
                  ) : null}
                </TR>
              ))}
            </TBody>
          </Table>
        )}
        {admin ? (
          <div className="border-t border-border px-5 py-4">
            <AddOverrideForm
              teams={teams.map((t) => ({ slug: t.slug, name: t.name }))}
              lifecycles={LIFECYCLES.map((l) => ({ value: l, label: enumLabel(l) }))}
            />
          </div>
        ) : null}
      </Card>
      <Card>
        <CardHeader
          title="Status badges and the CI gate"
          description={
            <>
              SVG badges for a README: <code>/api/v1/entities/models/&lt;name&gt;/badge.svg</code> (add{" "}
              <code>?type=gate</code> for the gate) and <code>/api/v1/teams/&lt;team&gt;/badge.svg</code>. A CI job asks{" "}
              <code>GET /api/v1/entities/models/&lt;name&gt;/gate</code> with a token and deploys when{" "}
              <code>projectStatus.status</code> is <code>OK</code>.{" "}
              {publicBadges ? "Badges are public now." : "Badges need a token now."}
            </>
          }
        />
        {admin ? (
          <div className="px-5 pb-4">
            <PublicBadgesForm enabled={publicBadges} />
          </div>
        ) : null}
      </Card>
      <Card>
        <CardHeader
          title="History"
          description="Every version, newest first. The trends mark these changes; the audit trail has each one."
        />
        {history.length === 0 ? (
          <p className="px-5 pb-4 text-[13px] text-muted">No target has been set yet.</p>
        ) : (
          <Table minWidth={640}>
            <THead>
              <tr>
                <TH>When</TH>
                <TH>Scope</TH>
                <TH>Lifecycle</TH>
                <TH>Target</TH>
                <TH>By</TH>
                <TH>In force until</TH>
              </tr>
            </THead>
            <TBody>
              {history.map((t) => (
                <TR key={t.id}>
                  <TD className="text-muted">{formatDate(t.createdAt)}</TD>
                  <TD>{t.team?.name ?? "Organisation"}</TD>
                  <TD>{enumLabel(t.lifecycle)}</TD>
                  <TD>
                    {describe(t)} <span className="text-xs text-subtle">v{t.version}</span>
                  </TD>
                  <TD className="text-muted">{t.createdBy ?? "—"}</TD>
                  <TD className="text-muted">{t.retiredAt ? formatDate(t.retiredAt) : "now"}</TD>
                </TR>
              ))}
            </TBody>
          </Table>
        )}
      </Card>
    </div>
  );
}
