package tandem.checks.alignment;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.URI;

import tandem.core.documents.Ids;
import tandem.core.model.Channel;
import tandem.core.model.ContactCenter;
import tandem.core.model.CoreFactory;
import tandem.core.model.OpeningHours;
import tandem.core.model.Queue;
import tandem.core.model.WeeklyHours;
import tandem.core.model.Weekday;
import tandem.staffing.model.StaffingInterval;
import tandem.staffing.model.StaffingPlan;
import tandem.staffing.model.plans.StaffingPlans;

/**
 * Staffing plans for the oracle tests, beside the campaign calendar of {@link Plans}: a setup (acme.center) whose
 * phone queue Billing is open on Wednesdays and Thursdays from 08:00 to 10:00, and half-hourly plans of that queue
 * (billing.staffing) linking the calendar, with the textbook settings and 60 calls in each open half hour.
 */
final class StaffingData {

    /** The open half hours of a day. */
    static final List<LocalTime> OPEN = List.of(LocalTime.of(8, 0), LocalTime.of(8, 30), LocalTime.of(9, 0),
            LocalTime.of(9, 30));

    final Plans plans = new Plans();
    final ContactCenter center = CoreFactory.eINSTANCE.createContactCenter();
    final Queue billing = CoreFactory.eINSTANCE.createQueue();

    StaffingData() {
        center.setName("Acme");
        plans.set.createResource(URI.createFileURI("/plans/acme.center")).getContents().add(center);
        OpeningHours hours = CoreFactory.eINSTANCE.createOpeningHours();
        hours.setName("Mornings");
        for (Weekday day : List.of(Weekday.WEDNESDAY, Weekday.THURSDAY)) {
            WeeklyHours weekly = CoreFactory.eINSTANCE.createWeeklyHours();
            weekly.setDay(day);
            weekly.setOpens(LocalTime.of(8, 0));
            weekly.setCloses(LocalTime.of(10, 0));
            hours.getWeeklyHours().add(weekly);
        }
        center.getOpeningHours().add(hours);
        billing.setName("Billing");
        billing.setChannel(Channel.PHONE);
        billing.setOpeningHours(hours);
        center.getQueues().add(billing);
        Ids.assignMissing(center.eResource());
    }

    /** 80% in 20 s, occupancy cap 85%, shrinkage 30%, AHT 180 s; 60 calls in each open half hour. */
    StaffingPlan billingPlan(LocalDate from, LocalDate to) {
        StaffingPlan plan = StaffingPlans.create("Billing 2027", billing, 30, from, to);
        plan.setServiceLevelShare(0.8);
        plan.setAnswerWithinSeconds(20);
        plan.setOccupancyCap(0.85);
        plan.setShrinkage(0.3);
        plan.setAhtSeconds(180);
        plan.getCampaignCalendars().add(plans.calendar);
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            for (LocalTime time : OPEN) {
                row(plan, day.atTime(time)).setBaseline(60);
            }
        }
        Ids.assignIfMissing(plan);
        plans.set.createResource(URI.createFileURI("/plans/billing.staffing")).getContents().add(plan);
        return plan;
    }

    StaffingInterval row(StaffingPlan plan, LocalDateTime start) {
        return plan.getIntervals().get(StaffingPlans.firstIndexAtOrAfter(plan, start));
    }

    /** Schedules heads for the open half hours of a day. */
    void schedule(StaffingPlan plan, LocalDate day, int... heads) {
        for (int i = 0; i < heads.length; i++) {
            row(plan, day.atTime(OPEN.get(i))).setScheduled(heads[i]);
        }
    }

    /** The heads scheduled in the open half hours of a day. */
    List<Integer> scheduled(StaffingPlan plan, LocalDate day) {
        List<Integer> heads = new ArrayList<>();
        for (LocalTime time : OPEN) {
            heads.add(row(plan, day.atTime(time)).getScheduled());
        }
        return heads;
    }

    /** The plan as it would be saved, to compare it before a fix and after its Undo. */
    String saved(StaffingPlan plan) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            plan.eResource().save(out, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
