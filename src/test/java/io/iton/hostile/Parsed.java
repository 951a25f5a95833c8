package io.iton.hostile;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.jsoup.Jsoup;
import org.w3c.dom.NodeList;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Feeds, sitemaps, JSON-LD and API answers read by real parsers, as a reader or a crawler reads them. */
final class Parsed {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Parsed() {
    }

    /** The text as a JSON string literal. */
    static String quoted(String text) {
        return JSON.writeValueAsString(text);
    }

    static JsonNode json(String text) {
        return JSON.readTree(text);
    }

    /** The text of every element with this name in an XML document; fails when the document does not parse. */
    static List<String> xmlTexts(String xml, String element) {
        try {
            var factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(false);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            var document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
            NodeList nodes = document.getElementsByTagName(element);
            List<String> texts = new ArrayList<>();
            for (int i = 0; i < nodes.getLength(); i++) {
                texts.add(nodes.item(i).getTextContent());
            }
            return texts;
        } catch (Exception e) {
            throw new AssertionError("not well-formed XML: " + e.getMessage(), e);
        }
    }

    /** Every JSON-LD block of a page, parsed. */
    static List<JsonNode> jsonLd(String html) {
        return Jsoup.parse(html).select("script[type=application/ld+json]").stream().map(s -> json(s.data())).toList();
    }
}
