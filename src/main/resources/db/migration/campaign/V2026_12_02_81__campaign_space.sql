-- target profiles, stages, campaigns, participations and their shared results (module campaign);
-- organisations, users, learners and assessments belong to other modules: referenced by id only
CREATE TABLE campaign_target_profile (
  id                 UUID PRIMARY KEY,
  key                TEXT CONSTRAINT one_target_profile_per_key UNIQUE,
  name               TEXT NOT NULL,
  description        TEXT NOT NULL DEFAULT '',
  framework_code     TEXT NOT NULL,
  estimated_minutes  INTEGER NOT NULL,
  created_at         TIMESTAMP WITH TIME ZONE NOT NULL
);

-- the capped tubes: the skills of the tube up to max_level
CREATE TABLE campaign_target_profile_tube (
  target_profile_id  UUID NOT NULL REFERENCES campaign_target_profile (id),
  tube               TEXT NOT NULL,
  max_level          INTEGER NOT NULL CHECK (max_level BETWEEN 1 AND 8),
  PRIMARY KEY (target_profile_id, tube)
);

CREATE TABLE campaign_target_profile_organization (
  target_profile_id  UUID NOT NULL REFERENCES campaign_target_profile (id),
  organization_id    UUID NOT NULL,
  PRIMARY KEY (target_profile_id, organization_id)
);
CREATE INDEX campaign_target_profile_organization_by_organization
  ON campaign_target_profile_organization (organization_id);

-- paliers: threshold in % of the target skills validated; stage 0 (threshold 0) always reached
CREATE TABLE campaign_stage (
  id                 UUID PRIMARY KEY,
  target_profile_id  UUID NOT NULL REFERENCES campaign_target_profile (id),
  threshold          INTEGER NOT NULL CHECK (threshold BETWEEN 0 AND 100),
  title              TEXT NOT NULL,
  message            TEXT NOT NULL DEFAULT '',
  CONSTRAINT one_stage_per_threshold UNIQUE (target_profile_id, threshold)
);

CREATE TABLE campaign (
  id                 UUID PRIMARY KEY,
  organization_id    UUID NOT NULL,
  -- copied from the organisation when the campaign is made (its public landing shows them; the
  -- organization module publishes no read of an organisation to a non-member)
  organization_name  TEXT NOT NULL,
  manages_students   BOOLEAN NOT NULL,
  owner_id           UUID NOT NULL,
  code               TEXT NOT NULL CONSTRAINT one_campaign_per_code UNIQUE,
  name               TEXT NOT NULL,
  title              TEXT,
  type               TEXT NOT NULL CHECK (type IN ('ASSESSMENT', 'PROFILES_COLLECTION')),
  target_profile_id  UUID REFERENCES campaign_target_profile (id),
  landing_text       TEXT NOT NULL DEFAULT '',
  end_text           TEXT NOT NULL DEFAULT '',
  external_id_label  TEXT,
  multiple_sendings  BOOLEAN NOT NULL DEFAULT FALSE,
  created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
  archived_at        TIMESTAMP WITH TIME ZONE,
  CONSTRAINT an_assessment_has_a_target_profile CHECK (type <> 'ASSESSMENT' OR target_profile_id IS NOT NULL)
);
CREATE INDEX campaign_by_organization ON campaign (organization_id, created_at DESC);

-- one current participation per learner and campaign; a retake keeps the former one (improved)
CREATE TABLE campaign_participation (
  id                        UUID PRIMARY KEY,
  campaign_id               UUID NOT NULL REFERENCES campaign (id),
  user_id                   UUID NOT NULL,
  organization_learner_id   UUID,
  first_name                TEXT NOT NULL,
  last_name                 TEXT NOT NULL,
  division                  TEXT,
  external_id               TEXT,
  assessment_id             UUID,
  status                    TEXT NOT NULL CHECK (status IN ('STARTED', 'TO_SHARE', 'SHARED')),
  improved                  BOOLEAN NOT NULL DEFAULT FALSE,
  created_at                TIMESTAMP WITH TIME ZONE NOT NULL,
  shared_at                 TIMESTAMP WITH TIME ZONE,
  validated_skills          INTEGER,
  target_skills             INTEGER,
  mastery_rate              NUMERIC(5, 4)
);
CREATE UNIQUE INDEX one_current_participation_per_learner
  ON campaign_participation (campaign_id, user_id) WHERE NOT improved;
CREATE INDEX campaign_participation_by_campaign ON campaign_participation (campaign_id, status);
CREATE INDEX campaign_participation_by_assessment ON campaign_participation (assessment_id);

-- the results a learner sent: the target skills as they were when shared (later tests change nothing)
CREATE TABLE campaign_shared_skill (
  participation_id  UUID NOT NULL REFERENCES campaign_participation (id),
  skill_id          TEXT NOT NULL,
  tube              TEXT NOT NULL,
  competence_code   TEXT NOT NULL,
  level             INTEGER NOT NULL,
  validated         BOOLEAN NOT NULL,
  PRIMARY KEY (participation_id, skill_id)
);
