-- How an assessment is run, chosen when it starts (issue 15): its method (the rows so far
-- were all run by the knowledge-state method), a question limit, a deadline, and whether
-- its knowledge elements count in the learner's profile (a certification's do not).
ALTER TABLE evaluation_assessment
  ADD COLUMN method TEXT NOT NULL DEFAULT 'knowledge-state',
  ADD COLUMN question_limit INT CONSTRAINT question_limit_positive CHECK (question_limit > 0),
  ADD COLUMN deadline TIMESTAMP WITH TIME ZONE,
  ADD COLUMN counts_in_profile BOOLEAN NOT NULL DEFAULT TRUE;

-- A knowledge element of an assessment that does not count in the profile is still read by
-- that assessment's method; the profile and the knowledge snapshot leave it out.
ALTER TABLE evaluation_knowledge_element
  ADD COLUMN counts_in_profile BOOLEAN NOT NULL DEFAULT TRUE;
