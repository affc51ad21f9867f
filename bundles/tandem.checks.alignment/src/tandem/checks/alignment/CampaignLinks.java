package tandem.checks.alignment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;

import tandem.campaign.model.Campaign;
import tandem.campaign.model.Campaigns;
import tandem.checks.PlanSet;
import tandem.core.model.Queue;
import tandem.goals.model.Goal;
import tandem.ivr.model.EntryPoint;
import tandem.ivr.model.IvrPackage;
import tandem.ivr.model.Prompt;
import tandem.training.model.Course;
import tandem.training.model.KnowledgeItem;

/**
 * What refers to a campaign in a plan set (its IVR entry points, the courses preparing for it, the knowledge items
 * and goals naming it), and knowledge items by the names prompts use for them: each index is made the first time a
 * check of the run asks for it, by one pass over the elements concerned, and shared by every alignment check run on
 * the same plan set. Without it each check would scan every entry point, course, item or goal once per campaign.
 * <p>
 * The indexes are {@link PlanSet#shared shared} with the plan set and never see a change: checks read plans, they do not change them,
 * and a re-check after an edit gets a new plan set. Lists keep document order. Thread-safe.
 */
public final class CampaignLinks {

    private final PlanSet plans;
    private final Indexes indexes;

    private CampaignLinks(PlanSet plans, Indexes indexes) {
        this.plans = plans;
        this.indexes = indexes;
    }

    public static CampaignLinks of(PlanSet plans) {
        return new CampaignLinks(plans, plans.shared(CampaignLinks.class, Indexes::new));
    }

    /** The entry points that refer to the campaign or carry its campaign code (ignoring case), in document order. */
    public List<EntryPoint> entriesFor(Campaign campaign) {
        synchronized (indexes) {
            if (indexes.entriesByCampaign == null) {
                indexes.entryOrder = new IdentityHashMap<>();
                indexes.entriesByCampaign = new IdentityHashMap<>();
                indexes.entriesByCode = new HashMap<>();
                for (EntryPoint entry : plans.all(EntryPoint.class)) {
                    indexes.entryOrder.put(entry, indexes.entryOrder.size());
                    if (entry.getCampaign() != null) {
                        add(indexes.entriesByCampaign, entry.getCampaign(), entry);
                    }
                    if (entry.getCampaignCode() != null && !entry.getCampaignCode().isBlank()) {
                        add(indexes.entriesByCode, codeKey(entry.getCampaignCode()), entry);
                    }
                }
            }
            String code = Campaigns.code(campaign);
            List<EntryPoint> byReference = indexes.entriesByCampaign.getOrDefault(campaign, List.of());
            List<EntryPoint> byCode = code == null ? List.of() : indexes.entriesByCode.getOrDefault(codeKey(code), List.of());
            if (byCode.isEmpty()) {
                return byReference;
            }
            if (byReference.isEmpty()) {
                return byCode;
            }
            Set<EntryPoint> both = new LinkedHashSet<>(byReference);
            both.addAll(byCode);
            List<EntryPoint> ordered = new ArrayList<>(both);
            ordered.sort(Comparator.comparing(indexes.entryOrder::get));
            return ordered;
        }
    }

    /** The courses that prepare for the campaign, in document order. */
    public List<Course> coursesFor(Campaign campaign) {
        synchronized (indexes) {
            if (indexes.coursesByCampaign == null) {
                indexes.coursesByCampaign = byCampaign(plans.all(Course.class), Course::getPreparesFor);
            }
            return indexes.coursesByCampaign.getOrDefault(campaign, List.of());
        }
    }

    /** The knowledge items that name the campaign among their campaigns, in document order. */
    public List<KnowledgeItem> itemsNaming(Campaign campaign) {
        synchronized (indexes) {
            if (indexes.itemsByCampaign == null) {
                indexes.itemsByCampaign = byCampaign(plans.all(KnowledgeItem.class), KnowledgeItem::getCampaigns);
            }
            return indexes.itemsByCampaign.getOrDefault(campaign, List.of());
        }
    }

    /** The goals that list the campaign, in document order. */
    public List<Goal> goalsFor(Campaign campaign) {
        synchronized (indexes) {
            if (indexes.goalsByCampaign == null) {
                indexes.goalsByCampaign = byCampaign(plans.all(Goal.class), Goal::getCampaigns);
            }
            return indexes.goalsByCampaign.getOrDefault(campaign, List.of());
        }
    }

    /** The goals that cover one of the queues, in document order, each once. */
    public List<Goal> goalsCovering(List<Queue> queues) {
        synchronized (indexes) {
            if (indexes.goalsByQueue == null) {
                indexes.goalsOrder = new IdentityHashMap<>();
                indexes.goalsByQueue = new IdentityHashMap<>();
                for (Goal goal : plans.all(Goal.class)) {
                    indexes.goalsOrder.put(goal, indexes.goalsOrder.size());
                    for (Queue queue : new LinkedHashSet<>(goal.getQueues())) {
                        add(indexes.goalsByQueue, queue, goal);
                    }
                }
            }
            Set<Goal> covering = new LinkedHashSet<>();
            for (Queue queue : queues) {
                covering.addAll(indexes.goalsByQueue.getOrDefault(queue, List.of()));
            }
            List<Goal> ordered = new ArrayList<>(covering);
            ordered.sort(Comparator.comparing(indexes.goalsOrder::get));
            return ordered;
        }
    }

