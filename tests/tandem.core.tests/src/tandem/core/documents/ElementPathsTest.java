package tandem.core.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EcoreFactory;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;

/**
 * Element paths name every element by what planners know it by: its name, or for one without a name its date and
 * time, its agent, queue or day, or the feature that holds it; a generated id only when there is nothing else.
 */
class ElementPathsTest {

    private static final EcoreFactory ECORE = EcoreFactory.eINSTANCE;
    private final EPackage model = ECORE.createEPackage();
    private final EDataType date = dataType("LocalDate", LocalDate.class);
    private final EDataType time = dataType("LocalTime", LocalTime.class);
    private final EDataType dateTime = dataType("LocalDateTime", LocalDateTime.class);
    private final EClass named = type("Queue");
    private final EClass plan = type("TrainingPlan");
    private final EClass course = type("Course");
    private final EClass session = type("Session");
    private final EClass shift = type("Shift");
    private final EClass hours = type("WeeklyHours");
    private final EClass menu = type("Menu");
    private final EClass handler = type("RetryHandler");
    private final EClass bare = type("Note");
    private final EEnum weekday = ECORE.createEEnum();

    ElementPathsTest() {
        model.setName("test");
        model.setNsURI("http://tandem.dev/test/paths");
        weekday.setName("Weekday");
        for (String day : new String[] { "monday", "tuesday" }) {
            EEnumLiteral literal = ECORE.createEEnumLiteral();
            literal.setName(day);
            literal.setLiteral(day);
            literal.setValue(weekday.getELiterals().size());
            weekday.getELiterals().add(literal);
        }
        model.getEClassifiers().add(weekday);
        for (EClass type : new EClass[] { named, plan, course, session, shift, hours, menu, handler, bare }) {
            attribute(type, "id", EcorePackage.Literals.ESTRING).setID(true);
        }
        attribute(named, "name", EcorePackage.Literals.ESTRING);
        attribute(plan, "name", EcorePackage.Literals.ESTRING);
        attribute(course, "name", EcorePackage.Literals.ESTRING);
        containment(plan, "courses", course, true);
        containment(course, "sessions", session, true);
        attribute(session, "date", date);
        attribute(session, "startTime", time);
        attribute(session, "lengthMinutes", EcorePackage.Literals.EINT);
        reference(shift, "agent", named);
        attribute(shift, "start", dateTime);
        attribute(shift, "lengthMinutes", EcorePackage.Literals.EINT);
        attribute(hours, "day", weekday);
        attribute(hours, "opens", time);
        attribute(hours, "closes", time);
        attribute(menu, "name", EcorePackage.Literals.ESTRING);
        containment(menu, "noMatch", handler, false);
        attribute(handler, "retries", EcorePackage.Literals.EINT);
        attribute(bare, "text", EcorePackage.Literals.ESTRING);
    }

    @Test
    void aSessionIsNamedByItsDateAndTimeUnderItsCourse() {
        EObject training = create(plan, "name", "Spring training");
        EObject upgrade = create(course, "name", "Spring Upgrade");
        list(training, "courses").add(upgrade);
        EObject huddle = create(session, "id", "session-3f9a2c1b");
        huddle.eSet(session.getEStructuralFeature("date"), LocalDate.of(2027, 3, 24));
        huddle.eSet(session.getEStructuralFeature("startTime"), LocalTime.of(8, 0));
        list(upgrade, "sessions").add(huddle);
        assertEquals("Training plan 'Spring training' / Course 'Spring Upgrade' / Session 2027-03-24 08:00",
                ElementPaths.of(huddle));
    }

    @Test
    void aShiftIsNamedByItsAgentAndStart() {
        EObject anna = create(named, "name", "Anna");
        EObject early = create(shift, "id", "shift-1");
        early.eSet(shift.getEStructuralFeature("agent"), anna);
        early.eSet(shift.getEStructuralFeature("start"), LocalDateTime.of(2027, 3, 1, 7, 30));
        assertEquals("Shift 'Anna' 2027-03-01 07:30", ElementPaths.step(early));
    }

