package tandem.checks.alignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.junit.jupiter.api.Test;

import tandem.campaign.model.Campaign;
import tandem.campaign.model.CampaignFactory;
import tandem.campaign.model.Offer;
import tandem.checks.Checklists;
import tandem.checks.Finding;
import tandem.checks.Severity;
import tandem.core.documents.Ids;
import tandem.core.model.Channel;
import tandem.core.model.ContactCenter;
import tandem.core.model.CoreFactory;
import tandem.core.model.Queue;
import tandem.ivr.model.EntryPoint;
import tandem.ivr.model.IvrFactory;
import tandem.ivr.model.IvrScript;
import tandem.ivr.model.Node;
import tandem.ivr.model.Prompt;
import tandem.ivr.model.Route;
import tandem.test.support.checks.CheckOracle;

/** alignment.ivr-ready: the IVR has a live entry point for the campaign that routes to its queue and mentions it. */
class IvrReadyTest {

    private static final String RULE = "alignment.ivr-ready";
    private static final String FIX = "alignment.ivr-ready.add-route";
    private static final LocalDate MARCH_1 = LocalDate.of(2027, 3, 1);

    private final Plans plans = new Plans();
    private final CheckOracle oracle = new CheckOracle(plans.set);
    private final ContactCenter center = CoreFactory.eINSTANCE.createContactCenter();
    private final IvrScript script = IvrFactory.eINSTANCE.createIvrScript();
    private final Queue general = queue("General");
    private final Queue promotions = queue("Promotions");
    private final Campaign promo = plans.campaign("Spring promo", MARCH_1, MARCH_1.plusDays(30));

    IvrReadyTest() {
        center.setName("Acme");
        plans.set.createResource(URI.createFileURI("/plans/acme.center")).getContents().add(center);
        center.getQueues().addAll(List.of(general, promotions));
        script.setName("Acme main line");
        plans.set.createResource(URI.createFileURI("/plans/acme.ivr")).getContents().add(script);
        entry("Main number", null, route("General", general));

        promo.setCampaignCode("SPRING27");
        promo.getQueues().add(promotions);
        Offer offer = CampaignFactory.eINSTANCE.createOffer();
        offer.setDescription("Half price on all headsets");
        promo.setOffer(offer);
        plans.drop(promo, "Mail drop", MARCH_1.plusDays(2), 50_000, 0.02);
    }

    @Test
    void aCampaignWithoutEntryPointIsReportedOnTheScriptAndTheFixAddsOneThatAnnouncesItAndRoutesToItsQueue() {
        String before = saved();

        List<Finding> findings = oracle.run(RULE);
        assertEquals(1, findings.size(), findings.toString());
        Finding finding = findings.get(0);
        assertEquals(Severity.ERROR, finding.severity());
        assertEquals("No IVR script has an entry point for campaign 'Spring promo' (code SPRING27).",
                finding.message());
        assertSame(script, finding.element(), "reported on the script the fix changes");

        assertEquals("Add an entry point for code SPRING27 to IVR script 'Acme main line', live from 2027-03-03,"
                + " announcing 'Spring promo' and routing to queue 'Promotions'", oracle.apply(finding, FIX));
        assertEquals(2, script.getEntryPoints().size());
        EntryPoint added = script.getEntryPoints().get(1);
        assertEquals("Spring promo", added.getName());
        assertEquals("SPRING27", added.getCampaignCode());
        assertSame(promo, added.getCampaign());
        assertEquals(MARCH_1.plusDays(2), added.getLiveFrom(), "live from the first drop");
        Prompt announcement = assertInstanceOf(Prompt.class, added.getFirstNode());
        assertEquals("Thank you for calling about Spring promo. Half price on all headsets.", announcement.getText());
        Route route = assertInstanceOf(Route.class, announcement.getNext());
        assertSame(promotions, route.getQueue());
        assertSame(script, route.eContainer());
        assertTrue(oracle.run(RULE).isEmpty(), "fixed");

        oracle.undo();
        assertEquals(before, saved(), "Undo restores the script as it was");
        assertEquals(1, oracle.run(RULE).size());
    }

