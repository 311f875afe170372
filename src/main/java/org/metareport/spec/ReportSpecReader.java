package org.metareport.spec;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.metareport.problems.Where;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/** Maps {@code report:} to a {@link ReportSpec}: formats (md, html, pdf, docx; default md, html, pdf), an optional templates folder, the PDF page size. */
final class ReportSpecReader {
    static final List<String> KEYS = List.of("formats", "templates", "page", "forest", "changes_since");
    private static final List<String> FOREST_KEYS = List.of("sort");
    static final List<String> PAGES = List.of("a4", "letter");
    static final List<String> FORMATS = List.of("md", "html", "pdf", "docx");
    /** The formats written when the spec lists none (docx only when asked: it loads the Word writer). */
    static final List<String> DEFAULT_FORMATS = List.of("md", "html", "pdf");

    private ReportSpecReader() {}

    /** The defaults, for a spec without {@code report:}. */
    static ReportSpec defaults(Where where) {
        return new ReportSpec(DEFAULT_FORMATS, null, "a4", false, null, where);
    }

    static Optional<ReportSpec> read(Context cx, Node value, Where where) {
        Optional<Section> found = Section.of(cx, value, "report", "report: {formats: [md, html]}", "'report'",
                "report.", where, KEYS);
        if (found.isEmpty()) return Optional.empty();
        Section s = found.get();
        List<String> formats = formats(cx, s);
        Path templates = null;
        Optional<ScalarNode> t = s.scalar("templates", "a folder path", "templates: templates/");
        if (t.isPresent()) templates = templates(cx, t.get()).orElse(null);
        String page = "a4";
        Optional<ScalarNode> pg = s.scalar("page", "a page size", "page: letter");
        if (pg.isPresent()) {
            String v = pg.get().getValue().trim().toLowerCase(Locale.ROOT);
            if (PAGES.contains(v)) page = v;
            else cx.error(pg.get(), "unknown page size " + Nodes.quote(pg.get().getValue()) + "; use a4 or letter");
        }
        boolean sortForest = false;
        if (s.value("forest").isPresent()) {
            Optional<Section> forest = Section.of(cx, s.value("forest").get(), "forest", "forest: {sort: true}",
                    "'report.forest'", "report.forest.", s.keyWhere("forest"), FOREST_KEYS);
            if (forest.isPresent()) sortForest = forest.get().flag("sort").orElse(false);
        }
        Path changesSince = null;
        Optional<ScalarNode> cs = s.scalar("changes_since", "a folder path", "changes_since: previous/");
        if (cs.isPresent()) changesSince = changesSince(cx, cs.get()).orElse(null);
        return Optional.of(new ReportSpec(formats, templates, page, sortForest, changesSince, where));
    }

    private static List<String> formats(Context cx, Section s) {
        Optional<SequenceNode> list = s.list("formats", "a list of formats", "formats: [md, html, pdf]");
        if (list.isEmpty()) return DEFAULT_FORMATS;
        if (list.get().getValue().isEmpty()) {
            cx.error(list.get(), "'report.formats' is empty; list at least one of md, html, pdf, docx, or remove it to write md, html and pdf");
            return DEFAULT_FORMATS;
        }
        List<String> out = new ArrayList<>();
        for (Node item : list.get().getValue()) {
            if (!(item instanceof ScalarNode sc) || Nodes.isNull(item)) {
                cx.error(item, "each entry of 'report.formats' must be md, html, pdf or docx, not " + Nodes.describe(item));
                continue;
            }
            String format = sc.getValue().trim().toLowerCase(Locale.ROOT);
            if (format.startsWith(".")) format = format.substring(1);
            if (format.equals("markdown")) format = "md";
            if (!FORMATS.contains(format)) {
                String hint = switch (format) {
                    case "doc", "word", "msword", "odt", "rtf" -> " (for Word, use docx)";
                    case "htm" -> " (did you mean html?)";
                    default -> Spelling.closest(format, FORMATS).map(c -> " (did you mean " + c + "?)").orElse("");
                };
                cx.error(item, "unknown report format " + Nodes.quote(sc.getValue()) + "; use md, html, pdf or docx" + hint);
            } else if (out.contains(format)) {
                cx.error(item, "report format '" + format + "' is listed twice; list it once");
            } else {
                out.add(format);
            }
        }
        return out.isEmpty() ? DEFAULT_FORMATS : out;
    }

