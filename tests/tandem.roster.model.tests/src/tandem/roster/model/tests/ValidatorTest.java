package tandem.roster.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import tandem.core.documents.PlanDocuments;
import tandem.core.model.ContactCenter;
import tandem.core.model.CoreFactory;
import tandem.core.model.Queue;
import tandem.core.validation.ModelValidation;
import tandem.roster.model.ActivityKind;
import tandem.roster.model.Agent;
import tandem.roster.model.Roster;
import tandem.roster.model.RosterFactory;
import tandem.roster.model.Shift;
import tandem.roster.model.ShiftTemplate;
import tandem.roster.model.Skill;
import tandem.roster.model.shifts.BreakPlacement;
import tandem.roster.model.shifts.BreakRules;
import tandem.roster.model.validation.RosterValidator;

/** A roster's invariants, checked through the validator contributed to tandem.core.validators. */
class ValidatorTest {

    private static final RosterFactory F = RosterFactory.eINSTANCE;
    private final ContactCenter center = CoreFactory.eINSTANCE.createContactCenter();
    private final Roster roster = F.createRoster();
    private Queue sales;
    private ShiftTemplate day;
    private Agent ann;

    @BeforeEach
    void aValidRoster() {
        center.setName("Acme");
        sales = CoreFactory.eINSTANCE.createQueue();
        sales.setName("Sales");
        center.getQueues().add(sales);
        roster.setName("Week 10");
        roster.setRules(F.createRosterRules());
        day = F.createShiftTemplate();
        day.setName("Day");
        day.setEarliestStart(LocalTime.of(7, 0));
        day.setLatestStart(LocalTime.of(11, 0));
        day.getLengthsMinutes().add(510);
        day.getBreaks().add(BreakRules.of(ActivityKind.BREAK, 15, 90, 150, true));
        day.getBreaks().add(BreakRules.of(ActivityKind.LUNCH, 30, 210, 270, false));
        day.getBreaks().add(BreakRules.of(ActivityKind.BREAK, 15, 330, 390, true));
        roster.getShiftTemplates().add(day);
        ann = agent("Ann", 30, 40);
        ResourceSet set = PlanDocuments.createResourceSet();
        set.createResource(URI.createURI("memory:/acme.center")).getContents().add(center);
        set.createResource(URI.createURI("memory:/week10.roster")).getContents().add(roster);
    }


    private Agent agent(String name, double min, double max) {
        Agent agent = F.createAgent();
        agent.setName(name);
        agent.setMinHoursPerWeek(min);
        agent.setMaxHoursPerWeek(max);
        Skill skill = F.createSkill();
        skill.setQueue(sales);
        agent.getSkills().add(skill);
        roster.getAgents().add(agent);
        return agent;
    }

    @Test
    void aValidRosterHasNoFindings() {
        Diagnostic result = ModelValidation.validate(roster);
        assertEquals(Diagnostic.OK, result.getSeverity(), String.valueOf(result.getChildren()));
    }

    @Test
    void aSkillMustNameAQueue() {
        Skill skill = F.createSkill();
        ann.getSkills().add(skill);
        assertFinding(RosterValidator.SKILL_QUEUE, skill, "agent 'Ann': skill 2 names no queue");
        ann.getSkills().clear();
        assertFinding(RosterValidator.SKILL_QUEUE, ann, "agent 'Ann' has no skills; name the queues it can take");
    }

    @Test
    void aSkillMustNameAQueueOfTheSetup() {
        Queue gone = tandem.core.model.CoreFactory.eINSTANCE.createQueue();
        ((org.eclipse.emf.ecore.InternalEObject) gone).eSetProxyURI(
                org.eclipse.emf.common.util.URI.createURI("old.center#queue-1"));
        Skill skill = F.createSkill();
        skill.setQueue(gone);
        ann.getSkills().add(skill);
        assertFinding(RosterValidator.SKILL_QUEUE, skill, "agent 'Ann': skill 2 names a queue that is not in the"
                + " project's contact-center setup (old.center#queue-1)");
    }

    @Test
    void anAgentIsNamedOnce() {
        Agent twin = agent("ann ", 0, 20);
        assertFinding(RosterValidator.DUPLICATE_AGENT, twin,
                "agent 'ann ' (agent 2) is named twice: agent 1 has the same name");
        twin.setName("Anna");
        assertNoFinding(RosterValidator.DUPLICATE_AGENT);
    }

