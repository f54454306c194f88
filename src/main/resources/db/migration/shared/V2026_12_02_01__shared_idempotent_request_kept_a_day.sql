-- Stored replies are kept 24 hours; IdempotentRequests deletes older ones by this index
CREATE INDEX shared_idempotent_request_created_at_idx ON shared_idempotent_request (created_at);

-- Until now every anonymous caller shared one "anonymous" scope, and logins were stored with their access and
-- refresh tokens in clear (security review of 2 December 2026, MEDIUM-3). Anonymous callers are now told apart by
-- their request and responses carrying tokens are never stored: the old anonymous rows can only leak.
DELETE FROM shared_idempotent_request WHERE caller = 'anonymous';
