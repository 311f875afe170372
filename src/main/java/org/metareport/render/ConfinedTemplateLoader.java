package org.metareport.render;

import freemarker.cache.TemplateLoader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * Loads user templates from one folder and from nowhere else: a name with {@code ..}, a drive or scheme
 * ({@code :}), a backslash or a NUL is refused, and so is a file that is a link (or lies in a linked folder)
 * leading outside the folder. Freemarker has already made names relative to the folder and refuses to back out of
 * it ({@link freemarker.cache.TemplateNameFormat#DEFAULT_2_4_0}); this loader checks again, on the file system.
 */
final class ConfinedTemplateLoader implements TemplateLoader {
    private final Path folder;
    private final Path realFolder;

    /**
     * @param folder the templates folder
     * @throws IOException if it cannot be resolved (missing, unreadable)
     */
    ConfinedTemplateLoader(Path folder) throws IOException {
        this.folder = folder.toAbsolutePath().normalize();
        this.realFolder = folder.toRealPath();
    }

    @Override
    public Object findTemplateSource(String name) throws IOException {
        if (name.isEmpty() || name.startsWith("/") || name.indexOf(':') >= 0 || name.indexOf('\\') >= 0
                || name.indexOf('\0') >= 0) {
            return null;
        }
        for (String segment : name.split("/")) if (segment.equals("..")) return null;
        Path file = folder.resolve(name).normalize();
        if (!file.startsWith(folder) || !Files.exists(file, LinkOption.NOFOLLOW_LINKS)) return null;
        Path real;
        try {
            real = file.toRealPath();
        } catch (IOException e) {
            return null;                                     // a dangling link: not there
        }
        if (!real.startsWith(realFolder)) {
            throw new IOException("'" + name + "' leads outside the templates folder (a link?); templates may "
                    + "include only files inside that folder");
        }
        return Files.isRegularFile(real) ? real : null;
    }

    @Override
    public long getLastModified(Object source) {
        try {
            return Files.getLastModifiedTime((Path) source).toMillis();
        } catch (IOException e) {
            return -1;
        }
    }

    @Override
    public Reader getReader(Object source, String encoding) throws IOException {
        return new InputStreamReader(Files.newInputStream((Path) source), Charset.forName(encoding));
    }

    @Override
    public void closeTemplateSource(Object source) {}

    @Override
    public String toString() {
        return "the templates folder";
    }
}
