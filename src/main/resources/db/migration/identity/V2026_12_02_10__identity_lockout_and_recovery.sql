-- Issue 14 (HIGH-2): no lockout is permanent any more. Accounts blocked for good by the old rule are released;
-- permanently_blocked stays for a deliberate administrator's decision, which nothing in the product sets today.
UPDATE identity_user SET permanently_blocked = FALSE, failed_logins = 0, blocked_until = NULL
WHERE permanently_blocked OR failed_logins > 0;

-- failed_logins now counts failures from all addresses (each address's first ten of a day at most): the
-- account-wide ceiling; it starts again after a day without failure
ALTER TABLE identity_user ADD COLUMN last_failed_login_at TIMESTAMP WITH TIME ZONE;

-- failures per (account, client address): they drive the block of that address for that account
CREATE TABLE identity_login_failure (
  user_id          UUID NOT NULL REFERENCES identity_user (id) ON DELETE CASCADE,
  source           TEXT NOT NULL,
  failures         INT NOT NULL,
  blocked_until    TIMESTAMP WITH TIME ZONE,
  last_failure_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (user_id, source)
);

-- password-reset links: the token is kept as a SHA-256 fingerprint only
CREATE TABLE identity_password_reset (
  token_hash  TEXT PRIMARY KEY,
  user_id     UUID NOT NULL REFERENCES identity_user (id) ON DELETE CASCADE,
  created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  expires_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  used_at     TIMESTAMP WITH TIME ZONE
);
CREATE INDEX identity_password_reset_user ON identity_password_reset (user_id, created_at);

-- reset requests per client address, known e-mail or not, for the address limit
CREATE TABLE identity_password_reset_request (
  source  TEXT NOT NULL,
  at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX identity_password_reset_request_source ON identity_password_reset_request (source, at);

-- what staff did to accounts, and password resets
CREATE TABLE identity_audit_event (
  id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  at              TIMESTAMP WITH TIME ZONE NOT NULL,
  actor_id        UUID NOT NULL,
  action          TEXT NOT NULL,
  target_user_id  UUID NOT NULL
);
CREATE INDEX identity_audit_event_target ON identity_audit_event (target_user_id, at);
