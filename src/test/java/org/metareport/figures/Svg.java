package org.metareport.figures;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/** SVG output parsed with the JDK's XML parser, and the queries the tests make of it. */
final class Svg {
    final Document doc;

    private Svg(Document doc) {
        this.doc = doc;
    }

    /** @throws AssertionError if {@code svg} is not well-formed XML */
    static Svg parse(String svg) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setNamespaceAware(true);
            return new Svg(f.newDocumentBuilder().parse(new InputSource(new StringReader(svg))));
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new AssertionError("SVG is not well-formed XML: " + e.getMessage(), e);
        }
    }

    Element root() {
        return doc.getDocumentElement();
    }

    /** @return all elements named {@code name} under {@code scope}, in document order */
    static List<Element> all(Node scope, String name) {
        NodeList list = scope instanceof Document d ? d.getElementsByTagNameNS("*", name)
            : ((Element) scope).getElementsByTagNameNS("*", name);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) out.add((Element) list.item(i));
        return out;
    }

    List<Element> all(String name) {
        return all(doc, name);
    }

    /** @return the {@code <g>} elements with this class */
    List<Element> groups(String cssClass) {
        return all("g").stream().filter(g -> cssClass.equals(g.getAttribute("class"))).toList();
    }

    /** @return the text content of every {@code <text>} element */
    List<String> texts() {
        return all("text").stream().map(Node::getTextContent).toList();
    }

    /** @return the text content of the {@code <text>} elements directly in {@code group} */
    static List<String> texts(Element group) {
        return all(group, "text").stream().map(Node::getTextContent).toList();
    }

    static double number(Element e, String attribute) {
        return Double.parseDouble(e.getAttribute(attribute));
    }
}
