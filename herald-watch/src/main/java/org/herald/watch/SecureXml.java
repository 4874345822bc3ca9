package org.herald.watch;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * StAX set up for untrusted XML: no DTD is read and no external entity resolved, so a feed can neither make us
 * fetch a URL nor expand a billion laughs. Also reads an element's content as a flat list of descendants, which is
 * all a feed item needs.
 */
final class SecureXml {
    private static final XMLInputFactory FACTORY = factory();

    private SecureXml() {}

    private static XMLInputFactory factory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        return f;
    }

    static XMLStreamReader reader(byte[] xml) throws XMLStreamException {
        synchronized (FACTORY) { // the factory is not documented thread-safe; creating a reader is cheap
            return FACTORY.createXMLStreamReader(new ByteArrayInputStream(xml));
        }
    }

    /** Moves to the next start tag; false at the end of the document. */
    static boolean nextStart(XMLStreamReader r) throws XMLStreamException {
        while (r.hasNext()) {
            if (r.next() == XMLStreamConstants.START_ELEMENT) {
                return true;
            }
        }
        return false;
    }

    /**
     * One element under the one being read.
     *
     * @param depth 1 for a child, 2 for a grandchild
     * @param text  the element's own text, trimmed (not its children's)
     */
    record Element(String namespace, String name, Map<String, String> attributes, int depth, String text) {
        String attribute(String localName) {
            return attributes.getOrDefault(localName, "");
        }
    }

    /**
     * Reads every element inside the current one (the reader is on its start tag) in document order, and leaves
     * the reader on its end tag.
     */
    static List<Element> descendants(XMLStreamReader r) throws XMLStreamException {
        List<Element> out = new ArrayList<>();
        List<Integer> open = new ArrayList<>(); // indexes into out of the elements not yet closed
        List<StringBuilder> texts = new ArrayList<>();
        while (r.hasNext()) {
            int event = r.next();
            switch (event) {
                case XMLStreamConstants.START_ELEMENT -> {
                    Map<String, String> attributes = new HashMap<>();
                    for (int i = 0; i < r.getAttributeCount(); i++) {
                        attributes.put(r.getAttributeLocalName(i), r.getAttributeValue(i));
                    }
                    String ns = r.getNamespaceURI() == null ? "" : r.getNamespaceURI();
                    out.add(new Element(ns, r.getLocalName(), attributes, open.size() + 1, ""));
                    open.add(out.size() - 1);
                    texts.add(new StringBuilder());
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    if (!texts.isEmpty()) {
                        texts.get(texts.size() - 1).append(r.getText());
                    }
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    if (open.isEmpty()) {
                        return out;
                    }
                    int at = open.remove(open.size() - 1);
                    String text = texts.remove(texts.size() - 1).toString().strip();
                    Element e = out.get(at);
                    out.set(at, new Element(e.namespace(), e.name(), e.attributes(), e.depth(), text));
                }
                default -> { }
            }
        }
        return out;
    }
}
