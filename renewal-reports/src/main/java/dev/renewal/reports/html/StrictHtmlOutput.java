package dev.renewal.reports.html;

import gg.jte.TemplateOutput;
import gg.jte.html.OwaspHtmlTemplateOutput;
import gg.jte.html.escape.Escape;

/**
 * jte's HTML output, escaping quotes in text as well as in attributes: jte escapes {@code < > &} in text,
 * which is safe, but a value from input then still shows its quotes raw, and a template edit that moves
 * it into an attribute would be one mistake away from breaking out. Here every value from input is
 * written with attribute escaping, so none of {@code < > & " '} ever appears raw.
 */
final class StrictHtmlOutput extends OwaspHtmlTemplateOutput {
    private String tag;
    private String attribute;

    StrictHtmlOutput(TemplateOutput output) {
        super(output);
    }

    @Override
    public void setContext(String tagName, String attributeName) {
        super.setContext(tagName, attributeName);
        this.tag = tagName;
        this.attribute = attributeName;
    }

    @Override
    public void writeUserContent(String value) {
        if (value != null && attribute == null && !"script".equals(tag) && !"style".equals(tag)) {
            Escape.htmlAttribute(value, this);
        } else {
            super.writeUserContent(value);
        }
    }
}
