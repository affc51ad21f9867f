package tandem.samples.internal;

import static tandem.samples.internal.SampleIds.named;

import java.time.LocalDate;
import java.time.LocalTime;

import tandem.core.model.Channel;
import tandem.core.model.ContactCenter;
import tandem.core.model.CoreFactory;
import tandem.core.model.HoursException;
import tandem.core.model.OpeningHours;
import tandem.core.model.Queue;
import tandem.core.model.Team;
import tandem.core.model.Weekday;
import tandem.core.model.WeeklyHours;

/**
 * The contact-center setup of the example: Meadowlark Mobile, a mobile network with four queues on phone, chat
 * and email, open weekdays 08:00-20:00 and Saturdays 09:00-14:00 (New York time), closed on the public holidays
 * of 2026 (the year of contact history) and 2027.
 */
final class MeadowlarkSetup {

    static final String TIME_ZONE = "America/New_York";

    final ContactCenter center;
    final OpeningHours hours;
    final Queue sales;
    final Queue general;
    final Queue technicalSupport;
    final Queue billing;

    MeadowlarkSetup() {
        CoreFactory factory = CoreFactory.eINSTANCE;
        center = named(factory.createContactCenter(), "meadowlark", "Meadowlark Mobile");
        center.setOrganisation("Meadowlark Mobile Inc.");
        center.setTimeZone(TIME_ZONE);
        center.setDescription("The contact center of a mobile network: sales, general enquiries, technical support"
                + " and billing, on phone, chat and email.");

        hours = named(factory.createOpeningHours(), "standard", "Standard hours");
        hours.setTimeZone(TIME_ZONE);
        for (Weekday day : new Weekday[] { Weekday.MONDAY, Weekday.TUESDAY, Weekday.WEDNESDAY, Weekday.THURSDAY,
                Weekday.FRIDAY }) {
            hours.getWeeklyHours().add(slot(day, 8, 20));
        }
        hours.getWeeklyHours().add(slot(Weekday.SATURDAY, 9, 14));
        hours.getExceptions().add(holiday(LocalDate.of(2026, 1, 1), "New Year's Day 2026"));
        hours.getExceptions().add(holiday(LocalDate.of(2026, 5, 25), "Memorial Day 2026"));
        hours.getExceptions().add(holiday(LocalDate.of(2026, 7, 3), "Independence Day 2026 (observed)"));
        hours.getExceptions().add(holiday(LocalDate.of(2026, 9, 7), "Labor Day 2026"));
        hours.getExceptions().add(holiday(LocalDate.of(2026, 11, 26), "Thanksgiving 2026"));
        hours.getExceptions().add(holiday(LocalDate.of(2026, 12, 25), "Christmas Day 2026"));
        hours.getExceptions().add(holiday(LocalDate.of(2027, 1, 1), "New Year's Day"));
        hours.getExceptions().add(holiday(LocalDate.of(2027, 5, 31), "Memorial Day"));
        hours.getExceptions().add(holiday(LocalDate.of(2027, 7, 5), "Independence Day (observed)"));
        hours.getExceptions().add(holiday(LocalDate.of(2027, 9, 6), "Labor Day"));
        hours.getExceptions().add(holiday(LocalDate.of(2027, 11, 25), "Thanksgiving"));
        hours.getExceptions().add(holiday(LocalDate.of(2027, 12, 24), "Christmas (observed)"));
        center.getOpeningHours().add(hours);

        sales = queue("sales", "Sales", Channel.PHONE, "sales");
        general = queue("general", "General", Channel.PHONE, "general");
        technicalSupport = queue("technical-support", "Technical Support", Channel.CHAT, "technical");
        billing = queue("billing", "Billing", Channel.EMAIL, "billing");

        team("sales", "Sales team", 60, "Dana Whitfield", sales);
        team("customer-care", "Customer care", 80, "Marcus Lee", general, billing);
        team("tech-support", "Tech support", 40, "Ana Souza", technicalSupport);
    }

    private Queue queue(String slug, String name, Channel channel, String skill) {
        Queue queue = named(CoreFactory.eINSTANCE.createQueue(), slug, name);
        queue.setChannel(channel);
        queue.setLanguage("en");
        queue.setSkill(skill);
        queue.setOpeningHours(hours);
        center.getQueues().add(queue);
        return queue;
    }

    private void team(String slug, String name, int headcount, String lead, Queue... queues) {
        Team team = named(CoreFactory.eINSTANCE.createTeam(), slug, name);
        team.setHeadcount(headcount);
        team.setLead(lead);
        for (Queue queue : queues) {
            team.getQueues().add(queue);
        }
        center.getTeams().add(team);
    }

    private static WeeklyHours slot(Weekday day, int opens, int closes) {
        WeeklyHours slot = CoreFactory.eINSTANCE.createWeeklyHours();
        slot.setDay(day);
        slot.setOpens(LocalTime.of(opens, 0));
        slot.setCloses(LocalTime.of(closes, 0));
        return slot;
    }

    private static HoursException holiday(LocalDate date, String name) {
        HoursException holiday = CoreFactory.eINSTANCE.createHoursException();
        holiday.setDate(date);
        holiday.setName(name);
        holiday.setClosed(true);
        return holiday;
    }
}
