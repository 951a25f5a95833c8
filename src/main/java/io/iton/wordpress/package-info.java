/**
 * Moving a site in from WordPress: reading a WXR export as a stream (StAX), turning its authors,
 * categories, tags, posts and image attachments into ours through the features' public services,
 * each post in its own transaction, and keeping the old WordPress addresses alive as 301s. Owns
 * the {@code wordpress_item} table (what each exported item became, so a re-run adds nothing) and
 * the {@code wordpress_redirect} table (old paths), the {@code import-wordpress} command and the
 * newsroom's import page.
 */
package io.iton.wordpress;
