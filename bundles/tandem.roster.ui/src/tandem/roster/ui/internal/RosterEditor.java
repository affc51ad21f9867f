package tandem.roster.ui.internal;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.ui.PartInitException;

import tandem.core.model.Queue;
import tandem.core.model.Team;
import tandem.core.ui.editors.PlanEditor;
import tandem.core.ui.forms.RelatedDocuments;
import tandem.roster.model.Roster;
import tandem.roster.ui.internal.schedule.SchedulePage;

/**
 * The roster editor: the agents with their teams, skills and contracts, the shift templates with their breaks, the
 * rules every schedule keeps, and the schedule itself. Every change is a command on the editor's stack.
 */
public class RosterEditor extends PlanEditor {

    public static final String ID = "tandem.roster.ui.rosterEditor";

    /** The title of the schedule tab. */
    public static final String SCHEDULE_TAB = "Schedule";

    private SchedulePage schedulePage;
    private ScheduleGeneration generation;

    @Override
    protected void addModelPages() throws PartInitException {
        // Queues and teams live in the contact-center setup, training sessions in the training plans, the
        // requirements in the staffing plans: read them so that they can be chosen and covered.
        RelatedDocuments.loadInto(getEditingDomain().getResourceSet(), getResource().getURI(), "center",
                "training");
        Roster roster = getRoster();
        if (roster.getRules() == null) {
            // A roster written without rules keeps the default ones; they are saved with the next change.
            roster.setRules(tandem.roster.model.RosterFactory.eINSTANCE.createRosterRules());
        }
        addPage(new AgentsPage(this));
        addPage(new ShiftTemplatesPage(this));
        addPage(new RulesPage(this));
        schedulePage = new SchedulePage(getContainer(), getRoster(), getEditingDomain());
        int index = addPage(schedulePage);
        setPageText(index, SCHEDULE_TAB);
        onModelChange(schedulePage::refresh);
        // A shift pressed in the Gantt is the editor's selection, so that the Properties view shows it.
        schedulePage.onSelect(shift -> getSelectionRelay()
                .setSelection(new org.eclipse.jface.viewers.StructuredSelection(shift)));
    }

    @Override
    protected EObject createEmptyRoot() {
        return NewRosterWizard.newRoster(getPartName().replaceFirst("\\.roster$", ""), List.of());
    }

    public Roster getRoster() {
        return getRoot() instanceof Roster roster ? roster : null;
    }

    /** The schedule tab, or {@code null} for a document that could not be read. */
    public SchedulePage getSchedulePage() {
        return schedulePage;
    }

    /** The schedule being generated for this roster, or {@code null}. */
    public ScheduleGeneration generation() {
        return generation;
    }

    void generationStarted(ScheduleGeneration job) {
        generation = job;
        org.eclipse.swt.widgets.Display display = getSite().getShell().getDisplay();
        job.addJobChangeListener(new org.eclipse.core.runtime.jobs.JobChangeAdapter() {
            @Override
            public void done(org.eclipse.core.runtime.jobs.IJobChangeEvent event) {
                // The result is applied in the UI thread after the job; a new run may start once it is.
                if (!display.isDisposed()) {
                    display.asyncExec(() -> generationFinished(job));
                }
            }
        });
    }

    void generationFinished(ScheduleGeneration job) {
        if (generation == job) {
            generation = null;
        }
    }

    @Override
    public void dispose() {
        if (generation != null) {
            generation.cancel();
        }
        super.dispose();
    }

    /** Every team of the project's contact-center setups. */
    public List<Team> availableTeams() {
        return RelatedDocuments.all(getEditingDomain().getResourceSet(), Team.class);
    }

    /** Every queue of the project's contact-center setups. */
    public List<Queue> availableQueues() {
        return RelatedDocuments.all(getEditingDomain().getResourceSet(), Queue.class);
    }
}
