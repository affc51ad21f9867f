package tandem.core.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.junit.jupiter.api.Test;

import tandem.core.model.Channel;
import tandem.core.model.CoreFactory;
import tandem.core.model.OpeningHours;
import tandem.core.model.Queue;
import tandem.core.model.WeeklyHours;
import tandem.core.model.Weekday;
import tandem.core.ui.emf.ElementLabels;

/**
 * What tables, the Outline, the Properties view and drop-downs show for model values: names, not EMF's generated
 * "Type value" labels ("Opening Hours Standard hours"), and enumeration values in words ("monday", "emailBlast").
 */
class ElementLabelsTest {

    /** Labels as EMF generates them: the type's name, then the label feature's value as it is stored. */
    private static final IItemLabelProvider GENERATED = new IItemLabelProvider() {
        @Override
        public String getText(Object object) {
            if (object instanceof WeeklyHours hours) {
                return "Weekly Hours " + hours.getDay().getLiteral();
            }
            return object instanceof OpeningHours hours ? "Opening Hours " + hours.getName() : "Unknown";
        }

        @Override
        public Object getImage(Object object) {
            return null;
        }
    };

    @Test
    void anElementWithANameIsShownByItsName() {
        OpeningHours hours = CoreFactory.eINSTANCE.createOpeningHours();
        hours.setName("Standard hours");
        assertEquals("Standard hours", ElementLabels.textOf(hours, GENERATED));
        Queue sales = CoreFactory.eINSTANCE.createQueue();
        sales.setName("Sales");
        Queue billing = CoreFactory.eINSTANCE.createQueue();
        billing.setName("Billing");
        assertEquals("Sales, Billing", ElementLabels.textOf(List.<EObject>of(sales, billing), GENERATED));
    }

    @Test
    void enumerationValuesAreShownInWords() {
        WeeklyHours monday = CoreFactory.eINSTANCE.createWeeklyHours();
        monday.setDay(Weekday.MONDAY);
        assertEquals("Weekly Hours Monday", ElementLabels.textOf(monday, GENERATED));
        assertEquals("Phone, Email", ElementLabels.textOf(List.of(Channel.PHONE, Channel.EMAIL), null));
        assertEquals("Monday", ElementLabels.textOf(Weekday.MONDAY, GENERATED));
    }

    @Test
    void anElementLabelledByItsGeneratedIdIsLabelledByItsDateInstead() {
        org.eclipse.emf.ecore.EcoreFactory ecore = org.eclipse.emf.ecore.EcoreFactory.eINSTANCE;
        org.eclipse.emf.ecore.EPackage model = ecore.createEPackage();
        model.setName("labels");
        model.setNsURI("http://tandem.dev/test/labels");
        org.eclipse.emf.ecore.EDataType date = ecore.createEDataType();
        date.setName("LocalDate");
        date.setInstanceClass(java.time.LocalDate.class);
        org.eclipse.emf.ecore.EClass session = ecore.createEClass();
        session.setName("Session");
        model.getEClassifiers().add(date);
        model.getEClassifiers().add(session);
        org.eclipse.emf.ecore.EAttribute id = ecore.createEAttribute();
        id.setName("id");
        id.setEType(org.eclipse.emf.ecore.EcorePackage.Literals.ESTRING);
        id.setID(true);
        org.eclipse.emf.ecore.EAttribute day = ecore.createEAttribute();
        day.setName("date");
        day.setEType(date);
        session.getEStructuralFeatures().add(id);
        session.getEStructuralFeatures().add(day);
        EObject huddle = org.eclipse.emf.ecore.util.EcoreUtil.create(session);
        huddle.eSet(id, "session-3f9a2c1b");
        IItemLabelProvider byId = new IItemLabelProvider() {
            @Override
            public String getText(Object object) {
                return "Session " + ((EObject) object).eGet(id);
            }

            @Override
            public Object getImage(Object object) {
                return null;
            }
        };
        assertEquals("Session session-3f9a2c1b", ElementLabels.textOf(huddle, byId), "nothing better: the id");
        huddle.eSet(day, java.time.LocalDate.of(2027, 3, 24));
        assertEquals("Session 2027-03-24", ElementLabels.textOf(huddle, byId));
    }

    @Test
    void aDateAndTimeReadsWithoutTheT() {
        WeeklyHours hours = CoreFactory.eINSTANCE.createWeeklyHours();
        IItemLabelProvider iso = new IItemLabelProvider() {
            @Override
            public String getText(Object object) {
                return "Staffing Interval 2027-03-01T08:00";
            }

            @Override
            public Object getImage(Object object) {
                return null;
            }
        };
        assertEquals("Staffing Interval 2027-03-01 08:00", ElementLabels.textOf(hours, iso));
    }

    @Test
    void yesOrNoValuesReadYesAndNo() {
        assertEquals("Yes", ElementLabels.textOf(Boolean.TRUE, GENERATED));
        assertEquals("No", ElementLabels.textOf(false, null));
    }

    @Test
    void anElementWithoutANameKeepsTheItemProvidersLabel() {
        OpeningHours unnamed = CoreFactory.eINSTANCE.createOpeningHours();
        assertEquals("Opening Hours null", ElementLabels.textOf(unnamed, GENERATED));
        assertEquals("", ElementLabels.textOf(null, GENERATED));
    }
}
