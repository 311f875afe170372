package org.metareport.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateMethodModelEx;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.metareport.problems.InputException;

/**
 * Attacks from a user's template folder (spec key {@code report.templates}): each ends as a located error at the
 * template's file and line, and none of them runs.
 */
class TemplateSandboxTest {
    /** Small budgets of output and depth, so the endless loops below stop soon; time is tested on its own. */
    private static final TemplateBudget.Limits SMALL = new TemplateBudget.Limits(60, 1, 200);

    @TempDir
    Path tmp;

    private Path folder() throws Exception {
        return Files.createDirectories(tmp.resolve("spec").resolve("templates"));
    }

    private String render(String template) throws Exception {
        return render(template, SMALL);
    }

    private String render(String template, TemplateBudget.Limits limits) throws Exception {
        Files.writeString(folder().resolve("report.md.ftl"), template);
        return new Manuscript(folder(), "my-templates", limits).markdown(ManuscriptTest.results("T"));
    }

    private AbstractThrowableAssert<?, ? extends Throwable> assertRefused(String template, String at) {
        return assertRefused(template, at, SMALL);
    }

    private AbstractThrowableAssert<?, ? extends Throwable> assertRefused(String template, String at,
                                                                          TemplateBudget.Limits limits) {
        return assertThatThrownBy(() -> render(template, limits)).as(template).isInstanceOf(InputException.class)
                .hasMessageStartingWith("error: my-templates/report.md.ftl:" + at)
                .hasMessageNotContaining("Exception").hasMessageNotContaining("org.metareport");
    }

    @Test
    void refusesToRunAnOperatingSystemCommand() throws Exception {
        Path marker = tmp.resolve("ran");
        assertRefused("${\"freemarker.template.utility.Execute\"?new()(\"touch " + marker + "\")}", "1:")
                .hasMessageContaining("Instantiating freemarker.template.utility.Execute is not allowed");
        assertThat(marker).as("the command did not run").doesNotExist();
    }

    @Test
    void refusesToConstructJavaObjects() {
        assertRefused("<#assign oc = \"freemarker.template.utility.ObjectConstructor\"?new()>\n"
                + "${oc(\"java.io.File\", \"/etc/passwd\")}", "1:").hasMessageContaining("is not allowed");
        assertRefused("${\"java.io.File\"?new(\"/etc/passwd\")}", "1:").hasMessageContaining("is not allowed");
    }

    @Test
    void refusesTheApiBuiltIn() {
        assertRefused("${results.analyses?api.getClass()}", "1:").hasMessageContaining("?api");
    }

    @Test
    void hidesJavaMembersBeyondTheResultsModel() {
        assertRefused("${fmt.getClass()}", "1:").hasMessageContaining("fmt.getClass");
        assertRefused("${fmt.class.protectionDomain}", "1:").hasMessageContaining("fmt.class");
        assertRefused("${results.getClass().forName(\"java.lang.Runtime\")}", "1:");
        assertRefused("${results.hashCode()}", "1:");
        assertRefused("<#list figures as f>${f.figure.svg()}</#list>${results.analyses[0].weights?size}"
                + "${results.analyses[0].fit.wait()}", "1:");
    }

    @Test
    void stillReadsTheResultsModel() throws Exception {
        assertThat(render("${results.title} ${results.analyses[0].interceptOnly()} ${results.analyses[0].k} "
                + "${fmt.num(1.5)} ${results.analyses?size} <#list results.authors as a>${a}</#list>"))
                .as("record accessors, helper methods, fmt, lists").isEqualTo("T true 13 1.50 1 A. Author");
    }

    @Test
    void refusesToChangeSecuritySettingsFromATemplate() {
        assertRefused("<#setting new_builtin_class_resolver=\"unrestricted\">", "1:")
                .hasMessageContaining("isn't supported");
    }

    @Test
    void includesNothingOutsideTheTemplateFolders() throws Exception {
        assertRefused("ok\n<#include \"../../etc/passwd\">", "2:").hasMessageContaining("Backing out");
        assertRefused("<#import \"../spec.ftl\" as x>", "1:").hasMessageContaining("Backing out");
        assertRefused("<#include \"/etc/passwd\">", "1:").hasMessageContaining("not found")
                .hasMessageNotContaining("TemplateLoader");
        assertRefused("<#include \"file:///etc/passwd\">", "1:").hasMessageContaining("not found");
        assertRefused("<#include \"..\\\\..\\\\secret.txt\">", "1:");
    }

    @Test
    void includesNoLinkLeadingOutsideTheFolder() throws Exception {
        Path secret = Files.writeString(tmp.resolve("secret.txt"), "SECRET");
        try {
            Files.createSymbolicLink(folder().resolve("inc.ftl"), secret);
        } catch (UnsupportedOperationException | java.io.IOException e) {
            assumeTrue(false, "no symbolic links here");
        }
        assertRefused("<#include \"inc.ftl\">", "1:").hasMessageContaining("leads outside the templates folder")
                .hasMessageNotContaining("SECRET");
    }

