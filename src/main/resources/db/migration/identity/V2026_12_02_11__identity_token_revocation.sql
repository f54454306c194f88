-- Refresh tokens: a family per login, kept through every rotation; presenting a token
-- that was already used or revoked revokes its whole family.
ALTER TABLE identity_refresh_token ADD COLUMN family_id UUID;
UPDATE identity_refresh_token SET family_id = gen_random_uuid();
ALTER TABLE identity_refresh_token ALTER COLUMN family_id SET NOT NULL;
CREATE INDEX identity_refresh_token_family ON identity_refresh_token (family_id);

-- Access tokens carry the generation of the user's tokens they were issued in ("gen");
-- revoking the user's tokens moves the generation on, and older access tokens are refused.
ALTER TABLE identity_user ADD COLUMN token_generation INT NOT NULL DEFAULT 0;
