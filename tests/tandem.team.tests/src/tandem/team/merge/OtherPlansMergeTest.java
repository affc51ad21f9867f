package tandem.team.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tandem.core.model.ContactCenter;
import tandem.core.model.CoreFactory;
import tandem.core.model.OpeningHours;
import tandem.core.model.Weekday;
import tandem.core.model.WeeklyHours;
import tandem.goals.model.Goal;
import tandem.goals.model.GoalSet;
import tandem.goals.model.GoalsFactory;
import tandem.goals.model.Reading;
import tandem.ivr.model.IvrFactory;
import tandem.ivr.model.IvrScript;
import tandem.ivr.model.Menu;
import tandem.ivr.model.MenuOption;
import tandem.ivr.model.Message;
import tandem.staffing.model.StaffingFactory;
import tandem.staffing.model.StaffingInterval;
import tandem.staffing.model.StaffingPlan;
import tandem.team.merge.Conflict.Kind;
import tandem.training.model.Course;
import tandem.training.model.Session;
import tandem.training.model.TrainingFactory;
import tandem.training.model.TrainingPlan;

/** Staffing plans, IVR scripts, training plans, goals and the setup merge by element, like calendars. */
class OtherPlansMergeTest {

    private static final LocalDateTime MONDAY = LocalDateTime.of(2027, 3, 15, 8, 0);

    @TempDir
    Path folder;

    private Versions staffing() throws Exception {
        StaffingPlan plan = StaffingFactory.eINSTANCE.createStaffingPlan();
        plan.setName("Sales");
        plan.setIntervalMinutes(15);
        for (int i = 0; i < 16; i++) {
            StaffingInterval interval = StaffingFactory.eINSTANCE.createStaffingInterval();
            interval.setStart(MONDAY.plusMinutes(15L * i));
            interval.setBaseline(100 + i);
            interval.setScheduled(10);
            plan.getIntervals().add(interval);
        }
        return Versions.of(folder, "sales.staffing", plan);
    }

    private static StaffingInterval at(StaffingPlan plan, int hour, int minute) {
        LocalDateTime start = MONDAY.withHour(hour).withMinute(minute);
        return plan.getIntervals().stream().filter(i -> start.equals(i.getStart())).findFirst().orElse(null);
    }

    @Test
    void staffingIntervalsMergeByStartNotByPosition() throws Exception {
        Versions v = staffing();
        at(v.ours(), 9, 0).setBaseline(180);
        StaffingPlan theirs = v.theirs();
        theirs.getIntervals().remove(at(theirs, 10, 0));
        StaffingInterval early = StaffingFactory.eINSTANCE.createStaffingInterval();
        early.setStart(MONDAY.minusMinutes(15));
        early.setScheduled(2);
        theirs.getIntervals().add(0, early);
        at(theirs, 11, 0).setScheduled(14);
        at(theirs, 9, 0).setScheduled(12);

        MergeResult result = v.merge();

        assertTrue(result.clean(), () -> result.conflicts().toString());
        StaffingPlan merged = v.savedAndReloaded(folder);
        assertEquals(16, merged.getIntervals().size());
        assertEquals(MONDAY.minusMinutes(15), merged.getIntervals().get(0).getStart());
        assertEquals(180, at(merged, 9, 0).getBaseline());
        assertEquals(12, at(merged, 9, 0).getScheduled());
        assertEquals(14, at(merged, 11, 0).getScheduled());
        assertEquals(null, at(merged, 10, 0));
    }

    @Test
    void theSameIntervalStaffedDifferentlyIsOneConflictNamingItsStart() throws Exception {
        Versions v = staffing();
        at(v.ours(), 9, 30).setScheduled(11);
        at(v.theirs(), 9, 30).setScheduled(13);

        MergeResult result = v.merge();

        assertEquals(1, result.conflicts().size());
        Conflict conflict = result.conflicts().get(0);
        assertEquals("scheduled", conflict.feature());
        assertEquals("Staffing plan 'Sales' / Staffing interval 2027-03-15 09:30", conflict.element());
        assertEquals(List.of("10", "11", "13"), List.of(conflict.base(), conflict.ours(), conflict.theirs()));
        assertEquals(11, at(v.ours(), 9, 30).getScheduled());
    }

    @Test
    void aMenuOptionPointedAtANodeTheyAddedPointsAtItInTheMergedScript() throws Exception {
        IvrScript script = IvrFactory.eINSTANCE.createIvrScript();
        script.setName("Main line");
        Menu menu = IvrFactory.eINSTANCE.createMenu();
        menu.setName("Main menu");
        Message goodbye = IvrFactory.eINSTANCE.createMessage();
        goodbye.setName("Goodbye");
        script.getNodes().add(menu);
        script.getNodes().add(goodbye);
        for (String key : List.of("1", "2")) {
            MenuOption option = IvrFactory.eINSTANCE.createMenuOption();
            option.setKey(key);
            option.setTarget(goodbye);
            menu.getOptions().add(option);
        }
        Versions v = Versions.of(folder, "main.ivr", script);
        IvrScript theirs = v.theirs();
        Message offers = IvrFactory.eINSTANCE.createMessage();
        offers.setName("Spring offers");
        theirs.getNodes().add(offers);
        ((Menu) theirs.getNodes().get(0)).getOptions().get(0).setTarget(offers);
        ((Menu) ((IvrScript) v.ours()).getNodes().get(0)).getOptions().get(1).setPhrases("billing");

        MergeResult result = v.merge();

        assertTrue(result.clean(), () -> result.conflicts().toString());
        IvrScript merged = v.ours();
        Menu mergedMenu = (Menu) merged.getNodes().get(0);
        assertEquals(3, merged.getNodes().size());
        assertSame(merged.getNodes().get(2), mergedMenu.getOptions().get(0).getTarget());
        assertEquals("billing", mergedMenu.getOptions().get(1).getPhrases());
        IvrScript reloaded = v.savedAndReloaded(folder);
        assertEquals("Spring offers",
                ((Menu) reloaded.getNodes().get(0)).getOptions().get(0).getTarget().getName());
    }