    @Test
    void anEntryPointThatGoesLiveAfterTheFirstDropIsReported() {
        EntryPoint spring = entry("Spring line", "SPRING27",
                prompt("Spring promo: half price on all headsets.", route("Promotions", promotions)));
        spring.setLiveFrom(MARCH_1.plusDays(9));

        List<Finding> findings = oracle.run(RULE);
        assertEquals(1, findings.size(), findings.toString());
        assertEquals("Entry point 'Spring line' of IVR script 'Acme main line' goes live on 2027-03-10, after the"
                + " first drop of campaign 'Spring promo' on 2027-03-03.", findings.get(0).message());
        assertSame(spring, findings.get(0).element());
        assertTrue(Checklists.quickFixLabels(findings.get(0)).isEmpty(),
                "a second entry point with the same code would never be chosen");

        spring.setLiveFrom(MARCH_1.plusDays(2));
        assertTrue(oracle.run(RULE).isEmpty(), "live on the day of the first drop is in time");
    }

    @Test
    void anEntryPointForTheCampaignThatRoutesToAnotherQueueIsReported() {
        EntryPoint spring = entry("Spring line", null,
                prompt("Welcome to the Spring promo.", route("General", general)));
        spring.setCampaign(promo);

        Finding finding = oracle.run(RULE).get(0);
        assertEquals("Entry point 'Spring line' of IVR script 'Acme main line' does not lead to a route to queue"
                + " 'Promotions' of campaign 'Spring promo'.", finding.message());
        assertEquals(1, oracle.run(RULE).size(), "the prompt on the way mentions the campaign");
    }

    @Test
    void anEntryPointWhosePromptsDoNotMentionTheOfferIsReportedAndAWordOfTheOfferIsEnough() {
        Prompt welcome = prompt("Welcome to Acme. We have offers for all callers.", route("Promotions", promotions));
        entry("Spring line", "spring27", welcome);

        Finding finding = oracle.run(RULE).get(0);
        assertEquals("No prompt callers hear from Entry point 'Spring line' of IVR script 'Acme main line' mentions"
                + " campaign 'Spring promo': looked for its name \"Spring promo\", its code SPRING27 (written, spelled"
                + " or spoken) or a word of its offer (\"headsets\").", finding.message());

        welcome.setText("Welcome to Acme. Ask us about our headsets.");
        assertTrue(oracle.run(RULE).isEmpty(), "'headsets' is a word of the offer");
    }

    @Test
    void commonWordsOfTheOfferDoNotMentionTheCampaignButItsDistinctiveWordsDo() {
        promo.setName("Family Bundle");
        promo.setCampaignCode("FAM5");
        promo.getOffer().setDescription("Save with your family plan: four lines for the price of two, call today!");
        Prompt welcome = prompt("Please hold while we connect you with your plan specialist. Thank you for calling.",
                route("Promotions", promotions));
        entry("Bundle line", "FAM5", welcome);

        List<Finding> findings = oracle.run(RULE);
        assertEquals(1, findings.size(), "'with', 'your', 'plan', 'call' identify no campaign");
        assertEquals("No prompt callers hear from Entry point 'Bundle line' of IVR script 'Acme main line' mentions"
                + " campaign 'Family Bundle': looked for its name \"Family Bundle\", its code FAM5 (written, spelled"
                + " or spoken) or a word of its offer (\"family\").", findings.get(0).message());

        for (String mentions : List.of("Ask us about our FAMILY plans.", "Welcome to the bundle for families!",
                "Your code is F A M 5.", "Say fam five to hear more.", "Bundles: the family way.")) {
            welcome.setText(mentions);
            assertTrue(oracle.run(RULE).isEmpty(), mentions);
        }
        for (String not : List.of("Press 5 for billing.", "Our bundle of services, with your account.",
                "Famous agents, five stars.")) {
            welcome.setText(not);
            assertEquals(1, oracle.run(RULE).size(), not);
        }
    }

