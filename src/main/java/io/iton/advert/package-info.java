/**
 * The advertising desk: requests from {@code /advertise} ("leads") with their spam defence, the
 * sales desk's inbox and each lead's history, the rate card and quotes, sponsoring an article for
 * a won lead, the privacy rules for old leads, and the mail outbox every feature sends through.
 * Owns the {@code ad_lead}, {@code ad_lead_event}, {@code mail_outbox} and
 * {@code mail_attachment} tables (and the rate-card and quote tables).
 */
package io.iton.advert;