    @Test
    void trainingSessionsAddedOnBothSidesAreAllKept() throws Exception {
        TrainingPlan plan = TrainingFactory.eINSTANCE.createTrainingPlan();
        Course course = TrainingFactory.eINSTANCE.createCourse();
        course.setName("Spring offers");
        course.setDurationMinutes(60);
        plan.getCourses().add(course);
        Versions v = Versions.of(folder, "spring.training", plan);
        ((TrainingPlan) v.ours()).getCourses().get(0).getSessions().add(session(LocalDate.of(2027, 3, 1)));
        ((TrainingPlan) v.theirs()).getCourses().get(0).getSessions().add(session(LocalDate.of(2027, 3, 2)));
        ((TrainingPlan) v.theirs()).getCourses().get(0).setDurationMinutes(90);

        assertTrue(v.merge().clean());
        Course merged = ((TrainingPlan) v.savedAndReloaded(folder)).getCourses().get(0);
        assertEquals(90, merged.getDurationMinutes());
        assertEquals(List.of(LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 2)),
                merged.getSessions().stream().map(Session::getDate).collect(Collectors.toList()));
    }

    private static Session session(LocalDate date) {
        Session session = TrainingFactory.eINSTANCE.createSession();
        session.setDate(date);
        session.setTrainer("Kim");
        return session;
    }

    @Test
    void goalReadingsMergeByDate() throws Exception {
        GoalSet goals = GoalsFactory.eINSTANCE.createGoalSet();
        Goal goal = GoalsFactory.eINSTANCE.createGoal();
        goal.setName("Service level");
        goal.getReadings().add(reading(LocalDate.of(2027, 1, 1), 0.7));
        goals.getGoals().add(goal);
        Versions v = Versions.of(folder, "service.goals", goals);
        ((GoalSet) v.ours()).getGoals().get(0).getReadings().add(reading(LocalDate.of(2027, 2, 1), 0.75));
        ((GoalSet) v.theirs()).getGoals().get(0).getReadings().add(reading(LocalDate.of(2027, 3, 1), 0.8));
        ((GoalSet) v.ours()).getGoals().get(0).getReadings().add(reading(LocalDate.of(2027, 4, 1), 0.81));
        ((GoalSet) v.theirs()).getGoals().get(0).getReadings().add(reading(LocalDate.of(2027, 4, 1), 0.82));

        MergeResult result = v.merge();

        assertEquals(1, result.conflicts().size());
        assertEquals(Kind.BOTH_CHANGED, result.conflicts().get(0).kind());
        assertEquals("value", result.conflicts().get(0).feature());
        assertEquals(List.of(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 2, 1), LocalDate.of(2027, 3, 1),
                LocalDate.of(2027, 4, 1)),
                ((GoalSet) v.ours()).getGoals().get(0).getReadings().stream().map(Reading::getDate)
                        .collect(Collectors.toList()));
    }

    private static Reading reading(LocalDate date, double value) {
        Reading reading = GoalsFactory.eINSTANCE.createReading();
        reading.setDate(date);
        reading.setValue(value);
        return reading;
    }

    @Test
    void openingHoursMergeByWeekday() throws Exception {
        ContactCenter center = CoreFactory.eINSTANCE.createContactCenter();
        OpeningHours hours = CoreFactory.eINSTANCE.createOpeningHours();
        hours.setName("Office");
        for (Weekday day : List.of(Weekday.MONDAY, Weekday.TUESDAY)) {
            WeeklyHours weekly = CoreFactory.eINSTANCE.createWeeklyHours();
            weekly.setDay(day);
            hours.getWeeklyHours().add(weekly);
        }
        center.getOpeningHours().add(hours);
        Versions v = Versions.of(folder, "setup.center", center);
        OpeningHours ours = ((ContactCenter) v.ours()).getOpeningHours().get(0);
        ours.getWeeklyHours().remove(0);
        OpeningHours theirs = ((ContactCenter) v.theirs()).getOpeningHours().get(0);
        WeeklyHours saturday = CoreFactory.eINSTANCE.createWeeklyHours();
        saturday.setDay(Weekday.SATURDAY);
        theirs.getWeeklyHours().add(saturday);

        assertTrue(v.merge().clean());
        assertEquals(List.of(Weekday.TUESDAY, Weekday.SATURDAY),
                ours.getWeeklyHours().stream().map(WeeklyHours::getDay).collect(Collectors.toList()));
    }
}
