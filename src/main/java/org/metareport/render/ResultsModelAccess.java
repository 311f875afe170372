package org.metareport.render;

import freemarker.ext.beans.ClassMemberAccessPolicy;
import freemarker.ext.beans.MemberAccessPolicy;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.Set;
import org.metareport.figures.ReportFigures;
import org.metareport.output.Manifest;
import org.metareport.output.MethodCard;

/**
 * What a template may call on the objects it is given: the public methods that the results model declares itself
 * (record accessors such as {@code a.k}, helpers such as {@code a.interceptOnly()}, and {@code fmt}'s formatters),
 * and nothing else. Methods inherited from {@code Object} or {@code Record} ({@code getClass()}, {@code hashCode()}),
 * constructors and fields are hidden, and so is every member of any other class (a {@code Path}, a {@code Class},
 * a figure's bytes), so a template cannot reach Java beyond the values it formats. Lists, maps, strings and
 * numbers reach templates as Freemarker's own sequences, hashes, strings and numbers, not through this policy.
 */
final class ResultsModelAccess implements MemberAccessPolicy {
    static final ResultsModelAccess INSTANCE = new ResultsModelAccess();

    /** The results stage's records (nested ones included). */
    private static final String RESULTS_PACKAGE = "org.metareport.results.";
    /** The other values templates are given: the formatter, the tables, the figure list and the provenance appendix. */
    private static final Set<Class<?>> ALSO_EXPOSED = Set.of(Format.class, TableSet.class, Manuscript.Provenance.class,
            MethodSettings.class, MethodSettings.Shared.class, MethodSettings.Departure.class,
            MethodSettings.Group.class,
            ReportFigures.Drawn.class, Manifest.Input.class, MethodCard.Setting.class);

    /** A record declares these itself; templates have no use for them. */
    private static final Set<String> OBJECT_METHODS = Set.of("equals", "hashCode", "toString");

    private static final ClassMemberAccessPolicy NOTHING = new ClassMemberAccessPolicy() {
        @Override
        public boolean isMethodExposed(Method method) {
            return false;
        }

        @Override
        public boolean isConstructorExposed(Constructor<?> constructor) {
            return false;
        }

        @Override
        public boolean isFieldExposed(Field field) {
            return false;
        }
    };

    private static final ClassMemberAccessPolicy OWN_METHODS = new ClassMemberAccessPolicy() {
        @Override
        public boolean isMethodExposed(Method method) {
            return isModel(method.getDeclaringClass()) && !OBJECT_METHODS.contains(method.getName());
        }

        @Override
        public boolean isConstructorExposed(Constructor<?> constructor) {
            return false;
        }

        @Override
        public boolean isFieldExposed(Field field) {
            return false;
        }
    };

    private ResultsModelAccess() {}

    static boolean isModel(Class<?> c) {
        return c.getName().startsWith(RESULTS_PACKAGE) || ALSO_EXPOSED.contains(c);
    }

    @Override
    public ClassMemberAccessPolicy forClass(Class<?> contextClass) {
        return isModel(contextClass) ? OWN_METHODS : NOTHING;
    }

    /** {@code ${x}} of a model value shows its text, as before; {@code toString()} cannot reach further. */
    @Override
    public boolean isToStringAlwaysExposed() {
        return true;
    }
}
