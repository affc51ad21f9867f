package tandem.training.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static tandem.training.model.tests.Plans.march;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tandem.campaign.model.Campaign;
import tandem.campaign.model.CampaignFactory;
import tandem.campaign.model.Campaigns;
import tandem.campaign.model.Drop;
import tandem.core.documents.PlanDocuments;
import tandem.core.model.Queue;
import tandem.training.model.Audience;
import tandem.training.model.CompletionStatus;
import tandem.training.model.Course;
import tandem.training.model.Session;
import tandem.training.model.TrainingPlan;
import tandem.training.model.readiness.CampaignReadiness;
import tandem.training.model.readiness.TrainingReadiness;
import tandem.training.model.readiness.UntrainedAudience;

/**
 * When agents are ready for a campaign. The plan: the Spring promo starts on 1 April and its first mailing lands on
 * 30 March; the course "Spring offer" trains Billing (20 agents) and Sales (10 agents) in an open session on
 * 10 March and 12 March (12 seats each) and a session on 20 March kept for Sales.
 */
class ReadinessTest {

    private final Plans plans = new Plans();
    private Campaign spring;
    private Queue billingQueue;
    private Queue salesQueue;
    private Course course;
    private Audience billing;
    private Audience sales;
    private Session forSales;

    @BeforeEach
    void planSpringTraining() {
        spring = plans.campaign("Spring promo", LocalDate.of(2026, 4, 1));
        Drop mailing = CampaignFactory.eINSTANCE.createDrop();
        mailing.setName("Mailing");
        mailing.setDate(march(30));
        spring.getDrops().add(mailing);
        billingQueue = plans.queue("Billing");
        salesQueue = plans.queue("Sales");
        course = plans.course("Spring offer", spring);
        billing = Plans.audience(course, billingQueue, 20);
        sales = Plans.audience(course, salesQueue, 10);
        Plans.session(course, march(10), 12, null);
        Plans.session(course, march(12), 12, null);
        forSales = Plans.session(course, march(20), 12, sales);
    }

    @Test
    void agentsAreReadyWhenTheLastAudienceHasItsLastSeat() {
        // 10 March: 12 Billing. 12 March: the other 8 Billing, then 4 Sales. 20 March: the other 6 Sales.
        CampaignReadiness readiness = TrainingReadiness.of(plans.plan, spring);

        assertEquals(Optional.of(march(20)), readiness.readyOn());
        assertEquals(Optional.of(march(30)), readiness.firstContact(), "the mailing lands before the start date");
        assertTrue(readiness.inTime());
        assertEquals("Ready on 2026-03-20, 10 days before the first contact on 2026-03-30.", readiness.summary());
        assertEquals(Optional.of(march(20)), TrainingReadiness.readinessDate(plans.plan, spring));
    }

    @Test
    void theAudiencesNotTrainedByADateAreNamedWithTheirCounts() {
        List<UntrainedAudience> by11March = TrainingReadiness.untrainedBy(plans.plan, spring, march(11));
        assertEquals(List.of("8 of 20 agents of queue 'Billing' (course 'Spring offer')",
                "10 of 10 agents of queue 'Sales' (course 'Spring offer')"),
                by11March.stream().map(UntrainedAudience::toString).toList());

        List<UntrainedAudience> by15March = TrainingReadiness.untrainedBy(plans.plan, spring, march(15));
        assertEquals(1, by15March.size());
        assertEquals(salesQueue, by15March.get(0).audience().getQueue());
        assertEquals(6, by15March.get(0).untrained());

        assertTrue(TrainingReadiness.untrainedBy(plans.plan, spring, march(20)).isEmpty());
    }

    @Test
    void withoutEnoughSeatsThereIsNoReadinessDate() {
        course.getSessions().remove(forSales);

        CampaignReadiness readiness = TrainingReadiness.of(plans.plan, spring);

        assertFalse(readiness.ready());
        assertEquals(Optional.empty(), readiness.readyOn());
        assertEquals(1, readiness.neverTrained().size());
        assertEquals(6, readiness.neverTrained().get(0).untrained());
        assertEquals("Not ready: 6 agents of queue 'Sales' have no seat in a session.", readiness.summary());
    }

    @Test
    void aCompletedAudienceIsReadyOnItsCompletionDateAndLeavesTheSeatsToOthers() {
        billing.setStatus(CompletionStatus.COMPLETED);
        billing.setCompletedCount(20);
        billing.setCompletionDate(march(5));

        // Billing needs no seat now: Sales takes 10 of the 12 seats on 10 March.
        assertEquals(Optional.of(march(10)), TrainingReadiness.readinessDate(plans.plan, spring));
        assertTrue(TrainingReadiness.untrainedBy(plans.plan, spring, march(10)).isEmpty());
        List<UntrainedAudience> by4March = TrainingReadiness.untrainedBy(plans.plan, spring, march(4));
        assertEquals(billing, by4March.get(0).audience());
        assertEquals(20, by4March.get(0).untrained(), "before its completion date Billing was not trained yet");
    }

