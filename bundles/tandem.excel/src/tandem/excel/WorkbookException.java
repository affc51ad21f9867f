package tandem.excel;

import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;

/** A workbook could not be read or written; {@link #problems()} lists every problem found, one line each. */
public class WorkbookException extends IOException {

    private static final long serialVersionUID = 1L;

    private final transient List<WorkbookProblem> problems;

    public WorkbookException(List<WorkbookProblem> problems) {
        this(problems, null);
    }

    public WorkbookException(List<WorkbookProblem> problems, Throwable cause) {
        super(problems.stream().map(WorkbookProblem::toString).collect(Collectors.joining("\n")), cause);
        this.problems = List.copyOf(problems);
    }

    public WorkbookException(String problem) {
        this(List.of(WorkbookProblem.ofFile(problem)));
    }

    public List<WorkbookProblem> problems() {
        return problems;
    }
}
