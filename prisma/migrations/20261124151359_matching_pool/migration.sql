-- CreateTable
CREATE TABLE "matching_pool" (
    "open" BOOLEAN NOT NULL DEFAULT false,
    "active" BOOLEAN NOT NULL DEFAULT false,
    "mustShareLanguage" BOOLEAN NOT NULL DEFAULT false,
    "needsSobrietyFriendlyPartner" BOOLEAN NOT NULL DEFAULT false,
    "sobrietyFriendly" BOOLEAN NOT NULL DEFAULT false,
    "partnershipCapacity" INTEGER NOT NULL DEFAULT 1,
    "openPartnerships" INTEGER NOT NULL DEFAULT 0,
    "pendingIncoming" INTEGER NOT NULL DEFAULT 0,
    "evenWeek" DATE,
    "oddWeek" DATE,
    "evenBits" bit(672),
    "oddBits" bit(672),
    "memberId" TEXT NOT NULL,
    "languages" TEXT[],

    CONSTRAINT "matching_pool_pkey" PRIMARY KEY ("memberId")
);

-- CreateIndex
CREATE INDEX "matching_pool_pendingIncoming_idx" ON "matching_pool"("pendingIncoming");

-- AddForeignKey
ALTER TABLE "matching_pool" ADD CONSTRAINT "matching_pool_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "profile"("memberId") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written: the triggers that keep matching_pool in step with its sources (README "Performance").
-- Every change to a source row updates the pool row in the same statement, so matching never
-- reads a stale copy. Statements here must not contain semicolons inside bodies or comments
-- (the migration runner splits the file on them), hence single-statement SQL functions for the
-- work and one-line PL/pgSQL trigger wrappers whose semicolons are written as the escape \073.

-- Which of the two week slots a UTC week start uses: weeks counted from Monday 2000-01-03, even 0, odd 1.
CREATE FUNCTION matching_week_slot(week date) RETURNS integer LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS $$ SELECT (((week - DATE '2000-01-03') / 7) % 2 + 2) % 2 $$;

-- Partnership statuses that take up a place in a member's capacity (partnerships/rules.ts capacityStatuses).
CREATE FUNCTION matching_takes_capacity(status "PartnershipStatus") RETURNS boolean LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS $$ SELECT status IN ('DRAFTING', 'ACTIVE', 'PAUSED') $$;

-- New pool rows for these profiles, built from every source. Runs when a profile is created. The
-- member row is share-locked so a concurrent status or verification change is either seen here or
-- applied after this row exists.
CREATE FUNCTION matching_pool_add(ids text[]) RETURNS void LANGUAGE sql AS $$
  INSERT INTO matching_pool ("memberId", "open", "active", languages, "mustShareLanguage", "needsSobrietyFriendlyPartner",
    "sobrietyFriendly", "partnershipCapacity", "openPartnerships", "pendingIncoming", "evenWeek", "evenBits", "oddWeek", "oddBits")
  SELECT p."memberId",
         p."openToMatching" AND p."completedAt" IS NOT NULL,
         m.status = 'ACTIVE' AND m."emailVerifiedAt" IS NOT NULL,
         p.languages, p."mustShareLanguage", coalesce(p."needsSobrietyFriendlyPartner", false), coalesce(p."sobrietyFriendly", false),
         p."partnershipCapacity",
         (SELECT count(*) FROM partnership_member pm WHERE pm."memberId" = p."memberId" AND matching_takes_capacity(pm.status)),
         (SELECT count(*) FROM match_request r WHERE r."recipientId" = p."memberId" AND r.status = 'PENDING'),
         e."weekStart", e.bits, o."weekStart", o.bits
  FROM profile p
  JOIN member m ON m.id = p."memberId"
  LEFT JOIN LATERAL (
    SELECT w."weekStart", w.bits FROM availability_week w
    WHERE w."memberId" = p."memberId" AND matching_week_slot(w."weekStart") = 0 ORDER BY w."weekStart" DESC LIMIT 1
  ) e ON true
  LEFT JOIN LATERAL (
    SELECT w."weekStart", w.bits FROM availability_week w
    WHERE w."memberId" = p."memberId" AND matching_week_slot(w."weekStart") = 1 ORDER BY w."weekStart" DESC LIMIT 1
  ) o ON true
  WHERE p."memberId" = ANY (ids)
  FOR SHARE OF m
  ON CONFLICT ("memberId") DO NOTHING
$$;

