-- Login security that must hold across app nodes, so it lives in the database.
-- Failed logins in a row and the lock they earn (reset by a successful login), and the last login.
ALTER TABLE app_user ADD COLUMN failed_logins INTEGER NOT NULL DEFAULT 0;
ALTER TABLE app_user ADD COLUMN locked_until TIMESTAMP WITH TIME ZONE;
ALTER TABLE app_user ADD COLUMN last_login_at TIMESTAMP WITH TIME ZONE;

-- Spring Security's persistent remember-me tokens (JdbcTokenRepositoryImpl's own SQL), with room
-- for a whole e-mail address as the user name. Deleting a user's rows revokes every "remember me".
CREATE TABLE persistent_logins (
    username  VARCHAR(320) NOT NULL,
    series    VARCHAR(64)  PRIMARY KEY,
    token     VARCHAR(64)  NOT NULL,
    last_used TIMESTAMP    NOT NULL
);
CREATE INDEX persistent_logins_username ON persistent_logins (username);

-- The first-run claim: whoever creates the first administrator inserts the one row, in the same
-- transaction, so two set-ups racing each other create one administrator at most.
CREATE TABLE account_first_run (
    id         INTEGER PRIMARY KEY,
    claimed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT account_first_run_single CHECK (id = 1)
);
INSERT INTO account_first_run (id, claimed_at)
SELECT 1, CURRENT_TIMESTAMP WHERE EXISTS (SELECT 1 FROM app_user);
