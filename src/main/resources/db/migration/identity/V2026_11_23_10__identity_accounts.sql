CREATE TABLE identity_user (
  id                   UUID PRIMARY KEY,
  first_name           TEXT NOT NULL,
  last_name            TEXT NOT NULL,
  email                TEXT,
  username             TEXT,
  password_hash        TEXT,
  locale               TEXT NOT NULL DEFAULT 'fr',
  roles                TEXT[] NOT NULL DEFAULT '{}',
  terms_accepted_at    TIMESTAMP WITH TIME ZONE,
  failed_logins        INT NOT NULL DEFAULT 0,
  blocked_until        TIMESTAMP WITH TIME ZONE,
  permanently_blocked  BOOLEAN NOT NULL DEFAULT FALSE,
  created_at           TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX one_account_per_email ON identity_user (lower(email));
CREATE UNIQUE INDEX one_account_per_username ON identity_user (lower(username));

CREATE TABLE identity_refresh_token (
  token_hash  TEXT PRIMARY KEY,
  user_id     UUID NOT NULL REFERENCES identity_user (id) ON DELETE CASCADE,
  expires_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  revoked     BOOLEAN NOT NULL DEFAULT FALSE
);
CREATE INDEX identity_refresh_token_user ON identity_refresh_token (user_id);

-- the key that signs access tokens, shared by every node
CREATE TABLE identity_signing_key (
  id          INT PRIMARY KEY,
  secret      BYTEA NOT NULL,
  created_at  TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()
);
