package tandem.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.junit.jupiter.api.Test;

import tandem.forecast.methods.SeasonalNaive;
import tandem.staffing.model.StaffingInterval;
import tandem.staffing.model.StaffingPackage;
import tandem.staffing.model.StaffingPlan;
import tandem.staffing.model.plans.StaffingPlans;

/** A forecast fills a staffing plan's baseline and bounds as one undoable command. */
class StaffingBaselinesTest {

    private static final LocalDate MONDAY = MethodsTest.MONDAY;

    /** Four weeks of half hours whose value is the half hour's number (0..47) every day. */
    private static DaySeries halfHours() {
        double[] values = new double[28 * 48];
        for (int i = 0; i < values.length; i++) {
            values[i] = i % 48;
        }
        boolean[] usable = new boolean[28];
        Arrays.fill(usable, true);
        return new DaySeries(MONDAY, 30, values, usable);
    }

    @Test
    void fillsTheBaselineAndBoundsAsOneUndoableCommand() throws ForecastException {
        LocalDate day = MONDAY.plusDays(28);
        QueueForecast forecast = Forecaster.forecast("Billing", halfHours(), day, day, new SeasonalNaive(),
                OpenHours.ALWAYS, DayLift.NONE);
        StaffingPlan plan = StaffingPlans.create("Billing", null, 60, day, day);
        plan.getIntervals().get(10).setBaseline(7);
        BasicCommandStack stack = new BasicCommandStack();
        AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(
                new ComposedAdapterFactory(new ReflectiveItemProviderAdapterFactory()), stack);

        Command command = StaffingBaselines.command(domain, plan, forecast);
        assertEquals("Forecast baseline of 24 intervals", command.getLabel());
        stack.execute(command);
        StaffingInterval ten = plan.getIntervals().get(10);
        assertEquals(20 + 21, ten.getBaseline(), 1e-9, "two half hours summed into the plan's hour");
        assertTrue(ten.getLowerBound() <= 41 && ten.getUpperBound() >= 41, ten.toString());
        assertEquals(1, plan.getIntervals().get(0).getBaseline(), 1e-9);

        stack.undo();
        assertEquals(7, ten.getBaseline(), 1e-9, "one undo restores every interval");
        assertFalse(ten.eIsSet(StaffingPackage.Literals.STAFFING_INTERVAL__UPPER_BOUND));
        assertEquals(0, plan.getIntervals().get(0).getBaseline(), 1e-9);
        assertFalse(stack.canUndo());
    }

    @Test
    void refusesAForecastCoarserThanThePlan() throws ForecastException {
        LocalDate day = MONDAY.plusDays(28);
        QueueForecast forecast = Forecaster.forecast("Billing", halfHours(), day, day, new SeasonalNaive(),
                OpenHours.ALWAYS, DayLift.NONE);
        StaffingPlan plan = StaffingPlans.create("Billing", null, 15, day, day);
        ForecastException e = assertThrows(ForecastException.class, () -> StaffingBaselines.command(
                new AdapterFactoryEditingDomain(new ComposedAdapterFactory(), new BasicCommandStack()), plan,
                forecast));
        assertEquals("the forecast has 30-minute intervals, which do not add up to the plan's 15-minute intervals",
                e.getMessage());
    }

    @Test
    void pastOnlyLiftKeepsTheRangeFree() {
        DayLift lift = StaffingBaselines.pastOnly(d -> 50, MONDAY);
        assertEquals(50, lift.contacts(MONDAY.minusDays(1)));
        assertEquals(0, lift.contacts(MONDAY));
    }
}
