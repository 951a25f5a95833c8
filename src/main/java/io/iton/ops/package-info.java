/**
 * Running Iton in production: security headers on every response, request rate and size limits,
 * metrics that name routes rather than addresses, and the time a page takes to render. It reads
 * no feature's data and no feature depends on it.
 */
package io.iton.ops;
