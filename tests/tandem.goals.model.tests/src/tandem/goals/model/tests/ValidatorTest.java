package tandem.goals.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.Test;

import tandem.core.validation.ModelValidation;
import tandem.goals.model.Goal;
import tandem.goals.model.GoalSet;
import tandem.goals.model.GoalsFactory;
import tandem.goals.model.Reading;
import tandem.goals.model.validation.GoalsValidator;

/** The plain invariants of a goal set, through the validator contributed to tandem.core.validators. */
class ValidatorTest {

    private final GoalSet set = GoalsFactory.eINSTANCE.createGoalSet();
    private final Goal goal = GoalsFactory.eINSTANCE.createGoal();

    ValidatorTest() {
        set.setName("Service goals 2026");
        goal.setName("Billing FCR");
        goal.setStartDate(LocalDate.of(2026, 1, 1));
        goal.setDeadline(LocalDate.of(2026, 7, 1));
        set.getGoals().add(goal);
    }

    private List<Diagnostic> findings() {
        return ModelValidation.validate(set).getChildren().stream()
                .filter(d -> GoalsValidator.SOURCE.equals(d.getSource())).toList();
    }

    @Test
    void aGoalWithDatedReadingsAndADeadlineAfterItsStartIsValid() {
        Goals.reading(goal, LocalDate.of(2026, 2, 1), 72);
        assertEquals(Diagnostic.OK, ModelValidation.validate(set).getSeverity());
    }

    @Test
    void everyReadingHasADate() {
        Reading undated = Goals.reading(goal, null, 72.5);
        List<Diagnostic> findings = findings();
        assertEquals(1, findings.size());
        assertEquals(GoalsValidator.READING_DATE, findings.get(0).getCode());
        assertEquals(Diagnostic.ERROR, findings.get(0).getSeverity());
        assertEquals("has no date; a reading of 72.5 cannot be placed on the progress line without one",
                findings.get(0).getMessage());
        assertSame(undated, findings.get(0).getData().get(0));
    }

    @Test
    void theDeadlineComesAfterTheStart() {
        goal.setDeadline(LocalDate.of(2026, 1, 1));
        List<Diagnostic> findings = findings();
        assertEquals(1, findings.size());
        assertEquals(GoalsValidator.DEADLINE_AFTER_START, findings.get(0).getCode());
        assertEquals("deadline 2026-01-01 is not after the start date 2026-01-01", findings.get(0).getMessage());
        assertSame(goal, findings.get(0).getData().get(0));
    }
}