    /**
     * The earlier run's folder, resolved against the spec's folder: inside the folders the spec may read, a folder,
     * with a results.json (and any manifest.json) that are regular files inside them too and no larger than the data
     * limit.
     */
    private static Optional<Path> changesSince(Context cx, ScalarNode node) {
        String what = "'report.changes_since'";
        if (node.getValue().isBlank()) {
            cx.error(node, what + " is empty; name the folder of an earlier run, e.g. changes_since: previous/, or "
                    + "remove it");
            return Optional.empty();
        }
        Optional<Path> path = DataSpecReader.resolve(cx, node, what);
        if (path.isEmpty()) return Optional.empty();
        if (!Confinement.inside(cx, node, "earlier run's folder", node.getValue(), path.get())) return Optional.empty();
        if (!Files.isDirectory(path.get())) {
            cx.error(node, "folder " + Nodes.quote(node.getValue()) + " not found (looked in " + path.get()
                    + "); name the output folder of an earlier run ('metareport run' writes it), relative to the "
                    + "folder of the spec");
            return Optional.empty();
        }
        Path results = path.get().resolve("results.json");
        String shown = node.getValue().replaceAll("/+$", "") + "/results.json";
        if (!Files.exists(results)) {
            cx.error(node, "folder " + Nodes.quote(node.getValue()) + " has no results.json; name the output folder of "
                    + "an earlier run ('metareport run' writes it)");
            return Optional.empty();
        }
        if (!Confinement.inside(cx, node, "earlier run's results", shown, results)) return Optional.empty();
        String raise = "; raise the limit with --max-input-size";
        if (!Confinement.readable(cx, node, "earlier run's results", shown, results, cx.scope().maxInputSize(), raise)) {
            return Optional.empty();
        }
        Path manifest = path.get().resolve("manifest.json");
        String manifestShown = node.getValue().replaceAll("/+$", "") + "/manifest.json";
        if (Files.exists(manifest, java.nio.file.LinkOption.NOFOLLOW_LINKS)
                && (!Confinement.inside(cx, node, "earlier run's manifest", manifestShown, manifest)
                || !Confinement.readable(cx, node, "earlier run's manifest", manifestShown, manifest,
                        cx.scope().maxInputSize(), raise))) {
            return Optional.empty();
        }
        return path;
    }

    /** The templates folder, resolved against the spec's folder; it must exist and be a folder. */
    private static Optional<Path> templates(Context cx, ScalarNode node) {
        if (node.getValue().isBlank()) {
            cx.error(node, "'report.templates' is empty; name a folder, e.g. templates: templates/, or remove it");
            return Optional.empty();
        }
        Optional<Path> path = DataSpecReader.resolve(cx, node, "'report.templates'");
        if (path.isEmpty()) return Optional.empty();
        if (!Confinement.inside(cx, node, "templates folder", node.getValue(), path.get())) return Optional.empty();
        if (Files.isRegularFile(path.get())) {
            cx.error(node, "'report.templates' must name a folder of templates, and " + Nodes.quote(node.getValue())
                    + " is a file; name its folder");
            return Optional.empty();
        }
        if (!Files.isDirectory(path.get())) {
            cx.error(node, "folder " + Nodes.quote(node.getValue()) + " not found (looked in " + path.get()
                    + "); paths are relative to the folder of the spec");
            return Optional.empty();
        }
        return path;
    }
}
