package io.iton.advert;

/**
 * {@code /newsroom/quotes/{id}}: the printable sheet, when it was sent (as people read it, or
 * {@code null}), and the notice or error message key after an action.
 */
public record QuotePage(QuoteSheet sheet, String sentAt, String notice, String error) {
}
