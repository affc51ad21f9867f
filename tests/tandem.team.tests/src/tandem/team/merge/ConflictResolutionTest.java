package tandem.team.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tandem.campaign.model.Campaign;
import tandem.campaign.model.CampaignCalendar;
import tandem.campaign.model.CampaignFactory;
import tandem.campaign.model.Drop;
import tandem.ivr.model.IvrFactory;
import tandem.ivr.model.IvrScript;
import tandem.ivr.model.Menu;
import tandem.ivr.model.MenuOption;
import tandem.ivr.model.Message;
import tandem.staffing.model.StaffingFactory;
import tandem.staffing.model.StaffingInterval;
import tandem.staffing.model.StaffingPlan;
import tandem.team.merge.Conflict.Kind;
import tandem.team.merge.ConflictResolution.Side;

/** Picking a side per conflict changes exactly that conflict's feature, element or order in the merged plan. */
class ConflictResolutionTest {

    @TempDir
    Path folder;

    private Versions calendar() throws Exception {
        CampaignCalendar calendar = CampaignFactory.eINSTANCE.createCampaignCalendar();
        calendar.setName("Spring 2027");
        for (String name : List.of("Alpha", "Bravo", "Charlie")) {
            Campaign campaign = CampaignFactory.eINSTANCE.createCampaign();
            campaign.setName(name);
            campaign.setStartDate(LocalDate.of(2027, 3, 15));
            campaign.setOwner("Marketing");
            Drop drop = CampaignFactory.eINSTANCE.createDrop();
            drop.setName(name + " email");
            campaign.getDrops().add(drop);
            calendar.getCampaigns().add(campaign);
        }
        return Versions.of(folder, "spring.campaigns", calendar);
    }

    private static Campaign campaign(CampaignCalendar calendar, String name) {
        return calendar.getCampaigns().stream().filter(c -> name.equals(c.getName())).findFirst().orElse(null);
    }

    private static List<String> names(CampaignCalendar calendar) {
        return calendar.getCampaigns().stream().map(Campaign::getName).collect(Collectors.toList());
    }

    @Test
    void takingTheirsPerAttributeChangesOnlyThatAttribute() throws Exception {
        Versions v = calendar();
        campaign(v.ours(), "Alpha").setStartDate(LocalDate.of(2027, 3, 22));
        campaign(v.ours(), "Alpha").setOwner("Sales");
        campaign(v.theirs(), "Alpha").setStartDate(LocalDate.of(2027, 3, 29));
        campaign(v.theirs(), "Alpha").setOwner("Brand team");
        MergeResult result = v.merge();
        assertEquals(2, result.conflicts().size(), () -> result.conflicts().toString());
        Conflict start = result.conflicts().stream().filter(c -> c.feature().equals("startDate")).findFirst()
                .orElseThrow();
        Conflict owner = result.conflicts().stream().filter(c -> c.feature().equals("owner")).findFirst()
                .orElseThrow();

        ConflictResolution.take(v.ours, v.theirs, start, Side.THEIRS);
        ConflictResolution.take(v.ours, v.theirs, owner, Side.MINE);

        CampaignCalendar merged = v.savedAndReloaded(folder);
        assertEquals(LocalDate.of(2027, 3, 29), campaign(merged, "Alpha").getStartDate());
        assertEquals("Sales", campaign(merged, "Alpha").getOwner());
    }

    @Test
    void takingTheirsForAnElementTheyDeletedDeletesIt() throws Exception {
        Versions v = calendar();
        campaign(v.ours(), "Bravo").setOwner("Sales");
        ((CampaignCalendar) v.theirs()).getCampaigns().remove(campaign(v.theirs(), "Bravo"));
        MergeResult result = v.merge();
        assertEquals(Kind.DELETED_BY_THEM_CHANGED_BY_US, result.conflicts().get(0).kind());

        ConflictResolution.take(v.ours, v.theirs, result.conflicts().get(0), Side.THEIRS);

        assertEquals(List.of("Alpha", "Charlie"), names(v.savedAndReloaded(folder)));
    }

    @Test
    void takingTheirsForAnElementWeDeletedRestoresTheirsInItsPlace() throws Exception {
        Versions v = calendar();
        ((CampaignCalendar) v.ours()).getCampaigns().remove(campaign(v.ours(), "Bravo"));
        campaign(v.theirs(), "Bravo").setOwner("Brand team");
        MergeResult result = v.merge();
        assertEquals(Kind.DELETED_BY_US_CHANGED_BY_THEM, result.conflicts().get(0).kind());

        ConflictResolution.take(v.ours, v.theirs, result.conflicts().get(0), Side.THEIRS);

        CampaignCalendar merged = v.savedAndReloaded(folder);
        assertEquals(List.of("Alpha", "Bravo", "Charlie"), names(merged));
        assertEquals("Brand team", campaign(merged, "Bravo").getOwner());
        assertEquals("Bravo email", campaign(merged, "Bravo").getDrops().get(0).getName());
    }

