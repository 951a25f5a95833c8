/**
 * The newsroom's article desk: the dashboard, the list of articles, and the editor where writers
 * write and editors edit, schedule and publish. It owns no table: it works through the article
 * feature's services, which check every rule again.
 */
package io.iton.newsroom;
