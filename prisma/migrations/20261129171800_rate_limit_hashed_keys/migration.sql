-- Rate-limit keys are now keyed hashes. Rows from before held email addresses in plain text: they
-- would expire within the hour, but are removed now so none outlives the upgrade, and counting
-- starts afresh.
DELETE FROM "rate_limit";