    @Test
    void takingTheirOrderReordersTheList() throws Exception {
        Versions v = calendar();
        CampaignCalendar ours = v.ours();
        ours.getCampaigns().move(0, campaign(ours, "Bravo"));
        CampaignCalendar theirs = v.theirs();
        theirs.getCampaigns().move(0, campaign(theirs, "Charlie"));
        MergeResult result = v.merge();
        assertEquals(Kind.ORDER, result.conflicts().get(0).kind());

        ConflictResolution.take(v.ours, v.theirs, result.conflicts().get(0), Side.THEIRS);

        assertEquals(List.of("Charlie", "Alpha", "Bravo"), names(v.savedAndReloaded(folder)));
    }

    @Test
    void anIntervalWithoutIdIsFoundByItsStart() throws Exception {
        StaffingPlan plan = StaffingFactory.eINSTANCE.createStaffingPlan();
        plan.setName("Sales");
        LocalDateTime monday = LocalDateTime.of(2027, 3, 15, 8, 0);
        for (int i = 0; i < 8; i++) {
            StaffingInterval interval = StaffingFactory.eINSTANCE.createStaffingInterval();
            interval.setStart(monday.plusMinutes(15L * i));
            interval.setScheduled(10);
            plan.getIntervals().add(interval);
        }
        Versions v = Versions.of(folder, "sales.staffing", plan);
        ((StaffingPlan) v.ours()).getIntervals().get(3).setScheduled(11);
        ((StaffingPlan) v.theirs()).getIntervals().get(3).setScheduled(13);
        ((StaffingPlan) v.theirs()).getIntervals().get(5).setScheduled(14);
        // they also removed the first interval, so positions differ between the sides
        ((StaffingPlan) v.theirs()).getIntervals().remove(0);
        MergeResult result = v.merge();
        assertEquals(1, result.conflicts().size(), () -> result.conflicts().toString());

        ConflictResolution.take(v.ours, v.theirs, result.conflicts().get(0), Side.THEIRS);

        List<Integer> scheduled = ((StaffingPlan) v.ours()).getIntervals().stream()
                .map(StaffingInterval::getScheduled).collect(Collectors.toList());
        assertEquals(List.of(10, 10, 13, 10, 14, 10, 10), scheduled);
    }

    @Test
    void takingTheirReferencePointsAtTheMergedPlansElement() throws Exception {
        IvrScript script = IvrFactory.eINSTANCE.createIvrScript();
        script.setName("Main line");
        Menu menu = IvrFactory.eINSTANCE.createMenu();
        menu.setName("Main menu");
        script.getNodes().add(menu);
        for (String name : List.of("Goodbye", "Offers", "Billing")) {
            Message message = IvrFactory.eINSTANCE.createMessage();
            message.setName(name);
            script.getNodes().add(message);
        }
        MenuOption option = IvrFactory.eINSTANCE.createMenuOption();
        option.setKey("1");
        option.setTarget(script.getNodes().get(1));
        menu.getOptions().add(option);
        Versions v = Versions.of(folder, "main.ivr", script);
        IvrScript ours = v.ours();
        ((Menu) ours.getNodes().get(0)).getOptions().get(0).setTarget(ours.getNodes().get(3));
        IvrScript theirs = v.theirs();
        ((Menu) theirs.getNodes().get(0)).getOptions().get(0).setTarget(theirs.getNodes().get(2));
        MergeResult result = v.merge();
        assertEquals("target", result.conflicts().get(0).feature());

        ConflictResolution.take(v.ours, v.theirs, result.conflicts().get(0), Side.THEIRS);

        assertSame(ours.getNodes().get(2), ((Menu) ours.getNodes().get(0)).getOptions().get(0).getTarget());
        IvrScript reloaded = v.savedAndReloaded(folder);
        assertEquals("Offers", ((Menu) reloaded.getNodes().get(0)).getOptions().get(0).getTarget().getName());
    }

    @Test
    void aConflictWhoseElementIsGoneGetsAClearMessage() throws Exception {
        Versions v = calendar();
        campaign(v.ours(), "Alpha").setOwner("Sales");
        campaign(v.theirs(), "Alpha").setOwner("Brand team");
        Conflict conflict = v.merge().conflicts().get(0);
        ((CampaignCalendar) v.ours()).getCampaigns().remove(campaign(v.ours(), "Alpha"));

        IllegalArgumentException gone = assertThrows(IllegalArgumentException.class,
                () -> ConflictResolution.take(v.ours, v.theirs, conflict, Side.THEIRS));

        assertTrue(gone.getMessage().contains("Campaign 'Alpha' is no longer in the merged plan"), gone.getMessage());
    }
}