-- A profile's own columns, copied from the new row version (no read of other rows, so two
-- concurrent changes cannot leave an older copy behind).
CREATE FUNCTION matching_pool_profile_changed(p profile) RETURNS void LANGUAGE sql AS $$
  UPDATE matching_pool SET
    "open" = p."openToMatching" AND p."completedAt" IS NOT NULL,
    languages = p.languages,
    "mustShareLanguage" = p."mustShareLanguage",
    "needsSobrietyFriendlyPartner" = coalesce(p."needsSobrietyFriendlyPartner", false),
    "sobrietyFriendly" = coalesce(p."sobrietyFriendly", false),
    "partnershipCapacity" = p."partnershipCapacity"
  WHERE "memberId" = p."memberId"
$$;

CREATE FUNCTION matching_pool_member_changed(m member) RETURNS void LANGUAGE sql AS $$
  UPDATE matching_pool SET "active" = m.status = 'ACTIVE' AND m."emailVerifiedAt" IS NOT NULL WHERE "memberId" = m.id
$$;

-- Written availability weeks: each slot takes the newest week of its parity. Only newer or equal
-- weeks replace a slot, and the check runs on the latest row version, so concurrent writers agree.
CREATE FUNCTION matching_pool_weeks_written(weeks availability_week[]) RETURNS void LANGUAGE sql AS $$
  UPDATE matching_pool p SET
    "evenWeek" = CASE WHEN n."evenWeek" IS NOT NULL AND (p."evenWeek" IS NULL OR p."evenWeek" <= n."evenWeek") THEN n."evenWeek" ELSE p."evenWeek" END,
    "evenBits" = CASE WHEN n."evenWeek" IS NOT NULL AND (p."evenWeek" IS NULL OR p."evenWeek" <= n."evenWeek") THEN n."evenBits" ELSE p."evenBits" END,
    "oddWeek" = CASE WHEN n."oddWeek" IS NOT NULL AND (p."oddWeek" IS NULL OR p."oddWeek" <= n."oddWeek") THEN n."oddWeek" ELSE p."oddWeek" END,
    "oddBits" = CASE WHEN n."oddWeek" IS NOT NULL AND (p."oddWeek" IS NULL OR p."oddWeek" <= n."oddWeek") THEN n."oddBits" ELSE p."oddBits" END
  FROM (
    SELECT w."memberId",
           max(w."weekStart") FILTER (WHERE matching_week_slot(w."weekStart") = 0) AS "evenWeek",
           (array_agg(w.bits ORDER BY w."weekStart" DESC) FILTER (WHERE matching_week_slot(w."weekStart") = 0))[1] AS "evenBits",
           max(w."weekStart") FILTER (WHERE matching_week_slot(w."weekStart") = 1) AS "oddWeek",
           (array_agg(w.bits ORDER BY w."weekStart" DESC) FILTER (WHERE matching_week_slot(w."weekStart") = 1))[1] AS "oddBits"
    FROM unnest(weeks) AS w
    GROUP BY w."memberId"
  ) n
  WHERE p."memberId" = n."memberId"
$$;

-- Removed availability weeks: a slot that held one is refilled with the newest remaining week of
-- its parity, or emptied.
CREATE FUNCTION matching_pool_weeks_removed(weeks availability_week[]) RETURNS void LANGUAGE sql AS $$
  UPDATE matching_pool p SET
    "evenWeek" = CASE WHEN p."evenWeek" = ANY (r.weeks) THEN e."weekStart" ELSE p."evenWeek" END,
    "evenBits" = CASE WHEN p."evenWeek" = ANY (r.weeks) THEN e.bits ELSE p."evenBits" END,
    "oddWeek" = CASE WHEN p."oddWeek" = ANY (r.weeks) THEN o."weekStart" ELSE p."oddWeek" END,
    "oddBits" = CASE WHEN p."oddWeek" = ANY (r.weeks) THEN o.bits ELSE p."oddBits" END
  FROM (SELECT w."memberId", array_agg(w."weekStart") AS weeks FROM unnest(weeks) AS w GROUP BY w."memberId") r
  LEFT JOIN LATERAL (
    SELECT w."weekStart", w.bits FROM availability_week w
    WHERE w."memberId" = r."memberId" AND matching_week_slot(w."weekStart") = 0 ORDER BY w."weekStart" DESC LIMIT 1
  ) e ON true
  LEFT JOIN LATERAL (
    SELECT w."weekStart", w.bits FROM availability_week w
    WHERE w."memberId" = r."memberId" AND matching_week_slot(w."weekStart") = 1 ORDER BY w."weekStart" DESC LIMIT 1
  ) o ON true
  WHERE p."memberId" = r."memberId" AND (p."evenWeek" = ANY (r.weeks) OR p."oddWeek" = ANY (r.weeks))
