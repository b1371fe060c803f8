-- Every app instance keeps a built copy of the catalogue graph (lib/server/findings/graph-cache.ts).
-- A committed change to what that graph is made of notifies every listening instance, whichever
-- process or script made it (NOTIFY is delivered on commit, collapsed per transaction).
CREATE FUNCTION "notify_catalogue_changed"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('debtboard_catalogue_changed', TG_TABLE_NAME);
  RETURN NULL;
END;
$$;

CREATE TRIGGER "Entity_notify_catalogue_changed"
AFTER INSERT OR DELETE OR UPDATE OF "kind", "name", "teamId", "lifecycle", "archivedAt" ON "Entity"
FOR EACH STATEMENT EXECUTE FUNCTION "notify_catalogue_changed"();

CREATE TRIGGER "Relation_notify_catalogue_changed"
AFTER INSERT OR UPDATE OR DELETE ON "Relation"
FOR EACH STATEMENT EXECUTE FUNCTION "notify_catalogue_changed"();

CREATE TRIGGER "DataSource_notify_catalogue_changed"
AFTER INSERT OR DELETE OR UPDATE OF "versioned" ON "DataSource"
FOR EACH STATEMENT EXECUTE FUNCTION "notify_catalogue_changed"();

CREATE TRIGGER "Team_notify_catalogue_changed"
AFTER INSERT OR DELETE OR UPDATE OF "slug", "name" ON "Team"
FOR EACH STATEMENT EXECUTE FUNCTION "notify_catalogue_changed"();