    @Test
    void theNameCountsIgnoringCasePunctuationPluralsAndAccents() {
        promo.setName("Café Rewards Week");
        promo.setCampaignCode(null);
        promo.setOffer(null);
        Prompt welcome = prompt("Welcome to Acme.", route("Promotions", promotions));
        entry("Rewards line", null, welcome).setCampaign(promo);
        assertEquals("No prompt callers hear from Entry point 'Rewards line' of IVR script 'Acme main line' mentions"
                + " campaign 'Café Rewards Week': looked for its name \"Café Rewards Week\".",
                oracle.run(RULE).get(0).message());

        for (String mentions : List.of("Thanks for calling about CAFE-REWARD week!", "It's café rewards week.",
                "Our week of rewards at the cafe.", "Follow #CafeRewardsWeek for more.")) {
            welcome.setText(mentions);
            assertTrue(oracle.run(RULE).isEmpty(), mentions);
        }
        for (String not : List.of("This week only.", "Rewards for every customer.", "Cafeteria rewards",
                "Follow #CafeRewardsWeekend")) {
            welcome.setText(not);
            assertEquals(1, oracle.run(RULE).size(), not);
        }
    }

    @Test
    void theCodeCountsWrittenSpelledOrWithItsDigitsSpoken() {
        promo.setName("Easter special");
        promo.getOffer().setDescription("Half price for all callers");
        Prompt welcome = prompt("Welcome to Acme.", route("Promotions", promotions));
        entry("Spring line", "SPRING27", welcome);
        assertEquals(1, oracle.run(RULE).size());

        for (String mentions : List.of("Quote Spring-27 to your agent.", "Say spring two seven.",
                "Say spring twenty-seven.", "Your code: S P R I N G 2 7.", "Key in spring27 now.")) {
            welcome.setText(mentions);
            assertTrue(oracle.run(RULE).isEmpty(), mentions);
        }
        for (String not : List.of("Spring is here: press 2 or 7.", "Say spring twenty-eight.", "Spring 2027")) {
            welcome.setText(not);
            assertEquals(1, oracle.run(RULE).size(), not);
        }
    }

    @Test
    void aReadyEntryPointPassesAndCampaignsNobodyCallsAboutAreNotChecked() {
        entry("Spring line", "SPRING27", prompt("Spring promo!", route("Promotions", promotions)));
        plans.campaign("Brand awareness", MARCH_1, MARCH_1.plusDays(10));

        assertTrue(oracle.run(RULE).isEmpty(), oracle.run(RULE).toString());
    }

    @Test
    void withoutAnyIvrScriptTheCampaignItselfIsReportedAndNoFixApplies() {
        plans.set.getResources().remove(script.eResource());

        Finding finding = oracle.run(RULE).get(0);
        assertSame(promo, finding.element());
        assertTrue(Checklists.quickFixLabels(finding).isEmpty());
    }

    private Queue queue(String name) {
        Queue queue = CoreFactory.eINSTANCE.createQueue();
        queue.setName(name);
        queue.setChannel(Channel.PHONE);
        Ids.assignIfMissing(queue);
        return queue;
    }

    private EntryPoint entry(String name, String code, Node first) {
        EntryPoint entry = IvrFactory.eINSTANCE.createEntryPoint();
        entry.setName(name);
        entry.setCampaignCode(code);
        entry.setFirstNode(first);
        script.getEntryPoints().add(entry);
        Ids.assignIfMissing(entry);
        return entry;
    }

    private Prompt prompt(String text, Node next) {
        Prompt prompt = node(IvrFactory.eINSTANCE.createPrompt(), "Welcome");
        prompt.setText(text);
        prompt.setNext(next);
        return prompt;
    }

    private Route route(String name, Queue queue) {
        Route route = node(IvrFactory.eINSTANCE.createRoute(), name);
        route.setQueue(queue);
        return route;
    }

    private <T extends Node> T node(T node, String name) {
        node.setName(name);
        script.getNodes().add(node);
        Ids.assignIfMissing(node);
        return node;
    }

    private String saved() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            script.eResource().save(out, null);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