$$;

-- Counters move by the difference between the rows after and before a statement, as increments on
-- the latest row version, so concurrent statements add up.
CREATE FUNCTION matching_pool_partnerships_changed(added partnership_member[], removed partnership_member[]) RETURNS void LANGUAGE sql AS $$
  UPDATE matching_pool p SET "openPartnerships" = p."openPartnerships" + d.delta
  FROM (
    SELECT x.id, sum(x.delta)::int AS delta FROM (
      SELECT a."memberId" AS id, 1 AS delta FROM unnest(added) AS a WHERE matching_takes_capacity(a.status)
      UNION ALL
      SELECT r."memberId", -1 FROM unnest(removed) AS r WHERE matching_takes_capacity(r.status)
    ) x GROUP BY x.id
  ) d
  WHERE p."memberId" = d.id AND d.delta <> 0
$$;

CREATE FUNCTION matching_pool_requests_changed(added match_request[], removed match_request[]) RETURNS void LANGUAGE sql AS $$
  UPDATE matching_pool p SET "pendingIncoming" = p."pendingIncoming" + d.delta
  FROM (
    SELECT x.id, sum(x.delta)::int AS delta FROM (
      SELECT a."recipientId" AS id, 1 AS delta FROM unnest(added) AS a WHERE a.status = 'PENDING'
      UNION ALL
      SELECT r."recipientId", -1 FROM unnest(removed) AS r WHERE r.status = 'PENDING'
    ) x GROUP BY x.id
  ) d
  WHERE p."memberId" = d.id AND d.delta <> 0
$$;

CREATE FUNCTION matching_pool_on_profile_insert() RETURNS trigger LANGUAGE plpgsql
AS E'BEGIN PERFORM matching_pool_add(ARRAY(SELECT n."memberId" FROM inserted n))\073 RETURN NULL\073 END';
CREATE TRIGGER matching_pool_profile_insert AFTER INSERT ON profile
  REFERENCING NEW TABLE AS inserted FOR EACH STATEMENT EXECUTE FUNCTION matching_pool_on_profile_insert();

CREATE FUNCTION matching_pool_on_profile_update() RETURNS trigger LANGUAGE plpgsql
AS E'BEGIN PERFORM matching_pool_profile_changed(NEW)\073 RETURN NULL\073 END';
CREATE TRIGGER matching_pool_profile_update AFTER UPDATE ON profile FOR EACH ROW
  WHEN (OLD."openToMatching" IS DISTINCT FROM NEW."openToMatching" OR OLD."completedAt" IS DISTINCT FROM NEW."completedAt"
    OR OLD.languages IS DISTINCT FROM NEW.languages OR OLD."mustShareLanguage" IS DISTINCT FROM NEW."mustShareLanguage"
    OR OLD."needsSobrietyFriendlyPartner" IS DISTINCT FROM NEW."needsSobrietyFriendlyPartner"
    OR OLD."sobrietyFriendly" IS DISTINCT FROM NEW."sobrietyFriendly" OR OLD."partnershipCapacity" IS DISTINCT FROM NEW."partnershipCapacity")
  EXECUTE FUNCTION matching_pool_on_profile_update();

CREATE FUNCTION matching_pool_on_member_update() RETURNS trigger LANGUAGE plpgsql
AS E'BEGIN PERFORM matching_pool_member_changed(NEW)\073 RETURN NULL\073 END';
CREATE TRIGGER matching_pool_member_update AFTER UPDATE ON member FOR EACH ROW
  WHEN (OLD.status IS DISTINCT FROM NEW.status OR OLD."emailVerifiedAt" IS DISTINCT FROM NEW."emailVerifiedAt")
  EXECUTE FUNCTION matching_pool_on_member_update();

CREATE FUNCTION matching_pool_on_week_insert() RETURNS trigger LANGUAGE plpgsql
AS E'BEGIN PERFORM matching_pool_weeks_written(ARRAY(SELECT n::availability_week FROM inserted n))\073 RETURN NULL\073 END';
CREATE TRIGGER matching_pool_week_insert AFTER INSERT ON availability_week
  REFERENCING NEW TABLE AS inserted FOR EACH STATEMENT EXECUTE FUNCTION matching_pool_on_week_insert();

