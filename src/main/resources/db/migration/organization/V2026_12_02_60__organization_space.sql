-- schools and other organisations, their members, invitations and learners (module organization)
CREATE TABLE organization (
  id                UUID PRIMARY KEY,
  name              TEXT NOT NULL,
  type              TEXT NOT NULL,
  uai               TEXT,
  manages_students  BOOLEAN NOT NULL DEFAULT FALSE,
  tags              TEXT[] NOT NULL DEFAULT '{}',
  created_at        TIMESTAMP WITH TIME ZONE NOT NULL
);

-- users are identity's: referenced by id only
CREATE TABLE organization_membership (
  organization_id  UUID NOT NULL REFERENCES organization (id),
  user_id          UUID NOT NULL,
  role             TEXT NOT NULL,
  created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT one_membership_per_user_and_organization PRIMARY KEY (organization_id, user_id)
);
CREATE INDEX organization_membership_user ON organization_membership (user_id);

CREATE TABLE organization_invitation (
  id               UUID PRIMARY KEY,
  organization_id  UUID NOT NULL REFERENCES organization (id),
  email            TEXT NOT NULL,
  role             TEXT NOT NULL,
  token_hash       TEXT NOT NULL CONSTRAINT one_invitation_per_token UNIQUE,
  invited_by       UUID NOT NULL,
  created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
  expires_at       TIMESTAMP WITH TIME ZONE NOT NULL,
  accepted_at      TIMESTAMP WITH TIME ZONE,
  accepted_by      UUID
);
CREATE INDEX organization_invitation_organization ON organization_invitation (organization_id);

CREATE TABLE organization_terms_acceptance (
  user_id      UUID NOT NULL,
  version      TEXT NOT NULL,
  accepted_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT terms_accepted_once_per_version PRIMARY KEY (user_id, version)
);

CREATE TABLE organization_learner (
  id                  UUID PRIMARY KEY,
  organization_id     UUID NOT NULL REFERENCES organization (id),
  national_id         TEXT,
  first_name          TEXT NOT NULL,
  second_first_name   TEXT,
  third_first_name    TEXT,
  last_name           TEXT NOT NULL,
  usage_name          TEXT,
  sex                 TEXT,
  birth_date          DATE NOT NULL,
  birth_city_code     TEXT,
  birth_city          TEXT,
  birth_department    TEXT,
  birth_country_code  TEXT,
  mef_code            TEXT,
  status              TEXT,
  division            TEXT,
  email               TEXT,
  active              BOOLEAN NOT NULL DEFAULT TRUE,
  created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_at          TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE UNIQUE INDEX one_learner_per_national_id ON organization_learner (organization_id, national_id)
  WHERE national_id IS NOT NULL;
CREATE INDEX organization_learner_division ON organization_learner (organization_id, division, last_name, first_name);

-- one upload and what became of it; the file is kept until the import has run, so that any node can run it
CREATE TABLE organization_learner_import (
  id               UUID PRIMARY KEY,
  organization_id  UUID NOT NULL REFERENCES organization (id),
  format           TEXT NOT NULL,
  status           TEXT NOT NULL,
  file             BYTEA,
  imported_by      UUID NOT NULL,
  progress         INT NOT NULL DEFAULT 0,
  created          INT NOT NULL DEFAULT 0,
  updated          INT NOT NULL DEFAULT 0,
  disabled         INT NOT NULL DEFAULT 0,
  errors           JSONB NOT NULL DEFAULT '[]',
  created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_at       TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX organization_learner_import_organization ON organization_learner_import (organization_id, created_at);