    @Test
    void everyCourseForTheCampaignCountsAndOtherCampaignsDoNot() {
        Course compliance = plans.course("Complaints handling", spring);
        Audience nights = Plans.audience(compliance, plans.team("Night shift", 6), 6);
        Plans.session(compliance, march(25), 8, nights);
        Campaign summer = plans.campaign("Summer sale", LocalDate.of(2026, 6, 1));
        Course summerCourse = plans.course("Summer offer", summer);
        Plans.audience(summerCourse, billingQueue, 20);
        Plans.session(summerCourse, LocalDate.of(2026, 5, 20), 20, null);

        assertEquals(Optional.of(march(25)), TrainingReadiness.readinessDate(plans.plan, spring));
        assertEquals(Optional.of(LocalDate.of(2026, 5, 20)), TrainingReadiness.readinessDate(plans.plan, summer));
        assertEquals(List.of(spring, summer), TrainingReadiness.campaignsOf(plans.plan));
    }

    @Test
    void trainingThatEndsOnOrAfterTheFirstContactIsLate() {
        spring.getDrops().get(0).setDate(march(18));

        CampaignReadiness readiness = TrainingReadiness.of(plans.plan, spring);

        assertTrue(readiness.ready());
        assertFalse(readiness.inTime());
        assertEquals("Late: ready on 2026-03-20, 2 days after the first contact on 2026-03-18.",
                readiness.summary());
    }

    @Test
    void theLaunchIsTheFirstDropEvenWhenTheCampaignStartsEarlier() {
        Campaign summer = plans.campaign("Summer sale", march(1));
        Drop letter = CampaignFactory.eINSTANCE.createDrop();
        letter.setDate(march(25));
        summer.getDrops().add(letter);
        Course summerCourse = plans.course("Summer offer", summer);
        Plans.audience(summerCourse, billingQueue, 10);
        Plans.session(summerCourse, march(16), 10, null);

        CampaignReadiness readiness = TrainingReadiness.of(plans.plan, summer);
        assertEquals(Optional.of(Campaigns.launch(summer)), readiness.firstContact());
        assertEquals(Optional.of(march(25)), readiness.firstContact(), "nobody calls before the letter lands");
        assertTrue(readiness.inTime());
        assertEquals("Ready on 2026-03-16, 9 days before the first contact on 2026-03-25.", readiness.summary());

        summer.getDrops().get(0).setDate(null);
        assertEquals(Optional.of(march(1)), TrainingReadiness.firstContact(summer), "no dated drop: the start");
    }

    @Test
    void aCampaignNoCoursePreparesForHasNoReadiness() {
        Campaign autumn = plans.campaign("Autumn", LocalDate.of(2026, 9, 1));

        CampaignReadiness readiness = TrainingReadiness.of(plans.plan, autumn);

        assertFalse(readiness.trainingPlanned());
        assertEquals(Optional.empty(), readiness.readyOn());
        assertEquals("No course prepares for this campaign.", readiness.summary());
    }

    @Test
    void campaignsAndQueuesAreReferencedAcrossFilesByTheirIds(@TempDir Path folder) throws Exception {
        ResourceSet set = PlanDocuments.createResourceSet();
        save(set, folder.resolve("acme.center"), plans.center);
        save(set, folder.resolve("2026.campaigns"), plans.calendar);
        save(set, folder.resolve("spring.training"), plans.plan);
        String text = Files.readString(folder.resolve("spring.training"));
        assertTrue(text.contains("acme.center#" + billingQueue.getId()), text);
        assertTrue(text.contains("2026.campaigns#" + spring.getId()), text);

        ResourceSet reading = PlanDocuments.createResourceSet();
        Resource loaded = PlanDocuments.load(reading, URI.createFileURI(folder.resolve("spring.training").toString()));
        TrainingPlan reread = (TrainingPlan) loaded.getContents().get(0);
        Campaign rereadSpring = reread.getCourses().get(0).getPreparesFor().get(0);

        assertEquals("Spring promo", rereadSpring.getName(), "the campaign is read from its own file");
        assertEquals("Billing", reread.getCourses().get(0).getAudiences().get(0).getQueue().getName());
        assertEquals(Optional.of(march(20)), TrainingReadiness.readinessDate(reread, rereadSpring));
    }

    private static void save(ResourceSet set, Path file, org.eclipse.emf.ecore.EObject root) throws Exception {
        Resource resource = set.createResource(URI.createFileURI(file.toString()));
        resource.getContents().add(root);
        PlanDocuments.save(resource);
    }
}
