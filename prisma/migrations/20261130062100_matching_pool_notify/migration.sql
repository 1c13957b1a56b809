-- Hand-written: every change to matching_pool is announced on the channel "matching_pool", so each
-- app instance's in-process candidate index (src/server/matching/pool-index/) re-reads those rows
-- (README "Performance"). The payload is the changed member ids, comma-separated, and a statement that
-- changes too many rows for one NOTIFY (8,000 bytes) sends '*', which means "reload everything".
-- The notification is sent at commit, so a listener that re-reads the rows sees the committed state.
-- No semicolons inside bodies (the migration runner splits on them): see 20261124151359_matching_pool.

CREATE FUNCTION matching_pool_notify(ids text[]) RETURNS void LANGUAGE sql AS $$
  SELECT pg_notify('matching_pool', CASE WHEN octet_length(x.list) > 7900 THEN '*' ELSE x.list END)
  FROM (SELECT array_to_string(ARRAY(SELECT DISTINCT unnest(ids)), ',') AS list) x
  WHERE cardinality(ids) > 0
$$;

CREATE FUNCTION matching_pool_on_insert_notify() RETURNS trigger LANGUAGE plpgsql
AS E'BEGIN PERFORM matching_pool_notify(ARRAY(SELECT n."memberId" FROM inserted n))\073 RETURN NULL\073 END';
CREATE TRIGGER matching_pool_notify_insert AFTER INSERT ON matching_pool
  REFERENCING NEW TABLE AS inserted FOR EACH STATEMENT EXECUTE FUNCTION matching_pool_on_insert_notify();

CREATE FUNCTION matching_pool_on_update_notify() RETURNS trigger LANGUAGE plpgsql
AS E'BEGIN PERFORM matching_pool_notify(ARRAY(SELECT n."memberId" FROM inserted n UNION SELECT o."memberId" FROM removed o))\073 RETURN NULL\073 END';
CREATE TRIGGER matching_pool_notify_update AFTER UPDATE ON matching_pool
  REFERENCING OLD TABLE AS removed NEW TABLE AS inserted FOR EACH STATEMENT EXECUTE FUNCTION matching_pool_on_update_notify();

CREATE FUNCTION matching_pool_on_delete_notify() RETURNS trigger LANGUAGE plpgsql
AS E'BEGIN PERFORM matching_pool_notify(ARRAY(SELECT o."memberId" FROM removed o))\073 RETURN NULL\073 END';
CREATE TRIGGER matching_pool_notify_delete AFTER DELETE ON matching_pool
  REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION matching_pool_on_delete_notify();
