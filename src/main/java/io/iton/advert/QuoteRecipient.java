package io.iton.advert;

/** Whom a quote is for: the lead it answers and its requester, copied onto the quote when it is made. */
public record QuoteRecipient(long leadId, String name, String company, String email) {
}
