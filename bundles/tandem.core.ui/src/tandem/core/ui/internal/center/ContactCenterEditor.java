package tandem.core.ui.internal.center;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.ui.PartInitException;

import tandem.core.model.ContactCenter;
import tandem.core.ui.editors.PlanEditor;

/** The contact-center setup editor: organisation, queues, opening hours and teams. */
public class ContactCenterEditor extends PlanEditor {

    public static final String ID = "tandem.core.ui.contactCenterEditor";

    @Override
    protected void addModelPages() throws PartInitException {
        addPage(new SetupPage(this));
    }

    @Override
    protected EObject createEmptyRoot() {
        return NewContactCenterWizard.newContactCenter(getPartName().replaceFirst("\\.center$", ""));
    }

    public ContactCenter getContactCenter() {
        return (ContactCenter) getRoot();
    }
}
