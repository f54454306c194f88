-- Pupils' accounts issued by their school (domain.md §7, §9): a username, no e-mail, a one-time password
-- that must be changed at the first login.
ALTER TABLE identity_user ADD COLUMN issued_by_school BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE identity_user ADD COLUMN must_change_password BOOLEAN NOT NULL DEFAULT FALSE;