    @Test
    void weeklyHoursAreNamedByTheirDayInWords() {
        EObject monday = create(hours, "opens", LocalTime.of(8, 0));
        assertEquals("Weekly hours Monday", ElementPaths.step(monday));
    }

    @Test
    void anElementHeldAloneInAFeatureIsNamedByTheFeature() {
        EObject billing = create(menu, "name", "Billing menu");
        EObject noMatch = EcoreUtil.create(handler);
        billing.eSet(menu.getEStructuralFeature("noMatch"), noMatch);
        assertEquals("Menu 'Billing menu' / No match", ElementPaths.of(noMatch));
    }

    @Test
    void anIdIsTheLastResort() {
        assertEquals("Note #note-7", ElementPaths.step(create(bare, "id", "note-7")));
        assertEquals("Note", ElementPaths.step(EcoreUtil.create(bare)));
        EObject undated = create(session, "id", "session-9");
        assertEquals("Session #session-9", ElementPaths.step(undated));
    }

    @Test
    void aMessageOnOneLineWithItsPathNamesEachElementOnce() {
        assertEquals("Staffing plan 'Sales 2027': on 2027-04-05, 10 intervals are short",
                ElementPaths.withMessage("Staffing plan 'Sales 2027'",
                        "Staffing plan 'Sales 2027': on 2027-04-05, 10 intervals are short"));
        assertEquals("Goal set 'Service' / Goal 'Reach 80%': no deadline",
                ElementPaths.withMessage("Goal set 'Service' / Goal 'Reach 80%'", "Goal 'Reach 80%': no deadline"));
        assertEquals("IVR script 'Main' / Menu 'Billing' hangs up",
                ElementPaths.withMessage("IVR script 'Main' / Menu 'Billing'", "Menu 'Billing' hangs up"));
        assertEquals("Calendar 'Spring' / Campaign 'Flash': the campaign 'Flash' starts early",
                ElementPaths.withMessage("Calendar 'Spring' / Campaign 'Flash'", "the campaign 'Flash' starts early"));
        assertEquals("Calendar 'Spring' / Campaign 'Flash': ends before it starts", ElementPaths.withMessage(
                "Calendar 'Spring' / Campaign 'Flash'", "Calendar 'Spring' / Campaign 'Flash': ends before it starts"));
        assertEquals("Plan 'P' / Session 2027-03-24 08:00: Session 2027-03-24 080 is odd",
                ElementPaths.withMessage("Plan 'P' / Session 2027-03-24 08:00", "Session 2027-03-24 080 is odd"));
    }

    private EClass type(String name) {
        EClass type = ECORE.createEClass();
        type.setName(name);
        model.getEClassifiers().add(type);
        return type;
    }

    private EDataType dataType(String name, Class<?> instanceClass) {
        EDataType type = ECORE.createEDataType();
        type.setName(name);
        type.setInstanceClass(instanceClass);
        model.getEClassifiers().add(type);
        return type;
    }

    private static EAttribute attribute(EClass owner, String name, EClassifier type) {
        EAttribute attribute = ECORE.createEAttribute();
        attribute.setName(name);
        attribute.setEType(type);
        owner.getEStructuralFeatures().add(attribute);
        return attribute;
    }

    private static void reference(EClass owner, String name, EClass type) {
        EReference reference = ECORE.createEReference();
        reference.setName(name);
        reference.setEType(type);
        owner.getEStructuralFeatures().add(reference);
    }

    private static void containment(EClass owner, String name, EClass type, boolean many) {
        EReference reference = ECORE.createEReference();
        reference.setName(name);
        reference.setEType(type);
        reference.setContainment(true);
        reference.setUpperBound(many ? -1 : 1);
        owner.getEStructuralFeatures().add(reference);
    }

    private static EObject create(EClass type, String feature, Object value) {
        EObject element = EcoreUtil.create(type);
        element.eSet(type.getEStructuralFeature(feature), value);
        return element;
    }

    @SuppressWarnings("unchecked")
    private static java.util.List<EObject> list(EObject owner, String feature) {
        return (java.util.List<EObject>) owner.eGet(owner.eClass().getEStructuralFeature(feature));
    }
}