    @Test
    void aTemplateMustFitItsBreaks() {
        day.getLengthsMinutes().set(0, 300);
        assertFinding(RosterValidator.TEMPLATE, day, "template 'Day' cannot fit its breaks (break 15 min at "
                + "90-150 min, lunch 30 min at 210-270 min, break 15 min at 330-390 min) in a shift of 300 minutes");
        assertNull(BreakPlacement.place(day, 300, 0));
        day.getLengthsMinutes().set(0, 345);
        assertNoFinding(RosterValidator.TEMPLATE);
    }

    @Test
    void overlappingBreakWindowsPlaceOneAfterTheOther() {
        day.getBreaks().get(1).setEarliestAfterMinutes(100);
        day.getBreaks().get(1).setLatestAfterMinutes(110);
        // break at 90-105, so the lunch starts at 105 and the last break at 330
        List<BreakPlacement.PlacedBreak> placed = BreakPlacement.place(day, 510, 0);
        assertEquals(List.of(90, 105, 330), placed.stream().map(BreakPlacement.PlacedBreak::offsetMinutes).toList());
        day.getBreaks().get(1).setLatestAfterMinutes(104);
        assertFinding(RosterValidator.TEMPLATE, day, "template 'Day' cannot fit its breaks (break 15 min at "
                + "90-150 min, lunch 30 min at 100-104 min, break 15 min at 330-390 min) in a shift of 510 minutes");
    }

    @Test
    void aContractMustBeReachable() {
        ann.setMaxDaysPerWeek(3);
        ann.setMinHoursPerWeek(30);
        // 3 days of 480 paid minutes (510 less the unpaid lunch) are 24 hours
        assertFinding(RosterValidator.CONTRACT, ann,
                "agent 'Ann' must work at least 30 h a week, but 3 days of at most 8 h paid give only 24 h");
        ann.setMaxDaysPerWeek(4);
        assertNoFinding(RosterValidator.CONTRACT);
        ann.setEarliestStart(LocalTime.of(12, 0));
        assertFinding(RosterValidator.CONTRACT, ann,
                "agent 'Ann' cannot work any shift template between 12:00 and any time");
    }

    @Test
    void coverageIsCountedInQuarterHalfOrWholeHours() {
        roster.setIntervalMinutes(20);
        assertFinding(RosterValidator.INTERVAL, roster,
                "coverage is counted in intervals of 20 minutes; use 15, 30 or 60");
        roster.setIntervalMinutes(30);
        assertNoFinding(RosterValidator.INTERVAL);
    }

    @Test
    void oneShiftPerAgentAndDay() {
        Shift first = shift(LocalDateTime.of(2027, 3, 1, 8, 0));
        Shift second = shift(LocalDateTime.of(2027, 3, 1, 17, 0));
        assertNoFinding(RosterValidator.DUPLICATE_AGENT);
        assertFinding(RosterValidator.SHIFT, second,
                "agent 'Ann' has two shifts on 2027-03-01 (at 08:00 and 17:00); one shift per day");
        second.setStart(LocalDateTime.of(2027, 3, 2, 8, 0));
        assertNoFinding(RosterValidator.SHIFT);
        assertTrue(first.getActivities().isEmpty());
    }

    private Shift shift(LocalDateTime start) {
        Shift shift = F.createShift();
        shift.setAgent(ann);
        shift.setStart(start);
        shift.setLengthMinutes(510);
        shift.setQueue(sales);
        roster.getShifts().add(shift);
        return shift;
    }

    private void assertFinding(int code, EObject element, String message) {
        List<Diagnostic> found = findings(code);
        assertEquals(1, found.size(), String.valueOf(found));
        assertEquals(Diagnostic.ERROR, found.get(0).getSeverity());
        assertEquals(message, found.get(0).getMessage());
        assertSame(element, found.get(0).getData().get(0));
    }

    private void assertNoFinding(int code) {
        assertEquals(List.of(), findings(code));
    }

    private List<Diagnostic> findings(int code) {
        return ModelValidation.validate(roster).getChildren().stream()
                .flatMap(d -> d.getChildren().isEmpty() ? java.util.stream.Stream.of(d) : d.getChildren().stream())
                .filter(d -> RosterValidator.SOURCE.equals(d.getSource()) && d.getCode() == code).toList();
    }
}
