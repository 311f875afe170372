package org.metareport.render.pdf;

import org.w3c.dom.Element;
import org.xhtmlrenderer.simple.extend.XhtmlNamespaceHandler;

/**
 * Flying Saucer's XHTML handler, made to see the attributes of a DOM converted by jsoup.
 *
 * <p>jsoup's {@code W3CDom} creates namespaced elements but sets plain attributes with DOM Level 1
 * {@code setAttribute}, whose {@code Attr.getLocalName()} is null. For a CSS attribute selector without a
 * namespace ({@code td[align=right]}), Flying Saucer looks attributes up by local name on namespaced elements,
 * so it never finds one and no attribute selector matches. Looking them up by name fixes that.
 */
final class JsoupNamespaceHandler extends XhtmlNamespaceHandler {
    @Override
    public String getAttributeValue(Element e, String namespaceURI, String attrName) {
        if (namespaceURI == null && e.hasAttribute(attrName)) return e.getAttribute(attrName);
        return super.getAttributeValue(e, namespaceURI, attrName);
    }
}
