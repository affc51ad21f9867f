package tandem.samples.ui.internal;

import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import tandem.samples.SamplePlans;

/** Asks for the name of the example project and says what it will hold. */
class ProjectNamePage extends WizardPage {

    private Text name;

    ProjectNamePage() {
        super("projectName");
        setTitle("Example Plans: Spring Promotion");
        setDescription("Create a project with Meadowlark Mobile's plans for spring 2027.");
    }

    @Override
    public void createControl(Composite parent) {
        Composite body = new Composite(parent, SWT.NONE);
        body.setLayout(new GridLayout(2, false));
        new Label(body, SWT.NONE).setText("Project name:");
        name = new Text(body, SWT.BORDER | SWT.SINGLE);
        name.setData("name", "Project name");
        name.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        name.setText(uniqueDefaultName());
        name.addModifyListener(e -> validate());

        Label about = new Label(body, SWT.WRAP);
        about.setText("Marketing's spring campaigns (an upgrade offer with an email blast, a mail drop, a TV spot and"
                + " an outbound wave, an earbuds giveaway and an Easter flash sale) and customer service's plans:"
                + " the contact-center setup, a year of staffing plans per queue, training, the IVR and service"
                + " goals.\n\nSome things do not fit together, as in real life. The checks run when the project is"
                + " created: see the Problems and Checklist views for what would have gone wrong.");
        GridData wide = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
        wide.widthHint = 480;
        wide.verticalIndent = 12;
        about.setLayoutData(wide);

        setControl(body);
        validate();
    }

    @Override
    public void setVisible(boolean visible) {
        super.setVisible(visible);
        if (visible) {
            name.setFocus();
            name.selectAll();
        }
    }

    String projectName() {
        return name.getText().trim();
    }

    private void validate() {
        String problem = ExampleProjects.problemWithName(projectName());
        setErrorMessage(problem);
        setPageComplete(problem == null);
    }

    /** The default name, numbered when a project of that name exists already. */
    private static String uniqueDefaultName() {
        String candidate = SamplePlans.DEFAULT_PROJECT_NAME;
        for (int n = 2; ExampleProjects.problemWithName(candidate) != null; n++) {
            candidate = SamplePlans.DEFAULT_PROJECT_NAME + " " + n;
        }
        return candidate;
    }
}
