package tandem.checks.quickfixchecklist.ivr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import tandem.checks.Finding;
import tandem.checks.Severity;
import tandem.core.model.Channel;
import tandem.core.model.Queue;
import tandem.ivr.model.Disconnect;
import tandem.ivr.model.EntryPoint;
import tandem.ivr.model.HoursCheck;
import tandem.ivr.model.Menu;
import tandem.ivr.model.MenuOption;
import tandem.ivr.model.Message;
import tandem.ivr.model.Route;
import tandem.test.support.checks.CheckOracle;

/** quickfix.ivr-after-hours: callers of a queue with opening hours hear after hours that it is closed. */
class AfterHoursTest {

    private static final String RULE = "quickfix.ivr-after-hours";
    private static final String FIX = "quickfix.ivr-after-hours.insert-hours-check";

    private final IvrPlans plans = new IvrPlans();
    private final CheckOracle oracle = new CheckOracle(plans.set);

    @Test
    void aRouteReachedWithoutAnHoursCheckIsReportedAndTheFixInsertsOneWithAClosedMessage() {
        Queue billing = plans.queue("Billing", Channel.PHONE, "billing");
        billing.setOpeningHours(plans.hours("Billing hours", "monday 08:00 18:00", "tuesday 08:00 18:00",
                "wednesday 08:00 18:00", "thursday 08:00 18:00", "friday 08:00 18:00", "saturday 09:00 13:00"));
        Route toBilling = plans.route("Billing", billing);
        Menu menu = plans.menu("Main menu");
        MenuOption one = plans.option(menu, "1", toBilling);
        plans.onFailure(menu, toBilling, toBilling);
        plans.entry("Main number", menu);
        String before = plans.savedScript();

        List<Finding> findings = oracle.run(RULE);
        assertEquals(1, findings.size(), "one finding per route, however many ways lead to it");
        Finding finding = findings.get(0);
        assertEquals(Severity.WARNING, finding.severity());
        assertEquals("Route 'Billing' puts callers into queue 'Billing' without checking its opening hours first:"
                + " after hours nobody tells them the queue is closed.", finding.message());
        assertSame(toBilling, finding.element());

        assertEquals("Check the opening hours before the route; when closed, say \"We are closed. Our opening hours"
                + " are Monday to Friday 08:00 to 18:00, Saturday 09:00 to 13:00.\"", oracle.apply(finding, FIX));
        HoursCheck check = assertInstanceOf(HoursCheck.class, one.getTarget());
        assertEquals("Billing opening hours", check.getName());
        assertSame(billing, check.getQueue());
        assertSame(toBilling, check.getOpen());
        Message closed = assertInstanceOf(Message.class, check.getClosed());
        assertEquals("We are closed. Our opening hours are Monday to Friday 08:00 to 18:00, Saturday 09:00 to"
                + " 13:00.", closed.getText());
        assertInstanceOf(Disconnect.class, closed.getNext(), "after the message the call ends");
        assertSame(check, menu.getNoMatch().getFinalAction(), "every way into the route goes through the check");
        assertSame(check, menu.getNoInput().getFinalAction());
        assertEquals(5, plans.script.getNodes().size(), "menu, route, hours check, message, goodbye");
        assertTrue(oracle.run(RULE).isEmpty(), "fixed");

        oracle.undo();
        assertEquals(before, plans.savedScript(), "Undo restores the script as it was");
        assertSame(toBilling, one.getTarget());
        assertEquals(1, oracle.run(RULE).size());
    }

    @Test
    void anHoursCheckWhoseClosedBranchSaysNothingIsReportedAndTheFixPutsAMessageInFrontOfIt() {
        Queue billing = plans.queue("Billing", Channel.PHONE, "billing");
        billing.setOpeningHours(plans.officeHours());
        Disconnect goodbye = plans.disconnect("Goodbye");
        HoursCheck office = plans.hoursCheck("Office hours", billing, plans.route("Billing", billing), goodbye);
        plans.entry("Main number", office);
        String before = plans.savedScript();

        Finding finding = oracle.run(RULE).get(0);
        assertEquals("Route 'Billing' is reached through Hours check 'Office hours', whose closed branch plays no"
                + " message: after hours nobody tells callers queue 'Billing' is closed.", finding.message());
        assertEquals("Say \"We are closed. Our opening hours are Monday to Friday 08:00 to 18:00.\" on the closed"
                + " branch of Hours check 'Office hours'", oracle.apply(finding, FIX));
        Message closed = assertInstanceOf(Message.class, office.getClosed());
        assertEquals("Office hours closed", closed.getName());
        assertSame(goodbye, closed.getNext(), "the message plays, then the call goes where it went before");
        assertEquals(4, plans.script.getNodes().size(), "only the message was added");
        assertTrue(oracle.run(RULE).isEmpty());

        oracle.undo();
        assertEquals(before, plans.savedScript());
    }

    @Test
    void anEntryPointStraightIntoTheQueueGetsTheHoursCheckAsItsFirstNode() {
        Queue sales = plans.queue("Sales", Channel.PHONE, "sales");
        sales.setOpeningHours(plans.hours("Weekends", "saturday 10:00 16:00", "sunday 10:00 16:00"));
        Route toSales = plans.route("Sales", sales);
        Disconnect hangUp = plans.disconnect("Hang up");
        EntryPoint entry = plans.entry("Sales line", toSales);

        Finding finding = oracle.run(RULE).get(0);
        assertEquals("Check the opening hours before the route; when closed, say \"We are closed. Our opening hours"
                + " are Saturday and Sunday 10:00 to 16:00.\"", oracle.apply(finding, FIX));
        HoursCheck check = assertInstanceOf(HoursCheck.class, entry.getFirstNode());
        assertSame(hangUp, ((Message) check.getClosed()).getNext(), "the script's disconnect is reused");
        oracle.undo();
        assertSame(toSales, entry.getFirstNode());
    }

    @Test
    void routesBehindAnHoursCheckWithAClosedMessageAndQueuesOpenAroundTheClockPass() {
        Queue billing = plans.queue("Billing", Channel.PHONE, "billing");
        billing.setOpeningHours(plans.officeHours());
        Queue emergencies = plans.queue("Emergencies", Channel.PHONE, "emergency");
        Menu menu = plans.menu("Main menu");
        plans.option(menu, "1", plans.hoursCheck("Office hours", billing, plans.route("Billing", billing),
                plans.message("Closed", "We are closed.", plans.disconnect("Goodbye"))));
        Route toEmergencies = plans.route("Emergencies", emergencies);
        plans.option(menu, "9", toEmergencies);
        plans.onFailure(menu, toEmergencies, toEmergencies);
        plans.entry("Main number", menu);

        assertTrue(oracle.run(RULE).isEmpty(), oracle.run(RULE).toString());
        assertNull(emergencies.getOpeningHours());
    }
}
