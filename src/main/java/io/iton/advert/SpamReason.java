package io.iton.advert;

/** Why a request was taken for spam. Spam is kept and shown in the inbox under its reason, never dropped. */
public enum SpamReason {
    /** The hidden field that people never see was filled in. */
    HONEYPOT,
    /** The form came back sooner after it was shown than a person can fill it in. */
    TOO_FAST,
    /** The signed form time was missing or forged. */
    BAD_TOKEN,
    /** One address sent more requests than the limit allows. */
    RATE_LIMIT,
    /** The sales desk marked it by hand. */
    MARKED
}
