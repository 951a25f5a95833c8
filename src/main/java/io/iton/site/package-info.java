/**
 * The public site, a thin channel: controllers that read published content from the feature
 * packages, assemble one page record, and hand it to a jte template. Nothing depends on it.
 */
package io.iton.site;
