package tandem.team.merge;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import tandem.core.documents.AtomicFiles;

/**
 * The readable conflict report a merge writes beside the plan ({@code <plan>.conflicts}): one entry per conflict
 * with the element, the feature and the common, our and their values.
 */
public final class ConflictReport {

    /** The extension of report files. */
    public static final String EXTENSION = ".conflicts";

    private ConflictReport() {
    }

    /** The report file for a document. */
    public static Path fileFor(Path document) {
        return document.resolveSibling(document.getFileName() + EXTENSION);
    }

    /** The report's text. */
    public static String format(FileMerge.Outcome outcome) {
        StringBuilder text = new StringBuilder();
        int count = outcome.conflicts().size();
        text.append("Tandem could not merge everything in ").append(outcome.document()).append(": ").append(count)
                .append(count == 1 ? " conflict.\n" : " conflicts.\n");
        switch (outcome.method()) {
        case PLAN -> text.append("The plan is valid and holds our side of each conflict. Pick a side per conflict in "
                + "Tandem's Team Conflicts view (or edit the plan), then delete this report and commit.\n");
        case TEXT -> text.append("The file holds both sides between <<<<<<< and >>>>>>> markers: edit it, then "
                + "delete this report and commit.\n");
        case NONE -> text.append("The file is binary and holds our version.\n");
        }
        int n = 0;
        for (Conflict conflict : outcome.conflicts()) {
            text.append('\n').append(++n).append(". ").append(conflict.summary()).append('\n');
            if (conflict.kind() != Conflict.Kind.UNREADABLE && !conflict.ours().isEmpty()) {
                text.append("   common: ").append(conflict.base()).append('\n');
                text.append("   ours:   ").append(conflict.ours()).append('\n');
                text.append("   theirs: ").append(conflict.theirs()).append('\n');
            }
        }
        return text.toString();
    }

    /**
     * Writes the report for a merge with conflicts, or removes a stale one after a clean merge.
     *
     * @return the report file, or {@code null} when the merge was clean
     */
    public static Path write(FileMerge.Outcome outcome, Path document) throws IOException {
        Path report = fileFor(document);
        if (outcome.clean()) {
            Files.deleteIfExists(report);
            return null;
        }
        byte[] text = format(outcome).getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(report, out -> out.write(text));
        return report;
    }
}
