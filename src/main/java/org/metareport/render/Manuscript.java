package org.metareport.render;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.ParseException;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateNotFoundException;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.metareport.figures.ReportFigures;
import org.metareport.problems.InputException;
import org.metareport.problems.Where;
import org.metareport.results.Results;
import org.metareport.vocabulary.ModelKind;

/**
 * Writes the manuscript as Markdown from Freemarker templates: the built-in set (in the jar, from the
 * project's {@code templates/} folder), optionally overridden file by file from a spec's {@code report.templates}
 * folder. Templates only choose and format values ({@link Format}); every {@code ${...}} is Markdown-escaped.
 */
public final class Manuscript {
    /** The main template's name. */
    public static final String MAIN = "report.md.ftl";
    static final String BUILT_IN = "/org/metareport/templates";
    /**
     * The model families by name, for templates to dispatch on ({@code <#if a.model == ModelKind.MULTILEVEL>}): a
     * misspelt constant is a template error rather than a comparison that is silently false.
     */
    static final Map<String, ModelKind> MODEL_KINDS = modelKinds();

    private final Configuration cfg;
    private final TemplateBudget budget;
    private final Path overrides;
    private final String overridesShown;

    /**
     * @param overrides      folder of templates overriding the built-in ones, or null
     * @param overridesShown that folder as the user wrote it (for messages), or null
     */
    public Manuscript(Path overrides, String overridesShown) {
        this(overrides, overridesShown, TemplateBudget.Limits.DEFAULT);
    }

    /** As {@link #Manuscript(Path, String)}, with other budgets for time, output and nesting (for tests). */
    Manuscript(Path overrides, String overridesShown, TemplateBudget.Limits limits) {
        this.overrides = overrides;
        this.overridesShown = overridesShown;
        this.budget = new TemplateBudget(limits);
        cfg = new TemplateSandbox(loader());
    }

    private TemplateLoader loader() {
        ClassTemplateLoader builtIn = new ClassTemplateLoader(Manuscript.class, BUILT_IN);
        if (overrides == null) return builtIn;
        try {
            return new MultiTemplateLoader(new TemplateLoader[] {new ConfinedTemplateLoader(overrides), builtIn});
        } catch (IOException e) {
            throw InputException.at(Where.file(overridesShown), "cannot read the templates folder '%s': %s",
                    overridesShown, e.getMessage());
        }
    }

    /** Renders the Markdown manuscript for these results, without figures. */
    public String markdown(Results results) {
        return markdown(results, List.of());
    }

    /** Renders the Markdown manuscript for these results and their figures (in report order). */
    public String markdown(Results results, List<ReportFigures.Drawn> figures) {
        return markdown(results, figures, null);
    }

    /**
     * What the appendix shows about where the numbers come from: the inputs with their hashes, and the method card.
     * (No clock time, git commit or machine details: they live in manifest.json, so the report stays identical
     * across machines and commits.)
     */
    public record Provenance(List<org.metareport.output.Manifest.Input> inputs,
                             List<org.metareport.output.MethodCard.Setting> settings) {}

    /** Renders the Markdown manuscript with its figures and, when given, the provenance appendix. */
    public String markdown(Results results, List<ReportFigures.Drawn> figures, Provenance provenance) {
        return markdown(results, figures, provenance, null);
    }

