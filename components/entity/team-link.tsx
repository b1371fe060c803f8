import Link from "next/link";

/** A team name linking to its scorecard (team-link, app/globals.css: one class on every table row); "Unowned" (itself a finding) when there is none. */
export function TeamLink({ team }: { team: { slug: string; name: string } | null }) {
  if (!team) return <span className="text-subtle italic">Unowned</span>;
  return (
    <Link href={`/teams/${team.slug}`} title={team.name} className="team-link">
      {team.name}
    </Link>
  );
}
