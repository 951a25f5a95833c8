-- One-time password-reset links. Only a SHA-256 of the token is kept, so a copy of the database
-- cannot be used to reset anyone's password; a used or expired row is refused.
CREATE TABLE password_reset (
    token_hash VARCHAR(64) PRIMARY KEY,
    user_id    BIGINT      NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at    TIMESTAMP WITH TIME ZONE,
    CONSTRAINT password_reset_user_fk FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
);
CREATE INDEX password_reset_user ON password_reset (user_id);
