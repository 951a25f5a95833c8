/**
 * Several nodes on one database: the change log that carries content changes to every node's
 * page cache and search index. A node writes the events of its own changes to {@code change_log}
 * in the changing transaction and re-publishes, in order, the ones other nodes wrote.
 */
package io.iton.cluster;
