-- Hand-written: the candidate index (src/server/matching/pool-index/) keeps each listed member's
-- answers for scoring, so a change to any answer the scorer reads, or to a member's name or time
-- zone, is announced on "matching_pool" like a change to the pool row itself (the index re-reads
-- those members). Changes that also move the pool row notify twice, which is harmless.
-- No semicolons inside bodies (the migration runner splits on them): see 20261124151359_matching_pool.

CREATE FUNCTION matching_answers_on_profile_update() RETURNS trigger LANGUAGE plpgsql
AS E'BEGIN PERFORM matching_pool_notify(ARRAY(
  SELECT n."memberId" FROM inserted n JOIN removed o ON o."memberId" = n."memberId"
  WHERE (n."focusAreas", n.seriousness, n."hoursPerWeek", n."checkInFrequency", n."intendedLength", n.reliability,
         n.channels, n."personalValues", n."feedbackStyle", n."missedCheckInResponse", n."disclosurePace",
         n."replyTime", n."relationshipStyle", n.extras -> ''beliefs'')
    IS DISTINCT FROM
        (o."focusAreas", o.seriousness, o."hoursPerWeek", o."checkInFrequency", o."intendedLength", o.reliability,
         o.channels, o."personalValues", o."feedbackStyle", o."missedCheckInResponse", o."disclosurePace",
         o."replyTime", o."relationshipStyle", o.extras -> ''beliefs'')))\073 RETURN NULL\073 END';
CREATE TRIGGER matching_answers_profile_update AFTER UPDATE ON profile
  REFERENCING OLD TABLE AS removed NEW TABLE AS inserted FOR EACH STATEMENT EXECUTE FUNCTION matching_answers_on_profile_update();

CREATE FUNCTION matching_answers_on_member_update() RETURNS trigger LANGUAGE plpgsql
AS E'BEGIN PERFORM matching_pool_notify(ARRAY[NEW.id])\073 RETURN NULL\073 END';
CREATE TRIGGER matching_answers_member_update AFTER UPDATE ON member FOR EACH ROW
  WHEN (OLD."displayName" IS DISTINCT FROM NEW."displayName" OR OLD.timezone IS DISTINCT FROM NEW.timezone)
  EXECUTE FUNCTION matching_answers_on_member_update();
