package io.iton.hostile;

import io.iton.support.OnPostgres;

/** Privilege escalation between roles, on PostgreSQL. */
@OnPostgres
class PrivilegeOnPostgresIT extends PrivilegeContract {
}
