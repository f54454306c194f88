-- The jury's work on a finalised session and the certificates it publishes.
-- A session is FINALIZED by its centre, IN_PROCESS once a jury member takes it, PROCESSED when published.
ALTER TABLE certification_session
  ADD COLUMN jury_assignee UUID,
  ADD COLUMN jury_assigned_at TIMESTAMP WITH TIME ZONE,
  ADD COLUMN jury_comment TEXT,
  ADD COLUMN published_at TIMESTAMP WITH TIME ZONE;

-- The code anyone can check a certificate with (P- and 8 characters), given when its session is first published.
ALTER TABLE certification_result
  ADD COLUMN verification_code TEXT CONSTRAINT certification_verification_code_unique UNIQUE;
