package io.iton.article;

/** An account allowed to give one kind of approval, with how the newsroom knows it. */
public record ReviewGrant(long userId, String email, String displayName, String kind) {
}
