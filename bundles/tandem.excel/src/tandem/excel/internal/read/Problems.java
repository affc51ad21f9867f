package tandem.excel.internal.read;

import java.util.ArrayList;
import java.util.List;

import tandem.excel.WorkbookProblem;

/** Collects problems up to a limit and counts the rest. */
final class Problems {

    private final int limit;
    private final List<WorkbookProblem> listed = new ArrayList<>();
    private int more;

    Problems(int limit) {
        this.limit = limit;
    }

    void add(String sheet, String cell, String reason) {
        if (listed.size() < limit) {
            listed.add(new WorkbookProblem(sheet, cell, reason));
        } else {
            more++;
        }
    }

    void addFile(String reason) {
        listed.add(WorkbookProblem.ofFile(reason));
    }

    boolean isEmpty() {
        return listed.isEmpty();
    }

    List<WorkbookProblem> all() {
        List<WorkbookProblem> all = new ArrayList<>(listed);
        if (more > 0) {
            all.add(WorkbookProblem.ofFile("... and " + more + " more problem(s)"));
        }
        return all;
    }
}
