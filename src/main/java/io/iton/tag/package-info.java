/**
 * Tags: free keywords with a page each; the newsroom pages under {@code /newsroom/tags} where
 * editors rename, merge and delete them, and the editor's autocomplete. Owns the {@code tag}
 * table and {@code tag_former_slug}; merges and deletes also rewrite {@code article_tag}, since
 * articles depend on tags and not the other way round.
 */
package io.iton.tag;
