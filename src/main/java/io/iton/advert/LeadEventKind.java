package io.iton.advert;

/** What happened to a lead, as its history lists it. */
public enum LeadEventKind {
    RECEIVED, STATUS, NOTE, ASSIGNED, MAIL, QUOTE_SENT, ARTICLE_LINKED, ANONYMIZED, EXPORTED
}
