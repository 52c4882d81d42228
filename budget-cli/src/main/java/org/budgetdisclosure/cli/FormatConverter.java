package org.budgetdisclosure.cli;

import org.budgetdisclosure.render.Format;
import picocli.CommandLine;

/** Parses a format name: pdf, docx or html. */
final class FormatConverter implements CommandLine.ITypeConverter<Format> {
    @Override
    public Format convert(String value) {
        try {
            return Format.parse(value);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.TypeConversionException(e.getMessage());
        }
    }
}
