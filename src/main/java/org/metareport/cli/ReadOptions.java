package org.metareport.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.metareport.spec.ReadScope;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** {@code --allow-read DIR} and {@code --max-input-size SIZE}, shared by run, validate and verify. */
final class ReadOptions {
    @Option(names = "--allow-read", paramLabel = "DIR", converter = Folder.class,
            description = {"let the spec read files inside DIR too (repeatable);",
                    "by default it reads only inside its own folder"})
    List<Path> allowRead = new ArrayList<>();

    @Option(names = "--max-input-size", paramLabel = "SIZE", converter = Size.class,
            description = "largest data file to read, e.g. 512M or 2G (default: 256M)")
    Long maxInputSize;

    ReadScope scope() {
        return new ReadScope(allowRead, maxInputSize == null ? ReadScope.DEFAULT_MAX_INPUT_SIZE : maxInputSize);
    }

    /** An existing folder. */
    static final class Folder implements CommandLine.ITypeConverter<Path> {
        @Override
        public Path convert(String value) {
            Path p = Path.of(value);
            if (!Files.isDirectory(p)) throw new CommandLine.TypeConversionException("no folder '" + value + "'");
            return p;
        }
    }

    /** A size such as 512M. */
    static final class Size implements CommandLine.ITypeConverter<Long> {
        @Override
        public Long convert(String value) {
            try {
                return ReadScope.parseSize(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}
