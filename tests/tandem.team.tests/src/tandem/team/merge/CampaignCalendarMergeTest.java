package tandem.team.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tandem.campaign.model.Campaign;
import tandem.campaign.model.CampaignCalendar;
import tandem.campaign.model.CampaignFactory;
import tandem.campaign.model.Drop;
import tandem.campaign.model.Offer;
import tandem.core.model.ContactCenter;
import tandem.core.model.CoreFactory;
import tandem.core.model.Queue;
import tandem.team.merge.Conflict.Kind;

class CampaignCalendarMergeTest {

    @TempDir
    Path folder;

    private Versions calendar() throws Exception {
        CampaignCalendar calendar = CampaignFactory.eINSTANCE.createCampaignCalendar();
        calendar.setName("Spring 2027");
        for (String name : List.of("Alpha", "Bravo", "Charlie")) {
            Campaign campaign = CampaignFactory.eINSTANCE.createCampaign();
            campaign.setName(name);
            campaign.setStartDate(LocalDate.of(2027, 3, 15));
            campaign.setEndDate(LocalDate.of(2027, 4, 15));
            campaign.setOwner("Marketing");
            Drop drop = CampaignFactory.eINSTANCE.createDrop();
            drop.setName(name + " email");
            drop.setDate(LocalDate.of(2027, 3, 15));
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
    void disjointEditsToTheSameCalendarMerge() throws Exception {
        Versions v = calendar();
        campaign(v.ours(), "Alpha").setStartDate(LocalDate.of(2027, 3, 22));
        campaign(v.theirs(), "Alpha").setOwner("Brand team");
        campaign(v.theirs(), "Bravo").setName("Bravo Deluxe");

        MergeResult result = v.merge();

        assertTrue(result.clean(), () -> result.conflicts().toString());
        CampaignCalendar merged = v.savedAndReloaded(folder);
        assertEquals(LocalDate.of(2027, 3, 22), campaign(merged, "Alpha").getStartDate());
        assertEquals("Brand team", campaign(merged, "Alpha").getOwner());
        assertEquals(List.of("Alpha", "Bravo Deluxe", "Charlie"), names(merged));
    }

    @Test
    void sameAttributeChangedDifferentlyOnBothSidesIsOneConflictAndKeepsOurs() throws Exception {
        Versions v = calendar();
        campaign(v.ours(), "Alpha").setStartDate(LocalDate.of(2027, 3, 22));
        campaign(v.theirs(), "Alpha").setStartDate(LocalDate.of(2027, 3, 29));
        campaign(v.theirs(), "Charlie").setOwner("Brand team");

        MergeResult result = v.merge();

        assertEquals(1, result.conflicts().size(), () -> result.conflicts().toString());
        Conflict conflict = result.conflicts().get(0);
        assertEquals(Kind.BOTH_CHANGED, conflict.kind());
        assertEquals("startDate", conflict.feature());
        assertEquals("Campaign calendar 'Spring 2027' / Campaign 'Alpha'", conflict.element());
        assertEquals(List.of("2027-03-15", "2027-03-22", "2027-03-29"),
                List.of(conflict.base(), conflict.ours(), conflict.theirs()));
        CampaignCalendar merged = v.savedAndReloaded(folder);
        assertEquals(LocalDate.of(2027, 3, 22), campaign(merged, "Alpha").getStartDate());
        assertEquals("Brand team", campaign(merged, "Charlie").getOwner());
    }

    @Test
    void theSameChangeOnBothSidesIsNoConflict() throws Exception {
        Versions v = calendar();
        campaign(v.ours(), "Alpha").setStartDate(LocalDate.of(2027, 3, 22));
        campaign(v.theirs(), "Alpha").setStartDate(LocalDate.of(2027, 3, 22));

        assertTrue(v.merge().clean());
        assertEquals(LocalDate.of(2027, 3, 22), campaign(v.ours(), "Alpha").getStartDate());
    }

    @Test
    void anElementDeletedByThemAndChangedByUsIsAConflictAndStays() throws Exception {
        Versions v = calendar();
        campaign(v.ours(), "Bravo").getDrops().get(0).setName("Bravo letter");
        ((CampaignCalendar) v.theirs()).getCampaigns().remove(campaign(v.theirs(), "Bravo"));

        MergeResult result = v.merge();

        assertEquals(1, result.conflicts().size());
        assertEquals(Kind.DELETED_BY_THEM_CHANGED_BY_US, result.conflicts().get(0).kind());
        assertTrue(result.conflicts().get(0).element().endsWith("Campaign 'Bravo'"));
        assertEquals(List.of("Alpha", "Bravo", "Charlie"), names(v.ours()));
    }

    @Test
    void anElementDeletedByUsAndChangedByThemIsAConflictAndStaysDeleted() throws Exception {
        Versions v = calendar();
        ((CampaignCalendar) v.ours()).getCampaigns().remove(campaign(v.ours(), "Bravo"));
        campaign(v.theirs(), "Bravo").setOwner("Brand team");

        MergeResult result = v.merge();

        assertEquals(1, result.conflicts().size());
        assertEquals(Kind.DELETED_BY_US_CHANGED_BY_THEM, result.conflicts().get(0).kind());
        assertEquals(List.of("Alpha", "Charlie"), names(v.ours()));
    }

    @Test
    void deletionsOfUntouchedElementsMerge() throws Exception {
        Versions v = calendar();
        ((CampaignCalendar) v.ours()).getCampaigns().remove(campaign(v.ours(), "Alpha"));
        ((CampaignCalendar) v.theirs()).getCampaigns().remove(campaign(v.theirs(), "Charlie"));
        campaign(v.theirs(), "Bravo").getDrops().clear();

        assertTrue(v.merge().clean());
        CampaignCalendar merged = v.savedAndReloaded(folder);
        assertEquals(List.of("Bravo"), names(merged));
        assertTrue(merged.getCampaigns().get(0).getDrops().isEmpty());
    }

    @Test
    void additionsOnBothSidesKeepTheOrderBothSidesAgreeOn() throws Exception {
        Versions v = calendar();
        CampaignCalendar ours = v.ours();
        ours.getCampaigns().add(1, named("X-ray"));
        CampaignCalendar theirs = v.theirs();
        theirs.getCampaigns().add(named("Yankee"));
        theirs.getCampaigns().add(0, named("Zulu"));

        assertTrue(v.merge().clean());
        assertEquals(List.of("Zulu", "Alpha", "X-ray", "Bravo", "Charlie", "Yankee"),
                names(v.savedAndReloaded(folder)));
    }

    @Test
    void aListOnlyTheyReorderedTakesTheirOrder() throws Exception {
        Versions v = calendar();
        campaign(v.ours(), "Bravo").setOwner("Sales");
        CampaignCalendar theirs = v.theirs();
        theirs.getCampaigns().move(0, campaign(theirs, "Charlie"));

        assertTrue(v.merge().clean());
        CampaignCalendar merged = v.ours();
        assertEquals(List.of("Charlie", "Alpha", "Bravo"), names(merged));
        assertEquals("Sales", campaign(merged, "Bravo").getOwner());
    }

    @Test
    void aListReorderedDifferentlyOnBothSidesIsAConflictKeepingOurOrder() throws Exception {
        Versions v = calendar();
        CampaignCalendar ours = v.ours();
        ours.getCampaigns().move(0, campaign(ours, "Bravo"));
        CampaignCalendar theirs = v.theirs();
        theirs.getCampaigns().move(0, campaign(theirs, "Charlie"));

        MergeResult result = v.merge();

        assertEquals(1, result.conflicts().size());
        assertEquals(Kind.ORDER, result.conflicts().get(0).kind());
        assertEquals(List.of("Bravo", "Alpha", "Charlie"), names(v.ours()));
    }

    @Test
    void theirAddedDropsAndOfferArriveWithTheirContent() throws Exception {
        Versions v = calendar();
        Campaign alpha = campaign(v.theirs(), "Alpha");
        Drop flyer = CampaignFactory.eINSTANCE.createDrop();
        flyer.setName("Alpha flyer");
        flyer.setAudienceSize(50_000);
        alpha.getDrops().add(flyer);
        Offer offer = CampaignFactory.eINSTANCE.createOffer();
        offer.setDescription("Free earbuds");
        alpha.setOffer(offer);
        campaign(v.ours(), "Alpha").getDrops().get(0).setName("Alpha newsletter");

        MergeResult result = v.merge();

        assertTrue(result.clean());
        Campaign merged = campaign(v.<CampaignCalendar>savedAndReloaded(folder), "Alpha");
        assertEquals(List.of("Alpha newsletter", "Alpha flyer"),
                merged.getDrops().stream().map(Drop::getName).collect(Collectors.toList()));
        assertEquals(50_000, merged.getDrops().get(1).getAudienceSize());
        assertNotNull(merged.getOffer());
        assertEquals("Free earbuds", merged.getOffer().getDescription());
    }

    @Test
    void anOfferRemovedByThemAndUntouchedByUsIsRemoved() throws Exception {
        CampaignCalendar calendar = CampaignFactory.eINSTANCE.createCampaignCalendar();
        Campaign campaign = named("Alpha");
        Offer offer = CampaignFactory.eINSTANCE.createOffer();
        offer.setDescription("Free earbuds");
        campaign.setOffer(offer);
        calendar.getCampaigns().add(campaign);
        Versions v = Versions.of(folder, "offer.campaigns", calendar);
        campaign(v.theirs(), "Alpha").setOffer(null);

        assertTrue(v.merge().clean());
        assertNull(campaign(v.ours(), "Alpha").getOffer());
    }

    @Test
    void referencesToQueuesInTheSetupMergeWithoutReadingTheSetup() throws Exception {
        ContactCenter center = CoreFactory.eINSTANCE.createContactCenter();
        center.setName("Meadowlark");
        for (String name : List.of("Sales", "Billing")) {
            Queue queue = CoreFactory.eINSTANCE.createQueue();
            queue.setName(name);
            center.getQueues().add(queue);
        }
        Versions setup = Versions.of(folder, "setup.center", center);
        ContactCenter loaded = setup.ours();
        CampaignCalendar calendar = CampaignFactory.eINSTANCE.createCampaignCalendar();
        Campaign alpha = named("Alpha");
        alpha.getQueues().add(loaded.getQueues().get(0));
        calendar.getCampaigns().add(alpha);
        calendar.getCampaigns().add(named("Bravo"));
        Versions v = Versions.of(folder, "spring.campaigns", calendar);

        Resource theirSetup = v.theirs.getResourceSet()
                .getResource(URI.createFileURI(folder.resolve("setup.center").toString()), true);
        Queue billing = ((ContactCenter) theirSetup.getContents().get(0)).getQueues().get(1);
        campaign(v.theirs(), "Bravo").getQueues().add(billing);
        campaign(v.ours(), "Alpha").setOwner("Sales");

        MergeResult result = v.merge();

        assertTrue(result.clean(), () -> result.conflicts().toString());
        assertEquals(1, v.ours.getResourceSet().getResources().size(), "the merge read no other document");
        CampaignCalendar merged = v.savedAndReloaded(folder);
        Queue queue = campaign(merged, "Bravo").getQueues().get(0);
        assertEquals("Billing", queue.getName());
        assertSame(merged.eResource().getResourceSet(), queue.eResource().getResourceSet());
        assertEquals("Sales", campaign(merged, "Alpha").getQueues().get(0).getName());
    }

    @Test
    void bothSidesAddingTheSameFileMergeTwoWay() throws Exception {
        Versions v = calendar();
        campaign(v.ours(), "Alpha").setOwner("Sales");

        MergeResult result = PlanMerge.merge(null, v.ours, v.theirs);

        assertEquals(1, result.conflicts().size());
        assertEquals("(none)", result.conflicts().get(0).base());
        assertEquals("owner", result.conflicts().get(0).feature());
    }

    private static Campaign named(String name) {
        Campaign campaign = CampaignFactory.eINSTANCE.createCampaign();
        campaign.setName(name);
        return campaign;
    }

}
