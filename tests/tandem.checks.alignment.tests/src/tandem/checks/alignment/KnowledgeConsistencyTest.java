package tandem.checks.alignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import tandem.campaign.model.Campaign;
import tandem.checks.Finding;
import tandem.checks.Severity;
import tandem.core.documents.Ids;
import tandem.core.model.Queue;
import tandem.ivr.model.EntryPoint;
import tandem.ivr.model.IvrFactory;
import tandem.ivr.model.Node;
import tandem.ivr.model.Prompt;
import tandem.ivr.model.Route;
import tandem.training.model.Course;
import tandem.training.model.KnowledgeItem;
import tandem.training.model.KnowledgeKind;
import tandem.test.support.checks.CheckOracle;

/** Oracles for {@code alignment.knowledge-consistency}. */
class KnowledgeConsistencyTest {

    private static final String RULE = "alignment.knowledge-consistency";
    private static final String ANSWER = "You can return items within 30 days.";

    private final TrainingPlans plans = new TrainingPlans();
    private final CheckOracle oracle = new CheckOracle(plans.plans.set);
    private final Queue billing = plans.queue("Billing");
    private final Campaign promo = plans.campaign("Spring promo", LocalDate.of(2027, 3, 10), billing);
    private final KnowledgeItem returns = item("Returns FAQ", LocalDate.of(2027, 1, 2));
    private final Route route = node(IvrFactory.eINSTANCE.createRoute(), "To billing");
    private final Prompt prompt = prompt("Returns", "You can return items within   30 DAYS. Press 1 for more.",
            returns.getId(), route);

    KnowledgeConsistencyTest() {
        route.setQueue(billing);
        returns.getCampaigns().add(promo);
        EntryPoint entry = IvrFactory.eINSTANCE.createEntryPoint();
        entry.setName("Spring line");
        entry.setCampaign(promo);
        entry.setFirstNode(prompt);
        plans.script.getEntryPoints().add(entry);
        Ids.assignIfMissing(entry);
    }

    @Test
    void aPromptSayingTheApprovedAnswerPasses() {
        assertTrue(oracle.run(RULE).isEmpty(), "case and white space do not matter; more text may follow");
    }

    @Test
    void aPromptWithOtherTextIsReportedAndSetToTheApprovedAnswer() {
        prompt.setText("Returns are free.");
        List<Finding> findings = oracle.run(RULE);
        assertEquals(1, findings.size());
        Finding finding = findings.get(0);
        assertEquals(Severity.ERROR, finding.severity());
        assertSame(prompt, finding.element());
        assertEquals("Prompt 'Returns' of IVR script 'Acme main line' for campaign 'Spring promo' does not say the"
                + " approved answer of knowledge item 'Returns FAQ' (version 2): '" + ANSWER + "'.",
                finding.message());

        assertEquals("Say the approved answer: '" + ANSWER + "'", oracle.apply(finding, RULE + ".set-prompt-text"));
        assertEquals(ANSWER, prompt.getText());
        assertTrue(oracle.run(RULE).isEmpty());
        oracle.undo();
        assertEquals("Returns are free.", prompt.getText(), "Undo restores the text");
    }

    @Test
    void unknownAndUnapprovedItemsAreReported() {
        KnowledgeItem shipping = item("Shipping FAQ", null);
        Course course = plans.course("Spring offer", promo);
        course.getTeaches().add(shipping);
        Prompt old = prompt("Old returns", "Returns take 14 days.", "faq-returns-2019", null);
        prompt.setNext(old);
        old.setNext(route);
        List<String> messages = oracle.run(RULE).stream().map(Finding::message).toList();
        assertEquals(List.of("Prompt 'Old returns' of IVR script 'Acme main line' for campaign 'Spring promo' names"
                + " knowledge item 'faq-returns-2019', which no checked training plan has.",
                "Knowledge item 'Shipping FAQ' (version 2), used for campaign 'Spring promo', is not approved: it has"
                        + " no approval date."), messages);

        old.setKnowledgeItemId("shipping faq"); // by name, ignoring case
        assertEquals(List.of("Knowledge item 'Shipping FAQ' (version 2), used for campaign 'Spring promo', is not"
                + " approved: it has no approval date."), oracle.run(RULE).stream().map(Finding::message).toList(),
                "an unapproved item has no approved answer to compare with");
    }

    private KnowledgeItem item(String name, LocalDate approved) {
        KnowledgeItem item = TrainingPlans.TRAINING.createKnowledgeItem();
        item.setName(name);
        item.setKind(KnowledgeKind.FAQ);
        item.setVersion("2");
        item.setApprovalDate(approved);
        item.setQuestion("How long do I have to return an item?");
        item.setAnswer(ANSWER);
        plans.training.getKnowledgeItems().add(item);
        Ids.assignIfMissing(item);
        return item;
    }

    private Prompt prompt(String name, String text, String knowledgeItemId, Node next) {
        Prompt prompt = node(IvrFactory.eINSTANCE.createPrompt(), name);
        prompt.setText(text);
        prompt.setKnowledgeItemId(knowledgeItemId);
        prompt.setNext(next);
        return prompt;
    }

    private <T extends Node> T node(T node, String name) {
        node.setName(name);
        plans.script.getNodes().add(node);
        Ids.assignIfMissing(node);
        return node;
    }
}
