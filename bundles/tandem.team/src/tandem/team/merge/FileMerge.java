package tandem.team.merge;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.jgit.diff.RawText;
import org.eclipse.jgit.diff.RawTextComparator;
import org.eclipse.jgit.merge.MergeAlgorithm;
import org.eclipse.jgit.merge.MergeChunk;
import org.eclipse.jgit.merge.MergeChunk.ConflictState;
import org.eclipse.jgit.merge.MergeFormatter;

import tandem.core.documents.AtomicFiles;
import tandem.core.documents.LoadProblem;
import tandem.core.documents.PlanDocumentException;
import tandem.core.documents.PlanDocuments;
import tandem.core.documents.PlanFiles;
import tandem.team.merge.Conflict.Kind;

/**
 * Merges the three versions of one file the way a Git merge driver does: the merged content replaces our version.
 * Plan documents are merged by element ({@link PlanMerge}); other files line by line, with Git's conflict markers.
 * A plan that does not load on one side is not merged: our version stays and the conflict names the file and the
 * reason. Our version is replaced atomically, so a failure leaves it as it was.
 */
public final class FileMerge {

    /** How a file was merged. */
    public enum Method {
        /** By element, as a plan document. */
        PLAN,
        /** Line by line, as text. */
        TEXT,
        /** Not at all: the versions differ and cannot be merged as text (binary content). */
        NONE
    }

    /**
     * What a file merge did.
     *
     * @param method    how the file was merged
     * @param conflicts the conflicts of a plan merge (our side kept), or one entry per conflicting text region
     * @param document  the file name used in messages and reports
     */
    public record Outcome(Method method, List<Conflict> conflicts, String document) {

        public Outcome {
            conflicts = List.copyOf(conflicts);
        }

        public boolean clean() {
            return conflicts.isEmpty();
        }
    }

    private FileMerge() {
    }

    /**
     * Merges {@code theirs} into {@code ours}.
     *
     * @param base    the common ancestor; an empty file when there is none
     * @param ours    our version, replaced by the merge result
     * @param theirs  their version
     * @param logical the file's path in the work tree (it names the plan type, and other documents are referred to
     *                relative to it), or {@code null} to use {@code ours}
     * @throws IOException when a version cannot be read or the result cannot be written (ours then unchanged)
     */
    public static Outcome merge(Path base, Path ours, Path theirs, Path logical) throws IOException {
        Path document = (logical == null ? ours : logical).toAbsolutePath().normalize();
        if (PlanFiles.isPlanFile(document)) {
            return mergePlan(base, ours, theirs, document);
        }
        return mergeText(base, ours, theirs, document);
    }

    private static Outcome mergePlan(Path base, Path ours, Path theirs, Path document) throws IOException {
        String name = document.getFileName().toString();
        URI uri = URI.createFileURI(document.toString());
        Resource baseVersion = null;
        Resource ourVersion;
        Resource theirVersion;
        try {
            if (Files.size(base) > 0) {
                baseVersion = load(uri, base, "the common version of " + name);
            }
            ourVersion = load(uri, ours, "our version of " + name);
            theirVersion = load(uri, theirs, "their version of " + name);
        } catch (Unreadable e) {
            return new Outcome(Method.PLAN, List.of(new Conflict(Kind.UNREADABLE, e.getMessage(), "", null, "", "",
                    "")), name);
        }
        MergeResult result = PlanMerge.merge(baseVersion, ourVersion, theirVersion);
        Map<Object, Object> options = new HashMap<>();
        options.put(XMLResource.OPTION_ENCODING, "UTF-8");
        options.put(Resource.OPTION_LINE_DELIMITER, "\n");
        Resource merged = ourVersion;
        AtomicFiles.write(ours, out -> merged.save(out, options));
        return new Outcome(Method.PLAN, result.conflicts(), name);
    }

    private static Resource load(URI uri, Path file, String side) throws Unreadable {
        ResourceSet set = PlanDocuments.createResourceSet();
        set.getURIConverter().getURIMap().put(uri, URI.createFileURI(file.toAbsolutePath().toString()));
        try {
            return PlanDocuments.load(set, uri);
        } catch (PlanDocumentException e) {
            LoadProblem first = e.problems().get(0);
            throw new Unreadable(side + (first.line() > 0 ? ", line " + first.line() : "") + ": " + first.reason());
        }
    }

    private static Outcome mergeText(Path base, Path ours, Path theirs, Path document) throws IOException {
        String name = document.getFileName().toString();
        byte[] o = Files.readAllBytes(ours);
        byte[] t = Files.readAllBytes(theirs);
        byte[] b = Files.readAllBytes(base);
        if (Arrays.equals(o, t) || Arrays.equals(b, t)) {
            return new Outcome(Method.TEXT, List.of(), name);
        }
        if (Arrays.equals(b, o)) {
            AtomicFiles.write(ours, out -> out.write(t));
            return new Outcome(Method.TEXT, List.of(), name);
        }
        if (RawText.isBinary(o) || RawText.isBinary(t) || RawText.isBinary(b)) {
            return new Outcome(Method.NONE, List.of(new Conflict(Kind.BOTH_CHANGED, name, "", null, "(binary)",
                    "(binary)", "(binary)")), name);
        }
        org.eclipse.jgit.merge.MergeResult<RawText> result = new MergeAlgorithm().merge(RawTextComparator.DEFAULT,
                new RawText(b), new RawText(o), new RawText(t));
        ByteArrayOutputStream merged = new ByteArrayOutputStream();
        new MergeFormatter().formatMerge(merged, result, List.of("base", "ours", "theirs"), StandardCharsets.UTF_8);
        AtomicFiles.write(ours, out -> merged.writeTo(out));
        int regions = 0;
        for (MergeChunk chunk : result) {
            if (chunk.getConflictState() == ConflictState.FIRST_CONFLICTING_RANGE) {
                regions++;
            }
        }
        List<Conflict> conflicts = new ArrayList<>();
        for (int i = 1; i <= regions; i++) {
            conflicts.add(new Conflict(Kind.BOTH_CHANGED, name, "", "lines (region " + i + " of " + regions + ")",
                    "", "", ""));
        }
        return new Outcome(Method.TEXT, conflicts, name);
    }

    /** A version that does not load as a plan; the message names side, file, line and reason. */
    private static final class Unreadable extends Exception {
        private static final long serialVersionUID = 1L;

        Unreadable(String message) {
            super(message);
        }
    }
}
