package io.iton.advert;

/** A request that is not spam was stored: the desk is told, and the requester gets a confirmation. */
public record LeadReceived(long leadId, String reference) {
}
