/**
 * What carries articles beyond the site: structured data for search engines and share previews
 * (OpenGraph, Twitter cards, JSON-LD), and, as they land, RSS feeds and sitemaps.
 */
package io.iton.feed;
