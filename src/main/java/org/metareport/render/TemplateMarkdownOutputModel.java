package org.metareport.render;

import freemarker.core.CommonTemplateMarkupOutputModel;

/** Markdown markup held by Freemarker between template fragments; see {@link MarkdownOutputFormat}. */
public final class TemplateMarkdownOutputModel extends CommonTemplateMarkupOutputModel<TemplateMarkdownOutputModel> {
    TemplateMarkdownOutputModel(String plainTextContent, String markupContent) {
        super(plainTextContent, markupContent);
    }

    @Override
    public MarkdownOutputFormat getOutputFormat() {
        return MarkdownOutputFormat.INSTANCE;
    }
}
