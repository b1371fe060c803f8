import Link from "next/link";

/** A team name linking to its scorecard; "Unowned" (itself a finding) when there is none. */
export function TeamLink({ team }: { team: { slug: string; name: string } | null }) {
  if (!team) return <span className="text-subtle italic">Unowned</span>;
  return (
    <Link
      href={`/teams/${team.slug}`}
      title={team.name}
      className="block max-w-full truncate text-foreground hover:text-accent hover:underline underline-offset-2"
    >
      {team.name}
    </Link>
  );
}
