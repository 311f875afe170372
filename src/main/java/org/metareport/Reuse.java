package org.metareport;

import java.nio.file.Path;
import java.util.List;
import org.metareport.data.Dataset;
import org.metareport.figures.FigureSet;
import org.metareport.figures.PrintFrame;
import org.metareport.problems.Warnings;
import org.metareport.render.Manuscript;
import org.metareport.render.pdf.PdfWriter;
import org.metareport.results.AnalysisResult;
import org.metareport.results.Results;
import org.metareport.spec.DataSpec;
import org.metareport.spec.Spec;
import org.metareport.parallel.Parallel;

/**
 * What a run may take from earlier runs in the same JVM instead of computing it again: the stages whose outputs are
 * pure functions of their inputs. {@link #COLD} computes everything (a single {@code run}); a {@link Session} keeps
 * what it computed keyed by the inputs' contents ({@code watch}, {@code run FOLDER}). Either way the outputs are the
 * same bytes.
 */
interface Reuse {
    /** Computes everything, keeps nothing. */
    Reuse COLD = new Reuse() {};

    /** The data stage: the effects (and studies) files read, filtered and joined. */
    default Dataset dataset(DataSpec data, Warnings warnings) {
        return Dataset.read(data, warnings);
    }

    /** The models and results stages for every analysis of the spec, in spec order. */
    default List<AnalysisResult> fitAll(Spec spec, Analysis.Prepared prepared) {
        return Analysis.fitAll(spec, prepared);
    }

    /** The figures stage; {@code frame} (null without a PDF) sizes the print parts of tall forest plots. */
    default FigureSet figures(Results results, boolean sortForest, PrintFrame frame) {
        return FigureSet.draw(results, sortForest, frame, Parallel::all);
    }

    /** The templates: built in ({@code templates} null) or the user's folder over them. */
    default Manuscript manuscript(Path templates, String shown) {
        return new Manuscript(templates, shown);
    }

    /** The PDF writer (it holds the fonts). */
    default PdfWriter pdfWriter() {
        return new PdfWriter();
    }
}
