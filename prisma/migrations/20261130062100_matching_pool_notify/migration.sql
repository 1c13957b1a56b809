-- Hand-written: every change to matching_pool is announced on the channel "matching_pool", so each
-- app instance's in-process candidate index (src/server/matching/pool-index/) re-reads those rows
-- (README "Performance"). The payload is changed member ids, comma-separated, 150 to a
-- notification (NOTIFY allows 8,000 bytes). A statement that changes more than 20,000 rows, or ids
-- too long to fit, sends '*' instead, which means "reload everything".
-- The notification is sent at commit, so a listener that re-reads the rows sees the committed state.
-- No semicolons inside bodies (the migration runner splits on them): see 20261124151359_matching_pool.

-- count() makes every chunk's pg_notify run: a SQL function keeps only one row of its last query.
CREATE FUNCTION matching_pool_notify(ids text[]) RETURNS void LANGUAGE sql AS $$
  SELECT count(pg_notify('matching_pool', CASE WHEN cardinality(ids) > 20000 OR octet_length(c.list) > 7900 THEN '*' ELSE c.list END))
  FROM (
    SELECT string_agg(d.id, ',') AS list
    FROM (SELECT u.id, (row_number() OVER () - 1) / 150 AS chunk FROM (SELECT DISTINCT unnest(ids) AS id) u) d
    GROUP BY d.chunk
  ) c
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