-- An update that moves a row to another member or week removes the old one first.
CREATE FUNCTION matching_pool_on_week_update() RETURNS trigger LANGUAGE plpgsql
AS E'BEGIN PERFORM matching_pool_weeks_removed(ARRAY(SELECT o::availability_week FROM removed o WHERE NOT EXISTS (SELECT 1 FROM inserted n WHERE n."memberId" = o."memberId" AND n."weekStart" = o."weekStart")))\073 PERFORM matching_pool_weeks_written(ARRAY(SELECT n::availability_week FROM inserted n))\073 RETURN NULL\073 END';
CREATE TRIGGER matching_pool_week_update AFTER UPDATE ON availability_week
  REFERENCING OLD TABLE AS removed NEW TABLE AS inserted FOR EACH STATEMENT EXECUTE FUNCTION matching_pool_on_week_update();

CREATE FUNCTION matching_pool_on_week_delete() RETURNS trigger LANGUAGE plpgsql
AS E'BEGIN PERFORM matching_pool_weeks_removed(ARRAY(SELECT o::availability_week FROM removed o))\073 RETURN NULL\073 END';
CREATE TRIGGER matching_pool_week_delete AFTER DELETE ON availability_week
  REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION matching_pool_on_week_delete();

CREATE FUNCTION matching_pool_on_partnership_insert() RETURNS trigger LANGUAGE plpgsql
AS E'BEGIN PERFORM matching_pool_partnerships_changed(ARRAY(SELECT n::partnership_member FROM inserted n), NULL)\073 RETURN NULL\073 END';
CREATE TRIGGER matching_pool_partnership_insert AFTER INSERT ON partnership_member
  REFERENCING NEW TABLE AS inserted FOR EACH STATEMENT EXECUTE FUNCTION matching_pool_on_partnership_insert();

CREATE FUNCTION matching_pool_on_partnership_update() RETURNS trigger LANGUAGE plpgsql
AS E'BEGIN PERFORM matching_pool_partnerships_changed(ARRAY(SELECT n::partnership_member FROM inserted n), ARRAY(SELECT o::partnership_member FROM removed o))\073 RETURN NULL\073 END';
CREATE TRIGGER matching_pool_partnership_update AFTER UPDATE ON partnership_member
  REFERENCING OLD TABLE AS removed NEW TABLE AS inserted FOR EACH STATEMENT EXECUTE FUNCTION matching_pool_on_partnership_update();

CREATE FUNCTION matching_pool_on_partnership_delete() RETURNS trigger LANGUAGE plpgsql
AS E'BEGIN PERFORM matching_pool_partnerships_changed(NULL, ARRAY(SELECT o::partnership_member FROM removed o))\073 RETURN NULL\073 END';
CREATE TRIGGER matching_pool_partnership_delete AFTER DELETE ON partnership_member
  REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION matching_pool_on_partnership_delete();

CREATE FUNCTION matching_pool_on_request_insert() RETURNS trigger LANGUAGE plpgsql
AS E'BEGIN PERFORM matching_pool_requests_changed(ARRAY(SELECT n::match_request FROM inserted n), NULL)\073 RETURN NULL\073 END';
CREATE TRIGGER matching_pool_request_insert AFTER INSERT ON match_request
  REFERENCING NEW TABLE AS inserted FOR EACH STATEMENT EXECUTE FUNCTION matching_pool_on_request_insert();

CREATE FUNCTION matching_pool_on_request_update() RETURNS trigger LANGUAGE plpgsql
AS E'BEGIN PERFORM matching_pool_requests_changed(ARRAY(SELECT n::match_request FROM inserted n), ARRAY(SELECT o::match_request FROM removed o))\073 RETURN NULL\073 END';
CREATE TRIGGER matching_pool_request_update AFTER UPDATE ON match_request
  REFERENCING OLD TABLE AS removed NEW TABLE AS inserted FOR EACH STATEMENT EXECUTE FUNCTION matching_pool_on_request_update();

CREATE FUNCTION matching_pool_on_request_delete() RETURNS trigger LANGUAGE plpgsql
AS E'BEGIN PERFORM matching_pool_requests_changed(NULL, ARRAY(SELECT o::match_request FROM removed o))\073 RETURN NULL\073 END';
CREATE TRIGGER matching_pool_request_delete AFTER DELETE ON match_request
  REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION matching_pool_on_request_delete();

-- Rows for the profiles that already exist.
SELECT matching_pool_add(ARRAY(SELECT "memberId" FROM profile));

-- One parallel worker for the candidate scan: with the leader that is two processes, which is what
-- a 2-core server can run at once (README "Performance").
ALTER TABLE matching_pool SET (parallel_workers = 1);
