package tandem.checks.alignment;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;

import tandem.campaign.model.Campaign;
import tandem.checks.Check;
import tandem.checks.CheckContext;
import tandem.ivr.model.EntryPoint;
import tandem.ivr.model.IvrScript;
import tandem.ivr.model.Node;
import tandem.ivr.model.Prompt;
import tandem.ivr.model.flow.CallPath;
import tandem.ivr.model.flow.CallPaths;
import tandem.training.model.Course;
import tandem.training.model.KnowledgeItem;

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

    @Override
    public void run(CheckContext context) {
        List<KnowledgeItem> items = context.plans().all(KnowledgeItem.class);
        List<Prompt> prompts = context.plans().all(Prompt.class);
        List<EntryPoint> entries = context.plans().all(EntryPoint.class);
        List<Course> courses = context.plans().all(Course.class);
        Set<Prompt> reportedPrompts = new LinkedHashSet<>();
        Set<KnowledgeItem> reportedItems = new LinkedHashSet<>();
        for (Campaign campaign : context.plans().all(Campaign.class)) {
            String name = "campaign '" + Launch.name(campaign) + "'";
            Set<KnowledgeItem> used = new LinkedHashSet<>();
            courses.stream().filter(c -> c.getPreparesFor().contains(campaign))
                    .forEach(c -> used.addAll(c.getTeaches()));
            items.stream().filter(i -> i.getCampaigns().contains(campaign)).forEach(used::add);
            Set<Prompt> campaignPrompts = new LinkedHashSet<>();
            String code = IvrReadyCheck.codeOf(campaign);
            for (EntryPoint entry : entries) {
                if (entry.getCampaign() == campaign || code != null && entry.getCampaignCode() != null
                        && code.equalsIgnoreCase(entry.getCampaignCode().trim())) {
                    for (CallPath path : CallPaths.from(entry).paths()) {
                        for (Node node : path.nodes()) {
                            if (node instanceof Prompt prompt) {
                                campaignPrompts.add(prompt);
                            }
                        }
                    }
                }
            }
            for (Prompt prompt : prompts) {
                if (resolve(prompt, items).filter(used::contains).isPresent()) {
                    campaignPrompts.add(prompt);
                }
            }
            for (Prompt prompt : campaignPrompts) {
                if (blank(prompt.getKnowledgeItemId())) {
                    continue;
                }
                Optional<KnowledgeItem> item = resolve(prompt, items);
                if (item.isEmpty()) {
                    if (reportedPrompts.add(prompt)) {
                        context.report(prompt, promptName(prompt) + " for " + name + " names knowledge item '"
                                + prompt.getKnowledgeItemId().trim() + "', which no checked training plan has.");
                    }
                    continue;
                }
                KnowledgeItem known = item.get();
                used.add(known);
                if (known.getApprovalDate() != null && !blank(known.getAnswer())
                        && !normalized(prompt.getText()).contains(normalized(known.getAnswer()))
                        && reportedPrompts.add(prompt)) {
                    context.report(prompt, promptName(prompt) + " for " + name + " does not say the approved answer"
                            + " of knowledge item '" + itemName(known) + "'" + version(known) + ": '"
                            + known.getAnswer().trim() + "'.", Map.of(ANSWER, known.getAnswer().trim()));
                }
            }
            for (KnowledgeItem item : used) {
                if (item.getApprovalDate() == null && reportedItems.add(item)) {
                    context.report(item, "Knowledge item '" + itemName(item) + "'" + version(item)
                            + ", used for " + name + ", is not approved: it has no approval date.");
                }
            }
        }
    }

    /** The item a prompt names by id or, failing that, by name (ignoring case). */
    static Optional<KnowledgeItem> resolve(Prompt prompt, List<KnowledgeItem> items) {
        String ref = prompt.getKnowledgeItemId();
        if (blank(ref)) {
            return Optional.empty();
        }
        String wanted = ref.trim();
        Optional<KnowledgeItem> byId = items.stream().filter(i -> wanted.equals(i.getId())).findFirst();
        return byId.isPresent() ? byId
                : items.stream().filter(i -> i.getName() != null && wanted.equalsIgnoreCase(i.getName().trim()))
                        .findFirst();
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
