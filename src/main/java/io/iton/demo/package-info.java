/**
 * Demo content for a fresh install ({@code iton.demo.enabled=true}): the seed article exactly as
 * the seed page shows it, and enough Hebrew articles that every page type has something to show.
 * Goes through the same feature services as the newsroom, and is idempotent.
 */
package io.iton.demo;