    /**
     * The knowledge item a prompt names: the first item whose id is the prompt's {@code knowledgeItemId}, else the
     * first whose name is (ignoring case); {@code null} when the prompt names none or no item has that id or name.
     */
    public KnowledgeItem itemNamedBy(Prompt prompt) {
        String ref = prompt.getKnowledgeItemId();
        if (ref == null || ref.isBlank()) {
            return null;
        }
        synchronized (indexes) {
            itemNames();
            String wanted = ref.trim();
            KnowledgeItem byId = indexes.itemsById.get(wanted);
            return byId != null ? byId : indexes.itemsByName.get(wanted.toLowerCase(Locale.ROOT));
        }
    }

    /**
     * The prompts that name one of the items (by id or name, as {@link #itemNamedBy}), in document order. The
     * names prompts use are indexed per IVR document and kept with its revision, so that after an edit elsewhere
     * they are not looked for again.
     */
    public List<Prompt> promptsNaming(Set<KnowledgeItem> items) {
        List<Prompt> naming = new ArrayList<>();
        if (items.isEmpty()) {
            return naming;
        }
        for (Resource document : plans.documents()) {
            if (document.getContents().isEmpty()
                    || !IvrPackage.eNS_URI.equals(document.getContents().get(0).eClass().getEPackage().getNsURI())) {
                continue;
            }
            PromptNames names = plans.kept(document, PromptNames.class, () -> new PromptNames(document));
            Set<Integer> found = new TreeSet<>();
            for (KnowledgeItem item : items) {
                names.candidates(item, found);
            }
            for (int index : found) {
                Prompt prompt = names.prompts.get(index);
                if (items.contains(itemNamedBy(prompt))) {
                    naming.add(prompt);
                }
            }
        }
        return naming;
    }

    /** The prompts of an IVR document by the knowledge item id or name they give. */
    private static final class PromptNames {
        final List<Prompt> prompts = new ArrayList<>();
        private final Map<String, List<Integer>> byRef = new HashMap<>();
        private final Map<String, List<Integer>> byLowerCaseRef = new HashMap<>();

        PromptNames(Resource document) {
            for (Iterator<EObject> all = document.getAllContents(); all.hasNext();) {
                if (all.next() instanceof Prompt prompt && prompt.getKnowledgeItemId() != null
                        && !prompt.getKnowledgeItemId().isBlank()) {
                    String ref = prompt.getKnowledgeItemId().trim();
                    add(byRef, ref, prompts.size());
                    add(byLowerCaseRef, ref.toLowerCase(Locale.ROOT), prompts.size());
                    prompts.add(prompt);
                }
            }
        }

        /** Adds the positions of the prompts that may name the item: by its id, or by its name. */
        void candidates(KnowledgeItem item, Set<Integer> found) {
            if (item.getId() != null) {
                found.addAll(byRef.getOrDefault(item.getId(), List.of()));
            }
            if (item.getName() != null) {
                found.addAll(byLowerCaseRef.getOrDefault(item.getName().trim().toLowerCase(Locale.ROOT), List.of()));
            }
        }
    }

    private void itemNames() {
        if (indexes.itemsById == null) {
            indexes.itemsById = new HashMap<>();
            indexes.itemsByName = new HashMap<>();
            for (KnowledgeItem item : plans.all(KnowledgeItem.class)) {
                if (item.getId() != null) {
                    indexes.itemsById.putIfAbsent(item.getId(), item);
                }
                if (item.getName() != null) {
                    indexes.itemsByName.putIfAbsent(item.getName().trim().toLowerCase(Locale.ROOT), item);
                }
            }
        }
    }

    private static <T> Map<Campaign, List<T>> byCampaign(List<T> elements, Function<T, List<Campaign>> campaigns) {
        Map<Campaign, List<T>> index = new IdentityHashMap<>();
        for (T element : elements) {
            for (Campaign campaign : new LinkedHashSet<>(campaigns.apply(element))) {
                add(index, campaign, element);
            }
        }
        return index;
    }

    private static <K, V> void add(Map<K, List<V>> index, K key, V value) {
        index.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
    }

    private static String codeKey(String code) {
        return code.trim().toLowerCase(Locale.ROOT);
    }

    /** The indexes of one plan set, each made when first asked for. */
    private static final class Indexes {
        Map<EntryPoint, Integer> entryOrder;
        Map<Campaign, List<EntryPoint>> entriesByCampaign;
        Map<String, List<EntryPoint>> entriesByCode;
        Map<Campaign, List<Course>> coursesByCampaign;
        Map<Campaign, List<KnowledgeItem>> itemsByCampaign;
        Map<Campaign, List<Goal>> goalsByCampaign;
        Map<Goal, Integer> goalsOrder;
        Map<Queue, List<Goal>> goalsByQueue;
        Map<String, KnowledgeItem> itemsById;
        Map<String, KnowledgeItem> itemsByName;
    }
}
