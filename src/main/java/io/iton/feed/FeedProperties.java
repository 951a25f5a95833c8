package io.iton.feed;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Feed settings ({@code iton.feed.*}).
 *
 * @param fullText whether items carry the whole article, or only its subtitle as an excerpt
 * @param items    how many of the newest articles a feed lists
 */
@ConfigurationProperties("iton.feed")
record FeedProperties(@DefaultValue("false") boolean fullText, @DefaultValue("20") int items) {
}
