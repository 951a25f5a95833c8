package io.iton.hostile;

import io.iton.support.OnPostgres;

/** Path traversal in media and upload names, on PostgreSQL. */
@OnPostgres
class PathTraversalOnPostgresIT extends PathTraversalContract {
}
