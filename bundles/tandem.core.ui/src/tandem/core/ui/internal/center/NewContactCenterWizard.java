package tandem.core.ui.internal.center;

import java.time.LocalTime;
import java.time.ZoneId;

import org.eclipse.emf.ecore.EObject;

import tandem.core.model.ContactCenter;
import tandem.core.model.CoreFactory;
import tandem.core.model.OpeningHours;
import tandem.core.model.WeeklyHours;
import tandem.core.model.Weekday;
import tandem.core.ui.wizards.NewPlanWizard;

/** File &gt; New &gt; Contact-Center Setup: a setup with business hours to start from. */
public class NewContactCenterWizard extends NewPlanWizard {

    @Override
    protected String typeName() {
        return "Contact-Center Setup";
    }

    @Override
    protected String fileExtension() {
        return "center";
    }

    @Override
    protected EObject createRoot(String name) {
        return newContactCenter(name);
    }

    /** A setup named {@code name} with Monday-to-Friday 08:00-18:00 business hours in this computer's time zone. */
    static ContactCenter newContactCenter(String name) {
        CoreFactory factory = CoreFactory.eINSTANCE;
        ContactCenter center = factory.createContactCenter();
        center.setName(name);
        center.setTimeZone(ZoneId.systemDefault().getId());
        OpeningHours business = factory.createOpeningHours();
        business.setName("Business hours");
        business.setTimeZone(center.getTimeZone());
        for (Weekday day : new Weekday[] { Weekday.MONDAY, Weekday.TUESDAY, Weekday.WEDNESDAY, Weekday.THURSDAY,
                Weekday.FRIDAY }) {
            WeeklyHours slot = factory.createWeeklyHours();
            slot.setDay(day);
            slot.setOpens(LocalTime.of(8, 0));
            slot.setCloses(LocalTime.of(18, 0));
            business.getWeeklyHours().add(slot);
        }
        center.getOpeningHours().add(business);
        return center;
    }
}
