package tandem.checks.alignment.knowledge;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;

import tandem.campaign.model.Campaign;
import tandem.campaign.model.Campaigns;
import tandem.checks.Check;
import tandem.checks.CheckContext;
import tandem.checks.alignment.CampaignLinks;
import tandem.checks.alignment.CampaignMemo;
import tandem.checks.alignment.EntryPaths;
import tandem.ivr.model.EntryPoint;
import tandem.ivr.model.IvrPackage;
import tandem.ivr.model.IvrScript;
import tandem.ivr.model.Node;
import tandem.ivr.model.Prompt;
import tandem.training.model.KnowledgeItem;
import tandem.training.model.TrainingPackage;

/**
 * {@code alignment.knowledge-consistency}: agents and callers hear the same approved answer about a campaign.
 * <p>
 * A campaign's knowledge items are those taught by courses preparing for it and those that name it among their
 * campaigns. Its prompts are the prompts on the call paths of its IVR entry points (referring to it or carrying its
 * campaign code) and every prompt that names one of its knowledge items. A prompt names a knowledge item by
 * {@code knowledgeItemId}: the item's id, or else its name (ignoring case). Reported:
 * <ul>
 * <li>a prompt of the campaign naming a knowledge item that no checked training plan has;</li>
 * <li>a knowledge item of the campaign, or named by one of its prompts, that is not approved (no approval date);</li>
 * <li>a prompt naming an approved item with an answer whose text does not contain that answer. The rule: a prompt
 * that names a knowledge item carries its approved answer; the prompt's text, ignoring case and differences in
 * white space, must contain the item's answer. Items without an answer (scripts, how-tos) are not compared.</li>
 * </ul>
 * The fix for the last one sets the prompt's text to the approved answer.
 */
public class KnowledgeConsistencyCheck implements Check {

    /** Finding data: the approved answer a prompt should say. */
    static final String ANSWER = "answer";

    private final CampaignMemo memo = new CampaignMemo(TrainingPackage.eNS_URI, IvrPackage.eNS_URI);

    @Override
    public void run(CheckContext context) {
        CampaignLinks links = CampaignLinks.of(context.plans());
        // A prompt or an item found wrong for several campaigns is reported once, for the first.
        Set<EObject> reported = Collections.newSetFromMap(new IdentityHashMap<>());
        memo.forEachCampaign(context, (kept, campaign) -> check(kept, campaign, links),
                (campaign, found) -> found.stream().filter(f -> reported.add(f.element()))
                        .forEach(f -> context.report(f.severity(), f.element(), f.message(), f.data())));
    }

    /** Reports what is wrong with the campaign's knowledge items and prompts, whether reported for others or not. */
    private static void check(CheckContext context, Campaign campaign, CampaignLinks links) {
        String name = "campaign '" + Campaigns.name(campaign) + "'";
        Set<KnowledgeItem> used = new LinkedHashSet<>();
        links.coursesFor(campaign).forEach(c -> used.addAll(c.getTeaches()));
        used.addAll(links.itemsNaming(campaign));
        Set<Prompt> campaignPrompts = new LinkedHashSet<>();
        for (EntryPoint entry : links.entriesFor(campaign)) {
            for (Node node : EntryPaths.of(context.plans(), entry).nodes()) {
                if (node instanceof Prompt prompt) {
                    campaignPrompts.add(prompt);
                }
            }
        }
        campaignPrompts.addAll(links.promptsNaming(used));
        for (Prompt prompt : campaignPrompts) {
            if (blank(prompt.getKnowledgeItemId())) {
                continue;
            }
            KnowledgeItem known = links.itemNamedBy(prompt);
            if (known == null) {
                context.report(prompt, promptName(prompt) + " for " + name + " names knowledge item '"
                        + prompt.getKnowledgeItemId().trim() + "', which no checked training plan has.");
                continue;
            }
            used.add(known);
            if (known.getApprovalDate() != null && !blank(known.getAnswer())
                    && !normalized(prompt.getText()).contains(normalized(known.getAnswer()))) {
                context.report(prompt, promptName(prompt) + " for " + name + " does not say the approved answer"
                        + " of knowledge item '" + itemName(known) + "'" + version(known) + ": '"
                        + known.getAnswer().trim() + "'.", Map.of(ANSWER, known.getAnswer().trim()));
            }
        }
        for (KnowledgeItem item : used) {
            if (item.getApprovalDate() == null) {
                context.report(item, "Knowledge item '" + itemName(item) + "'" + version(item)
                        + ", used for " + name + ", is not approved: it has no approval date.");
            }
        }
    }

    /** Lower case with every run of white space as one space, trimmed. */
    static String normalized(String text) {
        return text == null ? "" : text.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String itemName(KnowledgeItem item) {
        return item.getName() == null ? item.getId() : item.getName();
    }

    private static String version(KnowledgeItem item) {
        return blank(item.getVersion()) ? "" : " (version " + item.getVersion().trim() + ")";
    }

    private static String promptName(Prompt prompt) {
        String script = "(none)";
        for (EObject e = prompt; e != null; e = e.eContainer()) {
            if (e instanceof IvrScript s) {
                script = s.getName() == null ? "(unnamed)" : s.getName();
            }
        }
        return "Prompt '" + (prompt.getName() == null ? prompt.getId() : prompt.getName()) + "' of IVR script '"
                + script + "'";
    }
}
