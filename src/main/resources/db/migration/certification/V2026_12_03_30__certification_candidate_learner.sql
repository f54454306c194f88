-- A candidate enrolled from the school's list keeps the learner's id (module organization, by id only):
-- the same learner is never enrolled twice in a session.
ALTER TABLE certification_candidate ADD COLUMN organization_learner_id UUID;
CREATE UNIQUE INDEX one_candidate_per_learner_and_session
  ON certification_candidate (session_id, organization_learner_id) WHERE organization_learner_id IS NOT NULL;
