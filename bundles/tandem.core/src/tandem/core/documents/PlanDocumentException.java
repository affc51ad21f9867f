package tandem.core.documents;

import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;

/** A plan document could not be read; {@link #problems()} says where and why. */
public class PlanDocumentException extends IOException {

    private static final long serialVersionUID = 1L;

    private final transient List<LoadProblem> problems;

    public PlanDocumentException(List<LoadProblem> problems, Throwable cause) {
        super(problems.stream().map(LoadProblem::toString).collect(Collectors.joining("\n")), cause);
        this.problems = List.copyOf(problems);
    }

    public List<LoadProblem> problems() {
        return problems;
    }
}
