package tandem.checks;

/**
 * One item of a checklist: looks at a set of plans and reports what is wrong, contributed through the extension
 * point {@code tandem.checks.checklists}. A check reads the plans and never changes them; it reports findings on
 * the elements concerned, with the data a quick fix needs to repair them.
 * <p>
 * Checks run headless (command line, CI) as well as in the workbench, so they must not use SWT or the workbench.
 */
public interface Check {

    void run(CheckContext context);
}
