package tandem.campaign.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static tandem.campaign.model.tests.Plans.CAMPAIGNS;
import static tandem.campaign.model.tests.Plans.calendar;
import static tandem.campaign.model.tests.Plans.campaign;
import static tandem.campaign.model.tests.Plans.channel;
import static tandem.campaign.model.tests.Plans.drop;
import static tandem.campaign.model.tests.Plans.queue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tandem.campaign.model.Campaign;
import tandem.campaign.model.CampaignCalendar;
import tandem.campaign.model.Drop;
import tandem.campaign.model.DropKind;
import tandem.campaign.model.Offer;
import tandem.campaign.model.OfferItem;
import tandem.campaign.model.SuccessMetrics;
import tandem.core.documents.LoadProblem;
import tandem.core.documents.PlanDocumentException;
import tandem.core.documents.PlanDocuments;
import tandem.core.model.Channel;
import tandem.core.model.ContactCenter;
import tandem.core.model.CoreFactory;
import tandem.core.model.Queue;

/** A campaign calendar with every feature saves and loads back equal through {@link PlanDocuments}. */
class CampaignDocumentsTest {

    @TempDir
    Path folder;

    @Test
    void aCalendarWithEveryFeatureLoadsBackEqualWithItsQueuesInTheSetupFile() throws IOException {
        ResourceSet set = PlanDocuments.createResourceSet();
        ContactCenter acme = CoreFactory.eINSTANCE.createContactCenter();
        acme.setName("Acme");
        Queue billing = queue("Billing", Channel.PHONE);
        Queue chat = queue("Web chat", Channel.CHAT);
        acme.getQueues().addAll(List.of(billing, chat));
        Resource center = document(set, "acme.center");
        center.getContents().add(acme);
        PlanDocuments.save(center);

        CampaignCalendar calendar = fullCalendar(billing, chat);
        Resource campaigns = document(set, "marketing.campaigns");
        campaigns.getContents().add(calendar);
        PlanDocuments.save(campaigns);

        String text = Files.readString(folder.resolve("marketing.campaigns"));
        assertTrue(text.contains("startDate=\"2026-03-01\""), text);
        assertTrue(text.contains("time=\"08:30\""), text);
        assertTrue(text.contains("acme.center#" + billing.getId()), "queues are referenced by id: " + text);
        assertTrue(calendar.getCampaigns().get(0).getId().startsWith("campaign-"), "saving gives ids");

        ResourceSet other = PlanDocuments.createResourceSet();
        Resource loaded = PlanDocuments.load(other, campaigns.getURI());
        CampaignCalendar reread = (CampaignCalendar) loaded.getContents().get(0);
        assertNotSame(calendar, reread);
        assertTrue(EcoreUtil.equals(calendar, reread), "every feature loads back equal");
        assertEquals(List.of(), PlanDocuments.unresolvedReferences(loaded));

        Campaign spring = reread.getCampaigns().get(0);
        assertEquals(List.of("Billing", "Web chat"), spring.getQueues().stream().map(Queue::getName).toList());
        assertFalse(spring.getQueues().get(0).eIsProxy());
        Drop mail = spring.getDrops().get(0);
        assertEquals(List.of(0.5, 0.3, 0.2), mail.getDailyShares());
        assertEquals(LocalDate.of(2026, 3, 2), mail.getDate());
        assertEquals(Channel.CHAT, mail.getChannelShares().get(1).getChannel());
        assertEquals(0.3, mail.getChannelShares().get(1).getShare());
        assertEquals(List.of(DropKind.MAIL, DropKind.EMAIL_BLAST), spring.getChannels());
        assertEquals(LocalDate.of(2026, 4, 15), spring.getSuccessMetrics().getFeedbackReviewDate());
        assertEquals(250, spring.getOffer().getItems().get(0).getQuantityOnHand());
    }

    @Test
    void aHandEditedCalendarWithABadValueIsReportedWithFileAndLine() throws IOException {
        Path file = folder.resolve("broken.campaigns");
        Files.writeString(file, """
                <?xml version="1.0" encoding="UTF-8"?>
                <campaign:CampaignCalendar xmlns:campaign="http://tandem.dev/campaign/1.0" name="Marketing">
                  <campaigns name="Spring" startDate="2026-03-01">
                    <drops name="Mail" audienceSize="lots"/>
                  </campaigns>
                </campaign:CampaignCalendar>
                """);
        PlanDocumentException failure = assertThrows(PlanDocumentException.class,
                () -> PlanDocuments.load(PlanDocuments.createResourceSet(), URI.createFileURI(file.toString())));
        LoadProblem problem = failure.problems().get(0);
        assertEquals(4, problem.line(), problem.toString());
        assertTrue(problem.reason().contains("lots"), problem.toString());
    }

    private Resource document(ResourceSet set, String name) {
        return set.createResource(URI.createFileURI(folder.resolve(name).toString()));
    }

    private static CampaignCalendar fullCalendar(Queue billing, Queue chat) {
        Campaign spring = campaign("Spring offer", billing, chat);
        spring.setDescription("Half-price broadband for three months");
        spring.setOwner("Marketing (J. Doe)");
        spring.setObjective("Win 2,000 broadband customers");
        spring.setCampaignCode("SPRING26");
        spring.setServiceNotifiedOn(LocalDate.of(2026, 2, 1));
        spring.getChannels().addAll(List.of(DropKind.MAIL, DropKind.EMAIL_BLAST));

        Offer offer = CAMPAIGNS.createOffer();
        offer.setDescription("50% off for 3 months");
        offer.setTerms("New customers only");
        OfferItem router = CAMPAIGNS.createOfferItem();
        router.setName("Free router");
        router.setLimitedInventory(true);
        router.setQuantityOnHand(250);
        router.setRedemptionRate(0.3);
        offer.getItems().add(router);
        spring.setOffer(offer);

        SuccessMetrics metrics = CAMPAIGNS.createSuccessMetrics();
        metrics.setTargetResponseRate(0.02);
        metrics.setTargetConversions(2000);
        metrics.setTargetAcquisitions(1500);
        metrics.setSurveyPlan("Post-call survey, 1 in 10 callers");
        metrics.setFeedbackReviewDate(LocalDate.of(2026, 4, 15));
        spring.setSuccessMetrics(metrics);

        Drop mail = drop(spring, LocalDate.of(2026, 3, 2), 100_000, 0.02, 0.5, 0.3, 0.2);
        mail.setTime(LocalTime.of(8, 30));
        mail.setDescription("First wave");
        channel(mail, Channel.PHONE, 0.7);
        channel(mail, Channel.CHAT, 0.3);
        Drop blast = drop(spring, LocalDate.of(2026, 3, 9), 40_000, 0.01);
        blast.setKind(DropKind.EMAIL_BLAST);
        return calendar(spring);
    }
}
