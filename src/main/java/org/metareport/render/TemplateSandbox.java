package org.metareport.render;

import freemarker.cache.TemplateLoader;
import freemarker.cache.TemplateNameFormat;
import freemarker.core.TemplateClassResolver;
import freemarker.core._CoreAPI;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The Freemarker configuration every template runs in, built-in or a user's: templates format the results model
 * and do nothing else.
 * <ul>
 *   <li>No Java: {@code ?new} instantiates nothing ({@code "freemarker.template.utility.Execute"?new()} is an
 *       error), {@code ?api} is off, and objects show only the members {@link ResultsModelAccess} allows.</li>
 *   <li>No files: template names may not back out of their folder ({@code ../}), and user templates load through
 *       {@link ConfinedTemplateLoader}.</li>
 *   <li>Bounded: every template gets thread-interruption checks in its loops, which {@link TemplateBudget} uses
 *       to stop a run that takes too long.</li>
 * </ul>
 * Markdown output with auto-escaping ({@link MarkdownOutputFormat}), root locale, computer number format.
 */
final class TemplateSandbox extends Configuration {
    private final Set<Template> checked = Collections.newSetFromMap(new IdentityHashMap<>());

    TemplateSandbox(TemplateLoader loader) {
        super(Configuration.VERSION_2_3_34);
        setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        setAPIBuiltinEnabled(false);
        DefaultObjectWrapperBuilder wrapper = new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34);
        wrapper.setMemberAccessPolicy(ResultsModelAccess.INSTANCE);
        wrapper.setExposeFields(false);
        setObjectWrapper(wrapper.build());
        setTemplateNameFormat(TemplateNameFormat.DEFAULT_2_4_0);   // "../x" above the root is an error
        setTemplateLoader(loader);

        setLocale(Locale.ROOT);
        setDefaultEncoding("UTF-8");
        setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        setLogTemplateExceptions(false);
        setWrapUncheckedExceptions(true);
        setFallbackOnNullLoopVariable(false);
        setRegisteredCustomOutputFormats(List.of(MarkdownOutputFormat.INSTANCE));
        setOutputFormat(MarkdownOutputFormat.INSTANCE);
        setNumberFormat("computer");
        setBooleanFormat("c");
    }

    /**
     * Every template, the main one and each one {@code #include}d or {@code #import}ed, comes through here: each
     * gets Freemarker's thread-interruption checks in its loops once, so a loop with an empty body still stops.
     */
    @Override
    public Template getTemplate(String name, Locale locale, Object customLookupCondition, String encoding,
                                boolean parseAsFTL, boolean ignoreMissing) throws IOException {
        Template t = super.getTemplate(name, locale, customLookupCondition, encoding, parseAsFTL, ignoreMissing);
        if (t != null && parseAsFTL) {
            synchronized (checked) {
                // Freemarker's internal API, kept for its online template tester; a public one does not exist.
                if (checked.add(t)) _CoreAPI.addThreadInterruptedChecks(t);
            }
        }
        return t;
    }
}
