package tandem.history.model.importer;

import java.util.List;

/** An import that failed: every problem found, one line each, naming file, row and column. Nothing was changed. */
public class HistoryImportException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient List<String> problems;

    public HistoryImportException(List<String> problems) {
        super(String.join("\n", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
