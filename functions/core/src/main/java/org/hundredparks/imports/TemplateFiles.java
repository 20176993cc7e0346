package org.hundredparks.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.hundredparks.submission.ListType;

/**
 * The import templates people download, one per list in each format. The .xlsx files are made when the code is
 * built (TemplateFilesTest writes them with POI and fails when they differ from the columns), so that the API
 * serves them as they are and carries no spreadsheet library.
 */
public final class TemplateFiles {

    private TemplateFiles() {
    }

    /** The .xlsx template: one sheet, the columns' Chinese headers in bold. */
    public static byte[] xlsx(ListType type) {
        String resource = "/" + xlsxResource(Template.of(type));
        try (InputStream in = TemplateFiles.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing: the build writes it (TemplateFilesTest)");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The template as UTF-8 CSV with a BOM, which Excel opens with the right encoding. */
    public static byte[] csv(ListType type) {
        return ("\uFEFF" + String.join(",", Template.of(type).headers()) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /** Where a template version's .xlsx file lives on the classpath: a new version of the columns is a new file. */
    static String xlsxResource(Template template) {
        return "imports/templates/" + template.type().path() + "-v" + template.version() + ".xlsx";
    }
}
