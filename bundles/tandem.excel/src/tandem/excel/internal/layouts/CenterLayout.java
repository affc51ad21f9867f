package tandem.excel.internal.layouts;

import tandem.core.model.CorePackage;
import tandem.excel.WorkbookLayout;
import tandem.excel.WorkbookLayoutProvider;

/** Contact-center setup (.center): queues, opening hours with their weekly hours and exceptions, teams. */
public final class CenterLayout implements WorkbookLayoutProvider {

    @Override
    public WorkbookLayout layout() {
        CorePackage p = CorePackage.eINSTANCE;
        return WorkbookLayout.builder(p.getContactCenter(), "center", "Center")
                .documentName("contact-center setup")
                .sheet("Queues", p.getContactCenter_Queues(), s -> s.required("name"))
                .sheet("Opening hours", p.getContactCenter_OpeningHours(), s -> s.required("name"))
                .sheet("Weekly hours", p.getOpeningHours_WeeklyHours(), s -> s.required("day", "opens", "closes")
                        .key("day", "opens"))
                .sheet("Hours exceptions", p.getOpeningHours_Exceptions(), s -> s.required("date").key("date"))
                .sheet("Teams", p.getContactCenter_Teams(), s -> s.required("name"))
                .build();
    }
}
