/**
 * The JSON API under {@code /api/v1}, a thin channel like the site: public reads of published
 * content, authenticated writes, and every error as an RFC 9457 problem document.
 */
package io.iton.api;