    @Test
    void includesTemplatesInsideTheFolder() throws Exception {
        Files.createDirectories(folder().resolve("parts"));
        Files.writeString(folder().resolve("parts/intro.ftl"), "intro ${results.title}");
        assertThat(render("<#include \"parts/intro.ftl\">|<#include \"/parts/intro.ftl\">"))
                .as("a subfolder, relative and from the root").isEqualTo("intro T|intro T");
    }

    @Test
    void stopsAMacroThatCallsItselfWithoutEnd() {
        assertRefused("<#macro m>\n<@m/>\n</#macro>\n<@m/>\n", "")        // in the macro: line 1 or 2
                .hasMessageMatching("error: my-templates/report\\.md\\.ftl:[12]: templates nested deeper than 200 levels; .*");
        assertRefused("<#function f x><#return f(x)></#function>\n${f(1)}", "1: ")
                .hasMessageContaining("nested deeper than 200 levels");
    }

    @Test
    void stopsAnIncludeOfItself() {
        assertRefused("x\n<#include \"report.md.ftl\">\n", "")
                .hasMessageMatching("error: my-templates/report\\.md\\.ftl:[12]: templates nested deeper than 200 levels; .*");
    }

    @Test
    void stopsADeepRecursionBeforeJavaStackRunsOut() throws Exception {
        Files.writeString(folder().resolve("report.md.ftl"), "<#macro m n>${n}<@m n+1/></#macro><@m 0/>");
        Manuscript deep = new Manuscript(folder(), "my-templates", new TemplateBudget.Limits(30, 64, Integer.MAX_VALUE));
        assertThatThrownBy(() -> deep.markdown(ManuscriptTest.results("T"))).isInstanceOf(InputException.class)
                .hasMessage("error: my-templates/report.md.ftl:1: templates nested too deeply for Java's stack; look "
                        + "for a macro, function or #include that calls itself without end");
    }

    @Test
    void stopsAnEndlessLoopWithAnEmptyBody() {
        assertRefused("line 1\n<#list 1..2147483647 as i></#list>\n", "2: ", new TemplateBudget.Limits(1, 64, 200))
                .hasMessageEndingWith("template took longer than 1 s; look for a loop that does not end");
    }

    @Test
    void stopsALoopThatWritesTooMuch() {
        assertRefused("line 1\n<#list 1..2147483647 as i>${i} </#list>\n", "2: ")
                .hasMessageEndingWith("template wrote more than 1 MB; look for a loop that does not end");
    }

    @Test
    void stopsALoopThatCapturesTooMuch() {
        assertRefused("<#assign x>\n<#list 1..2147483647 as i>${i} </#list></#assign>", "2: ")
                .hasMessageContaining("wrote more than 1 MB");
    }

    @Test
    void aBudgetCannotBeCaughtByAttempt() {
        assertRefused("<#attempt><#list 1..2147483647 as i>${i} </#list><#recover>recovered</#attempt>", "1: ")
                .hasMessageContaining("wrote more than 1 MB");
    }

    /** Doubling a string until Java's heap (the tests' -Xmx2g) or String's length limit gives out. */
    @Test
    void stopsATemplateThatRunsOutOfMemory() {
        assertRefused("<#assign s = \"x\">\n<#list 1..40 as i><#assign s = s + s></#list>\n${s?length}", "2: ")
                .hasMessageEndingWith("template ran out of memory; look for a loop that builds an ever longer value");
    }

    @Test
    void budgetsAlsoBindTheBuiltInTemplates() {
        Manuscript tiny = new Manuscript(null, null, new TemplateBudget.Limits(60, 0, 1000));
        assertThatThrownBy(() -> tiny.markdown(ManuscriptTest.results("T"))).isInstanceOf(InputException.class)
                .hasMessageStartingWith("error: templates/report.md.ftl (built-in):")
                .hasMessageContaining("wrote more than 0 MB");
    }

    /** A template stuck where no loop check reaches (here a model method that blocks) is left behind. */
    @Test
    void givesUpOnATemplateThatDoesNotNoticeTheDeadline() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        TemplateMethodModelEx stuck = args -> {
            while (true) {
                try {
                    release.await();
                    return "released";
                } catch (InterruptedException e) {
                    // ignores interruption, as a long computation inside one expression does
                }
            }
        };
        Template t = new Template("stuck.ftl", new StringReader("a\n${stuck()}"),
                new TemplateSandbox(new freemarker.cache.StringTemplateLoader()));
        try {
            assertThatThrownBy(() -> new TemplateBudget(new TemplateBudget.Limits(1, 1, 100))
                    .process(t, Map.of("stuck", stuck)))
                    .isInstanceOf(TemplateBudget.Exceeded.class).hasMessageContaining("took longer than 1 s")
                    .satisfies(e -> assertThat(((TemplateBudget.Exceeded) e).line()).as("line").isEqualTo(2));
        } finally {
            release.countDown();
        }
    }

    @Test
    void sandboxIsTheConfigurationOfEveryTemplate() {
        Configuration cfg = new TemplateSandbox(new freemarker.cache.StringTemplateLoader());
        assertThat(cfg.isAPIBuiltinEnabled()).as("?api").isFalse();
        assertThat(cfg.getNewBuiltinClassResolver()).as("?new")
                .isSameAs(freemarker.core.TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
    }
}
