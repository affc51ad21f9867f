package tandem.roster.ui.internal;

import java.util.Arrays;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;

import tandem.core.model.CorePackage;
import tandem.core.model.Weekday;
import tandem.core.ui.forms.FeatureChecklist;
import tandem.core.ui.forms.FeatureTable;
import tandem.roster.model.Agent;
import tandem.roster.model.RosterPackage.Literals;
import tandem.roster.model.Skill;

/**
 * The agents: name, team (from the project's contact-center setup), contract and availability in the table; for
 * the selected agent the queues it can take with their priority, the days it cannot work and the days it prefers
 * off. Every edit is a command.
 */
public final class AgentsPage extends FormPage {

    public static final String ID = "agents";

    private final RosterEditor editor;
    private FeatureTable agents;
    private FeatureTable skills;
    private FeatureChecklist daysOff;
    private ValueListField unavailable;
    private tandem.core.ui.grid.CellGrid grid;

    AgentsPage(RosterEditor editor) {
        super(editor, ID, "Agents");
        this.editor = editor;
    }

    @Override
    protected void createFormContent(IManagedForm managedForm) {
        FormToolkit toolkit = managedForm.getToolkit();
        ScrolledForm form = managedForm.getForm();
        form.setText("Agents of " + editor.getRoster().getName());
        toolkit.decorateFormHeading(form.getForm());
        Composite body = form.getBody();
        body.setLayout(new GridLayout(2, true));

        agents = new FeatureTable(editor, toolkit, body, "Agents",
                "Who can be scheduled: the team (from the contact-center setup), the contracted hours per week, the"
                        + " most days a week, and the earliest start and latest end of a shift. Edit it like a"
                        + " spreadsheet (copy and paste blocks from Excel, Ctrl+D fills down). Select an agent to"
                        + " edit its skills and days off below.",
                Literals.ROSTER__AGENTS, Literals.AGENT)
                .column("Name", CorePackage.Literals.NAMED_ELEMENT__NAME, 20)
                .column("Team", Literals.AGENT__TEAM, 15)
                .column("Min h/week", Literals.AGENT__MIN_HOURS_PER_WEEK, 10)
                .column("Max h/week", Literals.AGENT__MAX_HOURS_PER_WEEK, 10)
                .column("Days/week", Literals.AGENT__MAX_DAYS_PER_WEEK, 10)
                .column("Earliest start", Literals.AGENT__EARLIEST_START, 12)
                .column("Latest end", Literals.AGENT__LATEST_END, 12)
                .initializeNewWith(e -> {
                    Agent agent = (Agent) e;
                    agent.setName("Agent " + (editor.getRoster().getAgents().size() + 1));
                    List<tandem.core.model.Team> teams = editor.availableTeams();
                    if (teams.size() == 1) {
                        agent.setTeam(teams.get(0));
                    }
                });
        agents.setOwner(editor.getRoster());
        grid = new tandem.core.ui.grid.CellGrid(agents.getViewer(), new AgentCells(editor), editor::execute,
                message -> editor.getEditorSite().getActionBars().getStatusLineManager().setErrorMessage(message));
        GridData agentsData = new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1);
        agentsData.heightHint = 260;
        agents.getSection().setLayoutData(agentsData);

        skills = new FeatureTable(editor, toolkit, body, "Skills",
                "The queues the selected agent can take; priority 1 is the queue it prefers.",
                Literals.AGENT__SKILLS, Literals.SKILL)
                .column("Queue", Literals.SKILL__QUEUE, 60)
                .column("Priority", Literals.SKILL__PRIORITY, 40)
                .initializeNewWith(e -> {
                    if (skills.getOwner() instanceof Agent agent) {
                        ((Skill) e).setPriority(agent.getSkills().size() + 1);
                    }
                });
        skills.getSection().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));

        daysOff = new FeatureChecklist(editor, toolkit, body, "Preferred days off",
                "The weekdays the selected agent would rather not work; the solver avoids them where it can.",
                Literals.AGENT__PREFERRED_DAYS_OFF, () -> Arrays.asList(Weekday.values()));
        daysOff.getSection().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));

        Composite row = toolkit.createComposite(body);
        row.setLayout(new GridLayout(2, false));
        row.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        unavailable = new ValueListField(editor, toolkit, row, "Unavailable days:",
                Literals.AGENT__UNAVAILABLE_DAYS);
        unavailable.getText().setToolTipText("Days off the agent cannot work (time off), e.g. 2027-03-02, 2027-03-05");
        toolkit.paintBordersFor(row);

        agents.getViewer().addSelectionChangedListener(e -> showAgent(
                e.getStructuredSelection().size() == 1 ? (EObject) e.getStructuredSelection().getFirstElement()
                        : null));
        showAgent(null);
        if (!editor.getRoster().getAgents().isEmpty()) {
            agents.getViewer().setSelection(new StructuredSelection(editor.getRoster().getAgents().get(0)));
        }
        Runnable stop = editor.onModelChange(() -> {
            if (!daysOff.getSection().isDisposed()) {
                daysOff.refresh();
            }
        });
        body.addListener(SWT.Dispose, e -> stop.run());
    }

    private void showAgent(EObject agent) {
        skills.setOwner(agent);
        daysOff.setOwner(agent);
        unavailable.setOwner(agent);
    }

    /** The spreadsheet behaviour of the Agents table: ranges, copy, paste, fill down. */
    public tandem.core.ui.grid.CellGrid getGrid() {
        return grid;
    }

    FeatureTable getAgents() {
        return agents;
    }
}
