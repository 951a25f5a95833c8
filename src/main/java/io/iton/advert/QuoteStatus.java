package io.iton.advert;

/** A quote is a draft until it is mailed to the requester; a sent quote may be sent again. */
public enum QuoteStatus {
    DRAFT, SENT
}
