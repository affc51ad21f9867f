package tandem.checks.alignment.ivr;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

import tandem.campaign.model.Campaign;
import tandem.campaign.model.Campaigns;
import tandem.checks.Check;
import tandem.checks.CheckContext;
import tandem.checks.PlanSet;
import tandem.checks.alignment.CampaignLinks;
import tandem.checks.alignment.CampaignMemo;
import tandem.checks.alignment.EntryPaths;
import tandem.core.model.CorePackage;
import tandem.core.model.Queue;
import tandem.ivr.model.CallerInputNode;
import tandem.ivr.model.EntryPoint;
import tandem.ivr.model.IvrPackage;
import tandem.ivr.model.IvrScript;
import tandem.ivr.model.Message;
import tandem.ivr.model.Node;
import tandem.ivr.model.Prompt;
import tandem.ivr.model.Route;
import tandem.ivr.model.flow.CallFlow;
import tandem.ivr.model.flow.CallPath;
import tandem.ivr.model.flow.PathEnd;

/**
 * {@code alignment.ivr-ready}: a campaign that customers will call about (it has a campaign code or queues) has
 * an IVR entry point ready for it:
 * <ul>
 * <li>some IVR script among the checked plans has an entry point for the campaign: one that refers to it, or whose
 * campaign code is the campaign's;</li>
 * <li>the entry point is live (its "live from" date is empty or not after) on the campaign's first drop, or its
 * start when no drop is dated;</li>
 * <li>it leads to a route to one of the campaign's queues (to any queue when the campaign names none);</li>
 * <li>callers hear about the campaign: the text of a prompt, message, menu or input on the way to those routes (or,
 * when there is none, anywhere the entry point leads) says what identifies the campaign, as {@link CampaignMentions}
 * defines it: its name, its code (written, spelled or spoken), or a distinctive word of the offer's description
 * (never a stop word or generic contact-center vocabulary such as "call", "plan" or "your"). The finding says which
 * words were looked for.</li>
 * </ul>
 * Each problem is its own finding. A missing entry point is reported on the first IVR script (the file the planner
 * must change, where the fix adds one), or on the campaign when no script is checked; the other problems are
 * reported on each entry point for the campaign when none of them is ready.
 */
public class IvrReadyCheck implements Check {

    /** Finding data: the campaign's URI; only on a missing entry point that the fix can add. */
    static final String CAMPAIGN = "campaign";
    static final String CAMPAIGN_NAME = "campaignName";
    static final String CODE = "campaignCode";
    static final String LIVE_FROM = "liveFrom";
    static final String QUEUE_NAME = "queueName";
    static final String SCRIPT_NAME = "scriptName";

    private final CampaignMemo memo = new CampaignMemo(IvrPackage.eNS_URI, CorePackage.eNS_URI);

    @Override
    public void run(CheckContext context) {
        CampaignLinks links = CampaignLinks.of(context.plans());
        List<IvrScript> scripts = context.plans().all(IvrScript.class);
        memo.forEachCampaign(context, (kept, campaign) -> check(kept, campaign, links, scripts));
    }

    private static void check(CheckContext context, Campaign campaign, CampaignLinks links, List<IvrScript> scripts) {
        String code = Campaigns.code(campaign);
        if (code == null && campaign.getQueues().isEmpty()) {
            return;
        }
        List<EntryPoint> forCampaign = links.entriesFor(campaign);
        if (forCampaign.isEmpty()) {
            reportMissing(context, campaign, code, scripts.isEmpty() ? null : scripts.get(0));
            return;
        }
        List<List<String>> problems = forCampaign.stream().map(e -> problemsOf(context.plans(), e, campaign))
                .toList();
        if (problems.stream().anyMatch(List::isEmpty)) {
            return; // one entry point is ready: that is enough
        }
        for (int i = 0; i < forCampaign.size(); i++) {
            for (String problem : problems.get(i)) {
                context.report(forCampaign.get(i), problem);
            }
        }
    }