    /**
     * As {@link #markdown(Results, List, Provenance)}, with a "Changes since the last version" section when
     * {@code changes} is given: Markdown already written with its data escaped
     * ({@link org.metareport.diff.DiffWriter#markdown}), which the templates place as it is (variable {@code changes}).
     */
    public String markdown(Results results, List<ReportFigures.Drawn> figures, Provenance provenance, String changes) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("results", results);
        model.put("figures", figures);
        if (provenance != null) model.put("provenance", provenance);
        model.put("effectSources", org.metareport.results.EffectSource.of(results.effects()));
        if (changes != null) model.put("changes", markup(changes.strip()));
        if (results.prisma() != null) model.put("prisma", results.prisma());
        if (results.riskOfBias() != null) model.put("rob", results.riskOfBias());
        if (results.characteristics() != null) model.put("characteristics", results.characteristics());
        model.put("fmt", Format.APA);
        model.put("ModelKind", MODEL_KINDS);
        model.put("tables", TableSet.of(results, provenance != null));
        model.put("est", Format.on(results.scale().transform()));
        model.put("methods", MethodSettings.of(results.analyses()));
        return render(MAIN, model);
    }

    private static Map<String, ModelKind> modelKinds() {
        Map<String, ModelKind> kinds = new LinkedHashMap<>();
        for (ModelKind k : ModelKind.values()) kinds.put(k.name(), k);
        return java.util.Collections.unmodifiableMap(kinds);
    }

    private static TemplateMarkdownOutputModel markup(String markdown) {
        try {
            return MarkdownOutputFormat.INSTANCE.fromMarkup(markdown);
        } catch (freemarker.template.TemplateModelException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The stylesheet for HTML ({@code report.css}: built in, or the override folder's), read as plain text. */
    public String stylesheet() {
        try {
            Template t = cfg.getTemplate("report.css", null, null, false);
            StringWriter out = new StringWriter();
            t.process(Map.of(), out);
            return out.toString();
        } catch (TemplateNotFoundException e) {
            throw new IllegalStateException("built-in report.css is missing from the jar", e);
        } catch (IOException | TemplateException e) {
            if (overrides == null) throw new IllegalStateException("cannot read report.css", e);
            throw InputException.at(Where.file(Path.of(overridesShown).resolve("report.css").toString()),
                    "cannot read the stylesheet: %s", e.getMessage());
        }
    }

    String render(String name, Map<String, Object> model) {
        try {
            return budget.process(cfg.getTemplate(name), model);
        } catch (TemplateBudget.Exceeded e) {
            throw located(e.template(), e.line(), 0, e.getMessage(), true);
        } catch (TemplateNotFoundException e) {
            throw new IllegalStateException("built-in template " + name + " is missing from the jar", e);
        } catch (ParseException e) {
            throw located(e.getTemplateName(), e.getLineNumber(), e.getColumnNumber(), firstLine(e.getEditorMessage()),
                    false);
        } catch (TemplateException e) {
            throw located(e.getTemplateSourceName(), e.getLineNumber() == null ? 1 : e.getLineNumber(),
                    e.getColumnNumber() == null ? 0 : e.getColumnNumber(), firstLine(e.getMessageWithoutStackTop()),
                    false);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read template " + name, e);
        }
    }

    /**
     * A template problem at its file and line: the user's to fix when it is in a user template, or when a budget ran
     * out (the data can make even the built-in templates too large); otherwise a bug in a built-in template.
     */
    private RuntimeException located(String source, int line, int column, String message, boolean budget) {
        String file = source == null ? MAIN : source;
        boolean user = overrides != null && overrides.resolve(file).toFile().isFile();
        String shown = user ? Path.of(overridesShown).resolve(file).toString() : "templates/" + file + " (built-in)";
        Where where = new Where(shown, Math.max(1, line), Math.max(0, column));
        if (budget) return InputException.at(where, "%s", message);
        if (!user) return new IllegalStateException("built-in template error at " + shown + ":" + line + ": " + message);
        if (message.contains("Backing out from the template root")) {
            message += "; a template may include or import only files inside the templates folders";
        }
        return InputException.at(where, "template error: %s", message);
    }

    /** Freemarker's explanation on one line: the lines before its tips and stack, without "[in template ...]". */
    private static String firstLine(String message) {
        StringBuilder sb = new StringBuilder();
        for (String line : (message == null ? "" : message).strip().split("\n")) {
            String l = line.strip();
            if (l.startsWith("----") || l.startsWith("Tip:") || l.startsWith("FTL stack trace")) break;
            l = l.replaceAll("\\s*\\[in template .*?\\]", "").replaceFirst("^==>\\s*", "");
            if (l.startsWith("The name was interpreted by this TemplateLoader")) break;   // names Java classes
            if (l.isEmpty()) continue;
            if (sb.length() > 0) sb.append(' ');
            sb.append(l);
        }
        return sb.toString();
    }
}
