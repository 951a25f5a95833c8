-- The advertising desk's role: SALES works leads, quotes and the outbox, and edits no articles.
ALTER TABLE app_user DROP CONSTRAINT app_user_role_known;
ALTER TABLE app_user ADD CONSTRAINT app_user_role_known CHECK (role IN ('ADMIN', 'EDITOR', 'WRITER', 'SALES'));
