package io.iton.account;

import io.iton.support.OnPostgres;

/** Sessions shared by nodes on PostgreSQL. */
@OnPostgres
class SessionsAcrossNodesOnPostgresIT extends SessionsAcrossNodesContract {
}
