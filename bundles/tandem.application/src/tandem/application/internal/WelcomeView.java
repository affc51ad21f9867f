package tandem.application.internal;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.forms.events.HyperlinkAdapter;
import org.eclipse.ui.forms.events.HyperlinkEvent;
import org.eclipse.ui.forms.widgets.FormText;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.part.ViewPart;

/** What Tandem is for, in plain words, with links to start: shown on first run in the Planning perspective. */
public class WelcomeView extends ViewPart {

    public static final String ID = "tandem.application.welcome";

    private static final String TEXT = """
            <form>
            <p>Marketing launches a promotion; the contact center hears about it when the calls arrive. Tandem puts
            the plans of both sides in one place and checks them against each other, so that people, training and
            the IVR are ready before the first call.</p>
            <p><b>Five kinds of plan</b>, each a file in a project (keep them in Git):</p>
            <li><b>Campaign calendar</b> - campaigns and their drops, and the extra contacts each brings per day.</li>
            <li><b>Staffing plan</b> - contacts per interval, handle time, service-level target, and the agents
            Erlang says you need against those you have scheduled.</li>
            <li><b>Training plan</b> - courses, sessions and knowledge items, finished before a campaign goes live.</li>
            <li><b>IVR script</b> - menus, prompts and routes, with a simulator to walk a call.</li>
            <li><b>Service goals</b> - SMART goals with baseline, target, deadline and owner.</li>
            <p>They all share the <b>contact-center setup</b>: queues, opening hours and teams.</p>
            <p><b>Checks</b> read all plans together and report what would go wrong - a promotion customer service
            heard about too late, a week without enough agents, an IVR that hangs up on callers - in the Problems
            view and the Checklist view. Most problems have a quick fix (Ctrl+1 on the problem), and Undo takes it
            back.</p>
            <p><a href="project">Create a project</a> for your plans, then <a href="new">create a plan</a>
            (File &gt; New). <a href="examples">Open the example plans</a> to see the checks at work.
            Checks &gt; Run Checks checks everything at once.</p>
            </form>
            """;

    @Override
    public void createPartControl(Composite parent) {
        FormToolkit toolkit = new FormToolkit(parent.getDisplay());
        ScrolledForm form = toolkit.createScrolledForm(parent);
        form.setText("Welcome to Tandem");
        form.getBody().setLayout(new GridLayout(1, false));
        FormText text = toolkit.createFormText(form.getBody(), true);
        text.setText(TEXT, true, false);
        text.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        text.setData("name", "welcome");
        text.addHyperlinkListener(new HyperlinkAdapter() {
            @Override
            public void linkActivated(HyperlinkEvent event) {
                switch (String.valueOf(event.getHref())) {
                case "project" -> run("org.eclipse.ui.newWizard", "newWizardId", "org.eclipse.ui.wizards.new.project");
                case "examples" -> run("org.eclipse.ui.newWizard", "newWizardId", "tandem.samples.ui.newExamplePlans");
                default -> run("org.eclipse.ui.newWizard", null, null);
                }
            }
        });
        parent.addDisposeListener(e -> toolkit.dispose());
    }

    private void run(String commandId, String parameter, String value) {
        ICommandService commands = getSite().getService(ICommandService.class);
        IHandlerService handlers = getSite().getService(IHandlerService.class);
        try {
            ParameterizedCommand command = parameter == null
                    ? ParameterizedCommand.generateCommand(commands.getCommand(commandId), null)
                    : ParameterizedCommand.generateCommand(commands.getCommand(commandId),
                            java.util.Map.of(parameter, value));
            handlers.executeCommand(command, null);
        } catch (Exception e) {
            // The wizard is not installed (for example the example plans); File > New still works.
            org.eclipse.jface.dialogs.MessageDialog.openInformation(getSite().getShell(), "Tandem",
                    "That is not available in this installation. Use File > New.");
        }
    }

    @Override
    public void setFocus() {
        // The text needs no focus.
    }
}
