package io.iton.article;

import java.net.URI;
import java.net.URISyntaxException;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.stereotype.Component;

import io.iton.shared.SiteProperties;

/**
 * An article body as readers get it, on the page, in feeds and through the API. A sponsored
 * article's links to other sites carry {@code rel="sponsored"}: search engines ask for paid links
 * to say so, and the advertiser's links are what the sponsor paid for. The stored body stays as
 * the editor wrote it, so unmarking an article as sponsored takes the label off its links too.
 */
@Component
public class ReaderBody {

    private static final String SPONSORED = "sponsored noopener";

    private final String siteHost;

    ReaderBody(SiteProperties site) {
        this.siteHost = site.baseUrl().getHost();
    }

    public String of(Article article) {
        return of(article.body(), article.sponsored());
    }

    public String of(String body, boolean sponsored) {
        if (!sponsored || body == null || !body.contains("<a")) {
            return body;
        }
        Document doc = Jsoup.parseBodyFragment(body);
        doc.outputSettings().prettyPrint(false);
        boolean changed = false;
        for (Element link : doc.body().select("a[href]")) {
            if (outbound(link.attr("href"))) {
                link.attr("rel", SPONSORED);
                changed = true;
            }
        }
        return changed ? doc.body().html() : body;
    }

    private boolean outbound(String href) {
        try {
            URI uri = new URI(href.strip());
            String host = uri.getHost();
            return uri.isAbsolute() && host != null && !host.equalsIgnoreCase(siteHost);
        } catch (URISyntaxException e) {
            return true;
        }
    }
}
