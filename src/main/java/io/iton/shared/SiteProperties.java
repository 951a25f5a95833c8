package io.iton.shared;

import java.net.URI;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What the operator sets about the public site ({@code iton.site.*}).
 *
 * @param name           the site's name in the header and titles
 * @param baseUrl        the public address, for canonical and share links
 * @param timeZone       the zone times are shown in; they are stored in UTC
 * @param dateTimeFormat how a publish time is shown (a {@link DateTimeFormatter} pattern)
 * @param pageSize       articles per listing page
 * @param sponsoredInRelated whether sponsored articles may appear under "related articles"
 *                       (by default they never do: a reader should not be led to advertising
 *                       as if it were more reporting)
 */
@ConfigurationProperties("iton.site")
public record SiteProperties(
        @DefaultValue("עיתון") String name,
        @DefaultValue("http://localhost:8080") URI baseUrl,
        @DefaultValue("Asia/Jerusalem") ZoneId timeZone,
        @DefaultValue("uuuu-MM-dd HH:mm:ss") String dateTimeFormat,
        @DefaultValue("10") int pageSize,
        @DefaultValue("false") boolean sponsoredInRelated) {

    public SiteProperties {
        DateTimeFormatter.ofPattern(dateTimeFormat);
        String base = baseUrl.toString();
        if (base.endsWith("/")) {
            baseUrl = URI.create(base.substring(0, base.length() - 1));
        }
    }

    /** The absolute address of a site path such as {@code /article/1/slug}. */
    public String absolute(String path) {
        return baseUrl + path;
    }
}
