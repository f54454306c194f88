CREATE TABLE evaluation_assessment (
  id                    UUID PRIMARY KEY,
  user_id               UUID NOT NULL,
  type                  TEXT NOT NULL,
  state                 TEXT NOT NULL,
  competence_code       TEXT,
  framework_code        TEXT NOT NULL DEFAULT 'crcn',
  skill_ids             TEXT[],
  seed                  BIGINT NOT NULL,
  current_challenge_id  TEXT,
  current_asked_at      TIMESTAMP WITH TIME ZONE,
  current_deadline      TIMESTAMP WITH TIME ZONE,
  last_challenge_timed  BOOLEAN NOT NULL DEFAULT FALSE,
  answers               INT NOT NULL DEFAULT 0,
  improving             BOOLEAN NOT NULL DEFAULT FALSE,
  created_at            TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_at            TIMESTAMP WITH TIME ZONE NOT NULL,
  completed_at          TIMESTAMP WITH TIME ZONE
);
CREATE UNIQUE INDEX one_started_evaluation_per_competence ON evaluation_assessment (user_id, competence_code)
  WHERE state = 'STARTED' AND type = 'COMPETENCE_EVALUATION';
CREATE INDEX evaluation_assessment_user ON evaluation_assessment (user_id);

CREATE TABLE evaluation_answer (
  id               UUID PRIMARY KEY,
  assessment_id    UUID NOT NULL REFERENCES evaluation_assessment (id),
  user_id          UUID NOT NULL,
  challenge_id     TEXT NOT NULL,
  skill_id         TEXT NOT NULL,
  value            TEXT,
  result           TEXT NOT NULL,
  field_results    TEXT,
  idempotency_key  TEXT,
  created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT one_answer_per_challenge_in_assessment UNIQUE (assessment_id, challenge_id),
  CONSTRAINT one_answer_per_idempotency_key UNIQUE (assessment_id, idempotency_key)
);

CREATE TABLE evaluation_knowledge_element (
  id               BIGSERIAL PRIMARY KEY,
  user_id          UUID NOT NULL,
  skill_id         TEXT NOT NULL,
  tube             TEXT NOT NULL,
  competence_code  TEXT NOT NULL,
  status           TEXT NOT NULL,
  source           TEXT NOT NULL,
  answer_id        UUID,
  assessment_id    UUID,
  created_at       TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX evaluation_knowledge_element_user ON evaluation_knowledge_element (user_id, competence_code, created_at);

CREATE TABLE evaluation_learner_tutorial (
  user_id      UUID NOT NULL,
  tutorial_id  TEXT NOT NULL,
  saved        BOOLEAN NOT NULL DEFAULT FALSE,
  useful       BOOLEAN,
  updated_at   TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
  PRIMARY KEY (user_id, tutorial_id)
);
