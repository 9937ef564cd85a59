package detente.ingest;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.jsoup.nodes.Entities;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Parses RSS 2.0, RSS 1.0 (RDF) and Atom feeds with the JDK's XML parser, hardened against external entities and
 * DTDs. HTML named entities ({@code &nbsp;}), which many feeds use though XML does not define them, are turned into
 * numeric references first. Malformed XML is refused with the parser's message and line.
 */
final class FeedParser {

    private static final Pattern NAMED_ENTITY = Pattern.compile("&([A-Za-z][A-Za-z0-9]{1,31});");

    /** Parses the feed in {@code xml}. */
    public Feed parse(String xml) throws IngestException {
        Document document = parseXml(xml);
        Element root = document.getDocumentElement();
        String rootName = localName(root);
        if (rootName.equals("rss") || rootName.equals("RDF")) {
            return rss(root);
        }
        if (rootName.equals("feed")) {
            return atom(root);
        }
        throw new IngestException("not a valid RSS/Atom feed (root element <" + root.getTagName() + ">)");
    }

    private static Document parseXml(String xml) throws IngestException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new DefaultHandler());
            String cleaned = numericEntities(xml.startsWith("\ufeff") ? xml.substring(1) : xml).stripLeading();
            return builder.parse(new InputSource(new StringReader(cleaned)));
        } catch (SAXParseException e) {
            throw new IngestException("not a valid RSS/Atom feed (" + firstSentence(e.getMessage()) + " at line "
                    + e.getLineNumber() + ")", e);
        } catch (SAXException | IOException e) {
            throw new IngestException("not a valid RSS/Atom feed (" + firstSentence(e.getMessage()) + ")", e);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("XML parser lacks a required security feature", e);
        }
    }

    private static String numericEntities(String xml) {
        Matcher matcher = NAMED_ENTITY.matcher(xml);
        StringBuilder out = new StringBuilder(xml.length());
        while (matcher.find()) {
            String name = matcher.group(1);
            String replacement = matcher.group();
            if (!isXmlEntity(name) && Entities.isNamedEntity(name)) {
                StringBuilder numeric = new StringBuilder();
                Entities.getByName(name).codePoints().forEach(cp -> numeric.append("&#").append(cp).append(';'));
                replacement = numeric.toString();
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private static boolean isXmlEntity(String name) {
        return name.equals("amp") || name.equals("lt") || name.equals("gt") || name.equals("quot")
                || name.equals("apos");
    }

    private static String firstSentence(String message) {
        if (message == null) {
            return "unreadable";
        }
        String line = message.strip().split("\\R")[0];
        return line.endsWith(".") ? line.substring(0, line.length() - 1) : line;
    }

    private static Feed rss(Element root) {
        Element channel = child(root, "channel");
        String title = channel == null ? null : childText(channel, "title");
        List<FeedItem> items = new ArrayList<>();
        for (Element item : descendants(root, "item")) {
            String link = childText(item, "link");
            String guid = childText(item, "guid");
            if (link == null && guid != null && guid.startsWith("http")) {
                link = guid;
            }
            items.add(new FeedItem(childText(item, "title"), link, guid,
                    firstNonNull(childText(item, "pubDate"), childText(item, "date"),
                            childText(item, "published")),
                    firstNonNull(childText(item, "creator"), childText(item, "author")),
                    firstNonNull(childText(item, "encoded"), childText(item, "description"))));
        }
        return new Feed(title, items);
    }

    private static Feed atom(Element root) {
        List<FeedItem> items = new ArrayList<>();
        for (Element entry : descendants(root, "entry")) {
            Element author = child(entry, "author");
            items.add(new FeedItem(childText(entry, "title"), atomLink(entry), childText(entry, "id"),
                    firstNonNull(childText(entry, "published"), childText(entry, "updated")),
                    author == null ? null : childText(author, "name"),
                    firstNonNull(childText(entry, "content"), childText(entry, "summary"))));
        }
        return new Feed(childText(root, "title"), items);
    }

    private static String atomLink(Element entry) {
        String fallback = null;
        for (Node node = entry.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element link && localName(link).equals("link")) {
                String rel = link.getAttribute("rel");
                String href = link.getAttribute("href").strip();
                if (href.isEmpty()) {
                    continue;
                }
                if (rel.isEmpty() || rel.equals("alternate")) {
                    return href;
                }
                fallback = fallback == null ? href : fallback;
            }
        }
        return fallback;
    }

    private static List<Element> descendants(Element root, String localName) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = root.getElementsByTagNameNS("*", localName);
        for (int i = 0; i < nodes.getLength(); i++) {
            found.add((Element) nodes.item(i));
        }
        return found;
    }

    private static Element child(Element parent, String localName) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && localName(element).equals(localName)) {
                return element;
            }
        }
        return null;
    }

    private static String childText(Element parent, String localName) {
        Element child = child(parent, localName);
        if (child == null) {
            return null;
        }
        String text = child.getTextContent().strip();
        return text.isEmpty() ? null : text;
    }

    private static String localName(Element element) {
        return element.getLocalName() != null ? element.getLocalName() : element.getTagName();
    }

    private static String firstNonNull(String... values) {
        for (String value : values) {
            if (value != null) {
                return value;
            }
        }
        return null;
    }
}