    private static void reportMissing(CheckContext context, Campaign campaign, String code, IvrScript script) {
        String message = "No IVR script has an entry point for campaign '" + Campaigns.name(campaign) + "'"
                + (code == null ? "" : " (code " + code + ")") + ".";
        if (script == null) {
            context.report(campaign, message);
            return;
        }
        Map<String, String> data = new HashMap<>();
        if (!campaign.getQueues().isEmpty()) {
            data.put(CAMPAIGN, EcoreUtil.getURI(campaign).toString());
            data.put(CAMPAIGN_NAME, Campaigns.name(campaign));
            data.put(QUEUE_NAME, String.valueOf(campaign.getQueues().get(0).getName()));
            data.put(SCRIPT_NAME, script.getName() == null ? "(unnamed)" : script.getName());
            if (code != null) {
                data.put(CODE, code);
            }
            LocalDate launch = Campaigns.launch(campaign);
            if (launch != null) {
                data.put(LIVE_FROM, launch.toString());
            }
        }
        context.report(script, message, data);
    }

    private static List<String> problemsOf(PlanSet plans, EntryPoint entry, Campaign campaign) {
        List<String> problems = new ArrayList<>();
        String name = CallFlow.nameOf(entry) + " of IVR script '" + scriptName(entry) + "'";
        String campaignName = "campaign '" + Campaigns.name(campaign) + "'";
        LocalDate launch = Campaigns.launch(campaign);
        if (entry.getLiveFrom() != null && launch != null && entry.getLiveFrom().isAfter(launch)) {
            problems.add(name + " goes live on " + entry.getLiveFrom() + ", after the first drop of " + campaignName
                    + " on " + launch + ".");
        }
        EntryPaths.Paths all = EntryPaths.of(plans, entry);
        List<CallPath> toQueues = all.paths().stream().filter(p -> reachesQueueOf(p, campaign)).toList();
        if (toQueues.isEmpty()) {
            problems.add(name + " does not lead to " + (campaign.getQueues().isEmpty() ? "any queue"
                    : "a route to " + queuesOf(campaign)) + " of " + campaignName + ".");
        }
        Collection<Node> heard = toQueues.isEmpty() ? all.nodes()
                : toQueues.stream().flatMap(p -> p.nodes().stream()).distinct().toList();
        CampaignMentions mentions = new CampaignMentions(campaign);
        if (heard.stream().map(IvrReadyCheck::textOf).noneMatch(mentions::mentionedIn)) {
            problems.add("No prompt callers hear from " + name + " mentions " + campaignName + ": looked for "
                    + mentions.lookedFor() + ".");
        }
        return problems;
    }

    private static boolean reachesQueueOf(CallPath path, Campaign campaign) {
        if (path.end() != PathEnd.QUEUE || !(path.endNode() instanceof Route route)) {
            return false;
        }
        return campaign.getQueues().isEmpty() || campaign.getQueues().contains(route.getQueue());
    }

    private static String textOf(Node node) {
        String text = null;
        if (node instanceof Prompt prompt) {
            text = prompt.getText();
        } else if (node instanceof Message message) {
            text = message.getText();
        } else if (node instanceof CallerInputNode asking) {
            text = asking.getPromptText();
        }
        return text == null ? "" : text;
    }

    private static String queuesOf(Campaign campaign) {
        List<String> names = campaign.getQueues().stream().map(Queue::getName).map(n -> "queue '" + n + "'").toList();
        return names.size() == 1 ? names.get(0) : "one of " + String.join(", ", names);
    }

    private static String scriptName(EObject element) {
        for (EObject e = element; e != null; e = e.eContainer()) {
            if (e instanceof IvrScript script) {
                return script.getName() == null ? "(unnamed)" : script.getName();
            }
        }
        return "(none)";
    }
}
